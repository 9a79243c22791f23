import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  completeRuns,
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  type Replica,
  mergeSite,
} from "../app/support/ferry-harness.ts";
import { runSurfacesOf, standardRollbackSurfaces } from "../app/support/run-surfaces.ts";

const owner = "acme";
const runSurfaces = (repo: string) => runSurfacesOf(gh, owner, repo, "web");
// Each describe block starts its own stand-in: the runs' surfaces are read per repository, and a replica started in a
// test reconciles, at start-up, only the repositories of its own block.
let gh: GitHubStandin;

const step = (script: string) => `    steps:\n      - run: ./${script}.sh\n`;
const manifest = (lifecycle: string, stages: readonly string[], extra = "") =>
  `lifecycle: ${lifecycle}\nenvironment: production\n${extra}triggers:\n  paths: ["site/**"]\nstages:\n` +
  stages.map((s) => `  ${s}:\n${step(s)}`).join("");

/** The last ferry/web commit status on `sha`, with its description. */
function lastStatus(repo: string, sha: string): { state: string; description: string | null } | undefined {
  const last = gh
    .listStatuses(owner, repo, sha)
    .filter((s) => s.context === "ferry/web")
    .at(-1);
  return last && { state: last.state, description: last.description };
}

/** The last status of run `run`'s GitHub deployment, with its description. */
function lastDeploymentStatus(repo: string, run: number): { state: string; description: string | null } | undefined {
  const deployment = gh
    .deployments(owner, repo)
    .find((d) => typeof d.payload === "object" && (d.payload["ferry"] as { runId?: number }).runId === run);
  const last = deployment?.statuses.at(-1);
  return last && { state: last.state, description: last.description };
}

/** The title of run `run`'s check run: the one-line verdict, plain text. */
function titleOf(repo: string, run: number): string | null | undefined {
  return gh.checkRuns(owner, repo).find((c) => c.externalId === `ferry:web:${run}`)?.output.title;
}

async function newRepo(repo: string, web: string): Promise<void> {
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": web, "site/index.html": "v0\n" },
  });
  gh.setPermission(owner, repo, "lead", "write");
}

describe("every run ends visibly with its own outcome", () => {
  let replica: Replica;
  beforeAll(async () => {
    gh = await startTestStandin();
    replica = await startReplica(gh, { clock: testClock() });
    gh.setWebhookTargets([replica.url]);
  });
  afterAll(async () => {
    await replica.close();
    await gh.close();
  });

  it("standard: v2's health check fails and ferry rolls back to v1; run 2 ends failure, the rollback run success", async () => {
    const repo = "standard-rollback";
    await newRepo(repo, manifest("standard", ["install", "health-check", "rollback"]));
    const v1 = (await mergeSite(gh, owner, repo, "v1")).sha;
    expect(await runToRest(gh, [replica])).toEqual(["install", "health-check"]);
    const v2 = (await mergeSite(gh, owner, repo, "v2")).sha;
    expect(await completeRuns(gh, [replica])).toEqual(["install"]);
    expect(await completeRuns(gh, [replica], "failure")).toEqual(["health-check"]);
    expect(await runToRest(gh, [replica])).toEqual(["rollback"]);

    const state = (await stateOf(gh, owner, repo, "web"))!;
    expect(state.regions["main"]?.state).toBe("running");
    expect(state.run).toMatchObject({ id: 3, kind: "rollback", version: v1 });
    // The rollback run's ids rode into the state file with its next commit: they are GitHub's.
    const rollbackCheck = gh.checkRuns(owner, repo).find((c) => c.externalId === "ferry:web:3")!;
    expect(state.run?.surfaces).toEqual({ checkRun: rollbackCheck.id, deployment: gh.deployments(owner, repo)[2]!.id });
    expect(runSurfaces(repo)).toEqual(standardRollbackSurfaces(v1, v2));
    expect(lastStatus(repo, v2)?.description).toMatch(/^run 2 failed: health-check failed; rolled back by run 3/);
    expect(lastDeploymentStatus(repo, 2)?.description).toMatch(
      /^run 2 failed: health-check failed; rolled back by run 3/,
    );
    const failed = gh.checkRuns(owner, repo).find((c) => c.externalId === "ferry:web:2")!;
    expect(failed.output.title).toMatch(
      new RegExp(`^Failed: ${v2.slice(0, 7)} failed health-check \\(.*\\); rolled back by run 3 \\(rollback\\)$`),
    );
    expect(titleOf(repo, 3)).toMatch(
      new RegExp(`^Rolled back: ${v2.slice(0, 7)} failed health-check \\(.*\\); ${v1.slice(0, 7)} is live again$`),
    );
    expect(titleOf(repo, 1)).toMatch(new RegExp(`^Deployed ${v1.slice(0, 7)} in .*, 2/2 stages$`));
    expect(failed.actions).toEqual([]);
    // What people read on the rollback run's page: the run that failed, where, and its failed stage's log;
    // ferry's own actions by the app's name; times relative with the exact time; the diagram folded away.
    const healthRun = gh.runner.all().findLast((r) => r.repo === repo && r.inputs["stage"] === "health-check")!;
    const page = rollbackCheck.output.summary ?? "";
    expect(page).toContain(
      `**Run 2 ([\`${v2.slice(0, 7)}\`](https://github.com/${owner}/${repo}/commit/${v2})): health-check failed** in \`health_checking\``,
    );
    expect(page).toContain(
      `[log of \`health-check\`](https://github.com/${owner}/${repo}/actions/runs/${healthRun.id})`,
    );
    expect(page).toMatch(/ · by ferry\[bot\] · started (just now|\d+ ?[a-z]+ ago) \(\d\d:\d\d:\d\d UTC\)/);
    expect(page).not.toContain("@ferry");
    const diagram = page.indexOf("<details><summary>Diagram: this run's path</summary>");
    expect(diagram).toBeGreaterThan(page.indexOf("#### Timeline"));
    expect(page.indexOf("```mermaid")).toBeGreaterThan(diagram);
    expect(gh.violations).toEqual([]);
  });

  it("rolling: a failed rollout rolls back by itself; the failed run ends failure, the rollback run success", async () => {
    const repo = "rolling-rollback";
    await newRepo(repo, manifest("rolling", ["rollout"]));
    const v1 = (await mergeSite(gh, owner, repo, "v1")).sha;
    expect(await runToRest(gh, [replica])).toEqual(["rollout"]);
    const v2 = (await mergeSite(gh, owner, repo, "v2")).sha;
    expect(await completeRuns(gh, [replica], "failure")).toEqual(["rollout"]);
    expect(await runToRest(gh, [replica])).toEqual(["rollout"]);

    const state = (await stateOf(gh, owner, repo, "web"))!;
    expect(state.regions["main"]?.state).toBe("completed");
    expect(state.run).toMatchObject({ id: 3, kind: "rollback", version: v1 });
    expect(runSurfaces(repo)).toEqual([
      {
        run: 1,
        sha: v1,
        check: "completed/success",
        statuses: ["pending", "success", "pending", "success"],
        deployment: ["in_progress", "success"],
      },
      {
        run: 2,
        sha: v2,
        check: "completed/failure",
        statuses: ["pending", "failure"],
        deployment: ["in_progress", "failure"],
      },
      {
        run: 3,
        sha: v1,
        check: "completed/success",
        statuses: ["pending", "success", "pending", "success"],
        deployment: ["in_progress", "success"],
      },
    ]);
    expect(lastStatus(repo, v2)?.description).toMatch(/^run 2 failed: rollout failed; rolled back by run 3/);
    expect(titleOf(repo, 2)).toMatch(
      new RegExp(`^Failed: ${v2.slice(0, 7)} failed rollout \\(.*\\); rolled back by run 3 \\(rollback\\)$`),
    );
    expect(gh.violations).toEqual([]);
  });

  it("stack-migration: a trigger queued during the first run starts when it ends; the finished run ends success", async () => {
    const repo = "stack-queue";
    const stages = ["create", "scale-down", "infra-migrate", "db-migrate", "scale-up", "upsert"];
    await newRepo(repo, manifest("stack-migration", stages));
    const v1 = (await mergeSite(gh, owner, repo, "v1")).sha;
    await settle(gh, [replica]);
    expect(gh.runner.pending().map((r) => r.inputs["stage"])).toEqual(["create"]);
    const v2 = (await mergeSite(gh, owner, repo, "v2")).sha;
    await settle(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.queue.map((q) => q.version)).toEqual([v2]);
    expect(await runToRest(gh, [replica])).toEqual([
      "create",
      "db-migrate",
      "scale-up",
      "scale-down",
      "infra-migrate",
      "db-migrate",
      "scale-up",
    ]);

    const state = (await stateOf(gh, owner, repo, "web"))!;
    expect(state.regions).toMatchObject({ stack: { state: "stable" }, deployment: { state: "done" } });
    expect(state.run).toMatchObject({ id: 2, version: v2 });
    expect(runSurfaces(repo)).toEqual([
      {
        run: 1,
        sha: v1,
        check: "completed/success",
        statuses: ["pending", "success"],
        deployment: ["in_progress", "success"],
      },
      {
        run: 2,
        sha: v2,
        check: "completed/success",
        statuses: ["pending", "success"],
        deployment: ["in_progress", "success"],
      },
    ]);
    expect(lastStatus(repo, v1)?.description).toMatch(/^run 1 succeeded: finished; run 2 started after it/);
    expect(titleOf(repo, 1)).toMatch(new RegExp(`^Deployed ${v1.slice(0, 7)} in .*; run 2 started after it$`));
    expect(gh.violations).toEqual([]);
  });

  it("supersede: a newer merge replaces a run in progress; the replaced run ends cancelled with the reason", async () => {
    const repo = "standard-supersede";
    await newRepo(repo, manifest("standard", ["install", "rollback"], "concurrency: supersede\n"));
    const v1 = (await mergeSite(gh, owner, repo, "v1")).sha;
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    const v2 = (await mergeSite(gh, owner, repo, "v2")).sha;
    await settle(gh, [replica]);
    expect(gh.runner.pending().map((r) => r.inputs["version"])).toEqual([v2]);
    const v3 = (await mergeSite(gh, owner, repo, "v3")).sha;
    expect(await runToRest(gh, [replica])).toEqual(["install"]);

    const state = (await stateOf(gh, owner, repo, "web"))!;
    expect(state.regions["main"]?.state).toBe("running");
    expect(state.run).toMatchObject({ id: 3, version: v3 });
    expect(runSurfaces(repo)).toEqual([
      {
        run: 1,
        sha: v1,
        check: "completed/success",
        statuses: ["pending", "success"],
        deployment: ["in_progress", "success"],
      },
      {
        run: 2,
        sha: v2,
        check: "completed/cancelled",
        statuses: ["pending", "error"],
        deployment: ["in_progress", "inactive"],
      },
      {
        run: 3,
        sha: v3,
        check: "completed/success",
        statuses: ["pending", "success"],
        deployment: ["in_progress", "success"],
      },
    ]);
    expect(lastStatus(repo, v2)?.description).toBe(`run 2 cancelled: superseded by run 3 of ${v3.slice(0, 7)}`);
    expect(lastDeploymentStatus(repo, 2)?.description).toBe(
      `run 2 cancelled: superseded by run 3 of ${v3.slice(0, 7)}`,
    );
    expect(titleOf(repo, 2)).toBe(
      `Cancelled: ${v2.slice(0, 7)} in installing, superseded by run 3 of ${v3.slice(0, 7)}`,
    );
    expect(gh.violations).toEqual([]);
  });
});

describe("a run whose end was committed but never reported", () => {
  beforeAll(async () => {
    gh = await startTestStandin();
  });
  afterAll(async () => {
    await gh.close();
  });

  it("standard: the replica that rolled back died before reporting; the next event finishes the failed run's surfaces, once", async () => {
    const repo = "lost-report";
    const first = await startReplica(gh, { clock: testClock() });
    gh.setWebhookTargets([first.url]);
    let second: Replica | undefined;
    try {
      await newRepo(repo, manifest("standard", ["install", "health-check", "rollback"]));
      const v1 = (await mergeSite(gh, owner, repo, "v1")).sha;
      expect(await runToRest(gh, [first])).toEqual(["install", "health-check"]);
      const v2 = (await mergeSite(gh, owner, repo, "v2")).sha;
      expect(await completeRuns(gh, [first])).toEqual(["install"]);
      // The health check fails: the batch commits run 2's end and the rollback run, and its report's
      // first request fails, so nothing of the report reaches GitHub; then the replica goes away.
      gh.faults.next({ status: 500, match: { route: "checks/update" } });
      expect(await completeRuns(gh, [first], "failure")).toEqual(["health-check"]);
      expect(gh.faults.pending()).toEqual([]);
      await first.close();
      const committed = (await stateOf(gh, owner, repo, "web"))!;
      expect(committed.run).toMatchObject({ id: 3, kind: "rollback", version: v1 });
      // What the crash left: run 2 still shows in progress, run 3 shows nowhere.
      expect(runSurfaces(repo)).toEqual([
        { run: 1, sha: v1, check: "completed/success", statuses: expect.anything(), deployment: expect.anything() },
        { run: 2, sha: v2, check: "in_progress/", statuses: ["pending"], deployment: ["in_progress"] },
      ]);

      // A cold replica gets the next event: the rollback stage's result.
      second = await startReplica(gh, { clock: testClock() });
      gh.setWebhookTargets([second.url]);
      expect(await runToRest(gh, [second])).toEqual(["rollback"]);
      const ended = {
        run: 2,
        sha: v2,
        check: "completed/failure",
        statuses: ["pending", "failure"],
        deployment: ["in_progress", "failure"],
      };
      expect(runSurfaces(repo)).toEqual([
        { run: 1, sha: v1, check: "completed/success", statuses: expect.anything(), deployment: expect.anything() },
        ended,
        { run: 3, sha: v1, check: "completed/success", statuses: expect.anything(), deployment: ["success"] },
      ]);
      expect(lastStatus(repo, v2)?.description).toBe(
        "run 2 failed: health-check failed; rolled back by run 3 (rollback)",
      );
      expect(titleOf(repo, 2)).toMatch(new RegExp(`^Rolled back: ${v2.slice(0, 7)} failed health-check\\b`));

      // Once: the same result delivered again, and the next reconcile's look, send nothing more for run 2.
      const result = gh.deliveries.filter((d) => d.event === "workflow_run" && d.action === "completed").at(-1)!;
      await gh.redeliver(result.id);
      await settle(gh, [second]);
      expect(runSurfaces(repo)[1]).toEqual(ended);
      expect(gh.violations).toEqual([]);
    } finally {
      await second?.close();
    }
  });
});
