import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionsRunner } from "../../../src/adapters/github/actions-runner.ts";
import { initTemplates } from "../../../src/cli/init-templates.ts";
import type { Dispatcher } from "../../../src/adapters/github/stage-run-name.ts";
import {
  locateStage,
  stageEventsFromWorkflow,
  waitingRunOf,
  type LocatedStage,
} from "../../../src/adapters/github/workflow-stage-events.ts";
import { PayloadError } from "../../../src/adapters/github/webhook-fields.ts";
import { workflowFactsOf } from "../../../src/adapters/github/workflow-facts.ts";
import { MemoryReporter } from "../../../src/adapters/memory/memory-reporter.ts";
import { MemoryStateStore } from "../../../src/adapters/memory/memory-state-store.ts";
import { ManualClock } from "../../../src/adapters/memory/manual-clock.ts";
import { MemoryCatalog } from "../../../src/adapters/memory/memory-catalog.ts";
import { initialDeploymentState, type DeploymentState } from "../../../src/core/deployment-state.ts";
import { Engine } from "../../../src/engine/engine.ts";
import { builtinLifecycle } from "../../../src/manifest/builtin-lifecycles.ts";
import type { GitHubStandin } from "../../support/github-standin/index.ts";
import type { WebhookDelivery } from "../../support/github-standin/webhook-dispatcher.ts";
import { installationOctokit, startTestStandin } from "../../support/github-standin/standin-fixture.ts";
import { events, specFor } from "../../support/engine-fixture.ts";

/** The workflow `ferry init` writes: what a managed repository has. */
const FERRY_STAGE_WORKFLOW_PATH = ".github/workflows/ferry-stage.yml";

let gh: GitHubStandin;
let repoNo = 0;

beforeAll(async () => {
  gh = await startTestStandin();
});
afterAll(async () => {
  await gh.close();
});

/** Dispatches a run through ActionsRunner, drives it with the stand-in's runner, and returns its webhooks. */
async function driveRun(
  conclusion: "success" | "failure" | "cancelled",
): Promise<{ runId: number; deliveries: WebhookDelivery[] }> {
  const name = `events-${++repoNo}`;
  const info = await gh.createRepo({
    owner: "acme",
    name,
    files: { [FERRY_STAGE_WORKFLOW_PATH]: initTemplates()[FERRY_STAGE_WORKFLOW_PATH]! },
  });
  const runner = new ActionsRunner(
    installationOctokit(gh, info.installationId!),
    { owner: "acme", repo: name },
    { dispatchRef: "main" },
  );
  const started = await runner.start({
    deployment: "web",
    region: "main",
    state: "installing",
    stage: "install",
    version: "a".repeat(40),
    runId: 3,
    attempt: 1,
    deadline: "2030-01-01T00:00:00.000Z",
    environment: "web",
    runsOn: "ubuntu-latest",
  });
  if (!started.ok) throw new Error(started.message);
  const runId = Number(started.externalId);
  await gh.runner.complete(runId, conclusion);
  await gh.flushWebhooks();
  const deliveries = gh.deliveries.filter((d) => (d.payload["repository"] as { name: string }).name === name);
  return { runId, deliveries };
}

const stage: LocatedStage = { deployment: "web", stage: "install", runId: 3, attempt: 1 };

describe("stageEventsFromWorkflow over the stand-in's webhooks", () => {
  it.each([
    ["success", "stage.succeeded"],
    ["failure", "stage.failed"],
  ] as const)(
    "a %s run: only its completion counts, placed by the run's title; a start matters only to a stage waiting for reviewers",
    async (conclusion, type) => {
      const { runId, deliveries } = await driveRun(conclusion);
      expect(deliveries.map((d) => `${d.event}.${d.action}`)).toEqual([
        "workflow_run.requested",
        "workflow_job.queued",
        "workflow_run.in_progress",
        "workflow_job.in_progress",
        "workflow_job.completed",
        "workflow_run.completed",
      ]);
      expect((deliveries[0]!.payload["workflow_run"] as { display_title: string }).display_title).toBe(
        "ferry web install (run 3, attempt 1)",
      );
      const mapAll = (located: LocatedStage | undefined, asked: string[]) =>
        deliveries
          .filter((d) => d.event !== "workflow_job" || d.action !== "queued")
          .map((d) =>
            stageEventsFromWorkflow(
              workflowFactsOf(d.event as "workflow_run" | "workflow_job", d.payload, d.id),
              (id) => {
                asked.push(id);
                return located;
              },
              { login: "ferry[bot]" },
            ),
          );

      // No stage record holds the run id: the title alone places the result, and a start gives nothing.
      const asked: string[] = [];
      const mapped = mapAll(undefined, asked);
      expect(mapped.map((list) => list.map((e) => e.event.type))).toEqual([[], [], [], [], [type]]);
      expect(new Set(asked)).toEqual(new Set([String(runId)]));
      const [result] = mapped[4]!;
      const outcome = conclusion === "success" ? "succeeded" : "failed";
      const runUrl = (deliveries[5]!.payload["workflow_run"] as { html_url: string }).html_url;
      expect(result).toMatchObject({
        deployment: "web",
        event: {
          id: `gh-run:${runId}:1:${outcome}`,
          cause: "runner",
          stage: { stage: "install", runId: 3, attempt: 1, externalId: String(runId), url: runUrl },
        },
      });
      expect(result!.event.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      if (conclusion === "failure")
        expect(result!.event).toMatchObject({
          stage: {
            message: expect.stringMatching(
              new RegExp(`^stage install: workflow run failed \\(http.*/actions/runs/${runId}\\)$`),
            ),
          },
        });

      // A stage whose record says it waits for reviewers: the run's and the job's start end the wait.
      const held = mapAll({ ...stage, approval: "waiting" }, []);
      expect(held.map((list) => list.map((e) => e.event.type))).toEqual([
        [],
        ["stage.started"],
        ["stage.started"],
        [],
        [type],
      ]);
      const job = deliveries[3]!.payload["workflow_job"] as { id: number; html_url: string };
      expect(held[2]![0]).toMatchObject({
        deployment: "web",
        event: {
          id: `gh-job:${job.id}:1:started`,
          stage: { stage: "install", runId: 3, attempt: 1, url: job.html_url, externalId: String(runId) },
        },
      });
      expect(gh.violations).toEqual([]);
    },
  );

  it("a title counts only for a run the dispatcher started; otherwise the run id must be on record", async () => {
    const { deliveries } = await driveRun("success");
    const completed = deliveries.find((d) => d.event === "workflow_run" && d.action === "completed")!;
    const map = (payload: unknown, dispatcher?: Dispatcher) =>
      stageEventsFromWorkflow(workflowFactsOf("workflow_run", payload, completed.id), () => undefined, dispatcher).map(
        (e) => ("stage" in e.event ? e.event.stage : undefined),
      );
    const report = { stage: "install", runId: 3, attempt: 1 };
    expect(map(completed.payload, { login: "FERRY[bot]" })).toMatchObject([report]);
    expect(map(completed.payload, "anyone")).toMatchObject([report]);
    // Someone with write access dispatched the workflow by hand with the same inputs: not ferry's run.
    const byHand = structuredClone(completed.payload) as { workflow_run: Record<string, unknown> };
    byHand.workflow_run["triggering_actor"] = { login: "mallory" };
    expect(map(byHand, { login: "ferry[bot]" })).toEqual([]);
    // The identity is not known (yet): only a recorded run id places a run.
    expect(map(completed.payload)).toEqual([]);
    // A workflow file without ferry's run-name: its title is the workflow's name.
    const untitled = structuredClone(completed.payload) as { workflow_run: Record<string, unknown> };
    untitled.workflow_run["display_title"] = "ferry stage";
    expect(map(untitled, { login: "ferry[bot]" })).toEqual([]);
  });

  it.each([
    ["timed_out", "stage.timed-out", "timed-out", /workflow run timed out/],
    ["cancelled", "stage.failed", "failed", /workflow run was cancelled/],
    ["startup_failure", "stage.failed", "failed", /could not start \(startup_failure/],
    ["action_required", "stage.failed", "failed", /waiting for approval/],
    ["something_new", "stage.failed", "failed", /ended with conclusion something_new/],
  ] as const)("conclusion %s → %s", async (conclusion, type, outcome, message) => {
    const { runId, deliveries } = await driveRun("cancelled");
    const completed = deliveries.find((d) => d.event === "workflow_run" && d.action === "completed")!;
    const payload = structuredClone(completed.payload) as { workflow_run: Record<string, unknown> };
    payload.workflow_run["conclusion"] = conclusion;
    const [event] = stageEventsFromWorkflow(workflowFactsOf("workflow_run", payload, completed.id), () => stage);
    expect(event).toMatchObject({
      deployment: "web",
      event: { type, id: `gh-run:${runId}:1:${outcome}`, stage: { message: expect.stringMatching(message) } },
    });
  });

  it("a re-run is a new attempt and so a new event; a run nobody dispatched gives nothing", async () => {
    const { deliveries } = await driveRun("success");
    const completed = deliveries.find((d) => d.event === "workflow_run" && d.action === "completed")!;
    const rerun = structuredClone(completed.payload) as { workflow_run: Record<string, unknown> };
    rerun.workflow_run["run_attempt"] = 2;
    const first = stageEventsFromWorkflow(
      workflowFactsOf("workflow_run", completed.payload, completed.id),
      () => stage,
    )[0]!;
    const second = stageEventsFromWorkflow(workflowFactsOf("workflow_run", rerun, "other-delivery"), () => stage)[0]!;
    expect(first.event.id).not.toBe(second.event.id);
    expect(
      stageEventsFromWorkflow(workflowFactsOf("workflow_run", completed.payload, completed.id), () => undefined),
    ).toEqual([]);
  });

  it.each([
    ["not an object", null, /payload is not an object/],
    ["no workflow_run", { action: "completed" }, /workflow_run is not an object/],
    [
      "a string id",
      { action: "completed", workflow_run: { id: "1", html_url: "u", updated_at: "2026-01-01T00:00:00Z" } },
      /workflow_run.id is not a positive integer/,
    ],
    [
      "no time",
      { action: "completed", workflow_run: { id: 1, html_url: "u", updated_at: "yesterday" } },
      /workflow_run.updated_at is not a time/,
    ],
    [
      "a job without run id",
      { action: "in_progress", workflow_job: { id: 1, html_url: "u", started_at: "2026-01-01T00:00:00Z" } },
      /workflow_job.run_id is not a positive integer/,
    ],
  ])("the facts refuse a payload with %s, naming the delivery", (_what, payload, message) => {
    const event = "workflow_job" in (payload ?? {}) ? "workflow_job" : "workflow_run";
    expect(() => workflowFactsOf(event, payload, "delivery-9")).toThrow(PayloadError);
    expect(() => workflowFactsOf(event, payload, "delivery-9")).toThrow(message);
    expect(() => workflowFactsOf(event, payload, "delivery-9")).toThrow(/delivery-9/);
  });
});

describe("waitingRunOf", () => {
  const at = "2026-01-01T00:00:00Z";
  it.each([
    [
      "a run",
      "workflow_run",
      { action: "requested", workflow_run: { id: 7, status: "waiting", html_url: "u", updated_at: at } },
    ],
    [
      "a job",
      "workflow_job",
      { action: "waiting", workflow_job: { id: 70, run_id: 7, status: "waiting", html_url: "u", started_at: at } },
    ],
  ] as const)(
    "a held %s names its workflow run; nothing is located or submitted from it alone",
    (_what, event, payload) => {
      expect(waitingRunOf(workflowFactsOf(event, { ...payload, sender: { login: "dev" } }, "d1"))).toEqual({
        workflowRunId: 7,
        attempt: 1,
        at: "2026-01-01T00:00:00.000Z",
        actor: "dev",
      });
      expect(stageEventsFromWorkflow(workflowFactsOf(event, payload, "d1"), () => stage)).toEqual([]);
    },
  );

  it("any other status is not a wait", () => {
    const payload = {
      action: "in_progress",
      workflow_run: { id: 7, status: "in_progress", html_url: "u", updated_at: at },
    };
    expect(waitingRunOf(workflowFactsOf("workflow_run", payload, "d2"))).toBeUndefined();
  });
});

describe("locateStage", () => {
  const lifecycle = builtinLifecycle("standard");
  const base = initialDeploymentState(lifecycle, "web", "2026-01-01T00:00:00.000Z");
  const withStages = (deployment: string, stages: DeploymentState["stages"]): DeploymentState => ({
    ...base,
    deployment,
    stages,
  });
  const result = (stageName: string, runId: number, attempt: number, externalId?: string) => ({
    region: "main",
    state: "installing",
    stage: stageName,
    runId,
    attempt,
    status: "running" as const,
    startedAt: "2026-01-01T00:00:00.000Z",
    ...(externalId ? { externalId } : {}),
  });

  it("finds the deployment and stage whose dispatch answered with the run id, old attempts included", () => {
    const states = [
      withStages("api", [result("install", 1, 1, "100")]),
      withStages("web", [result("fetch", 4, 1, "200"), result("fetch", 4, 2, "201"), result("install", 4, 2)]),
    ];
    expect(locateStage(states, "100")).toEqual({ deployment: "api", stage: "install", runId: 1, attempt: 1 });
    expect(locateStage(states, "200")).toEqual({ deployment: "web", stage: "fetch", runId: 4, attempt: 1 });
    expect(locateStage(states, "201")).toEqual({ deployment: "web", stage: "fetch", runId: 4, attempt: 2 });
    expect(locateStage(states, "999")).toBeUndefined();
  });
});

describe("stage events through the engine", () => {
  it("a result moves the stage once; a redelivery and a duplicate delivery are dropped; a superseded run is refused", async () => {
    const name = `events-${++repoNo}`;
    const info = await gh.createRepo({
      owner: "acme",
      name,
      files: { [FERRY_STAGE_WORKFLOW_PATH]: initTemplates()[FERRY_STAGE_WORKFLOW_PATH]! },
    });
    const store = new MemoryStateStore();
    const runner = new ActionsRunner(installationOctokit(gh, info.installationId!), { owner: "acme", repo: name });
    const engine = new Engine({
      store,
      runner,
      catalog: new MemoryCatalog([
        {
          ...specFor("web", "standard", ["install"]),
          lifecycle: { ...builtinLifecycle("standard"), concurrency: "supersede" },
        },
      ]),
      reporter: new MemoryReporter(),
      clock: new ManualClock(),
    });
    const states = async () =>
      [...(await store.read(["web"])).deployments.values()].flatMap((r) => (r.kind === "ok" ? [r.state] : []));
    const feed = async (d: WebhookDelivery) => {
      const found = await states();
      return engine.submit(
        stageEventsFromWorkflow(workflowFactsOf("workflow_run", d.payload, d.id), (id) => locateStage(found, id), {
          login: "ferry[bot]",
        }),
      );
    };
    // The dispatch records nothing: the stand-in's latest run of the repository is the stage's.
    const runOf = () => {
      const run = gh.runner
        .all()
        .filter((r) => r.repo === name)
        .at(-1)!;
      return { ...run, externalId: String(run.id) };
    };

    await engine.submit([events.deploy("web", "b".repeat(40))]);
    await engine.idle();
    expect((await states())[0]!.stages.at(-1)).toMatchObject({ stage: "install", status: "dispatching" });
    expect((await states())[0]!.stages.at(-1)).not.toHaveProperty("externalId");
    const first = runOf();
    expect(first.inputs).toMatchObject({ deployment: "web", stage: "install", run_id: "1", attempt: "1" });
    // A second deploy supersedes the first run: its workflow run is cancelled and its late result refused.
    await engine.submit([events.deploy("web", "c".repeat(40))]);
    await engine.idle();
    await gh.flushWebhooks();
    expect(gh.runner.view(Number(first.externalId)).conclusion).toBe("cancelled");
    const cancelled = gh.deliveries.find(
      (d) =>
        d.event === "workflow_run" &&
        d.action === "completed" &&
        (d.payload["workflow_run"] as { id: number }).id === Number(first.externalId),
    )!;
    expect(await feed(cancelled)).toMatchObject([{ kind: "refused", reason: "stale-attempt" }]);

    const second = runOf();
    expect(second.inputs).toMatchObject({ run_id: "2" });
    await gh.runner.complete(Number(second.externalId), "success");
    await gh.flushWebhooks();
    const done = gh.deliveries.find(
      (d) =>
        d.event === "workflow_run" &&
        d.action === "completed" &&
        (d.payload["workflow_run"] as { id: number }).id === Number(second.externalId),
    )!;
    expect(await feed(done)).toMatchObject([{ kind: "applied" }]);
    await engine.idle();
    expect(await feed(done)).toMatchObject([{ kind: "duplicate" }]);
    const duplicate = { ...done, id: "another-delivery-id" };
    expect(await feed(duplicate)).toMatchObject([{ kind: "duplicate" }]);
    expect((await states())[0]!.regions["main"]!.state).toBe("running");
    // The result recorded the run it came from.
    expect((await states())[0]!.stages.find((r) => r.stage === "install" && r.runId === 2)).toMatchObject({
      status: "succeeded",
      externalId: second.externalId,
    });
    expect(gh.violations).toEqual([]);
  });
});
