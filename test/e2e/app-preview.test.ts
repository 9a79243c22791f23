import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  completeRuns,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  type Replica,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
const repo = "shop";
let gh: GitHubStandin;
let replica: Replica;

const PREVIEW = `lifecycle: preview
triggers:
  pullRequests: true
  paths: ["shop/**"]
timers:
  pause-after: 2h
  drop-after: 7d
scope:
  allowDrop: true
stages:
  initialize: { steps: [{ run: ./init.sh }] }
  deploy: { steps: [{ run: ./deploy.sh }] }
  pause: { steps: [{ run: ./pause.sh }] }
  drop: { steps: [{ run: ./drop.sh }] }
`;

/** The preview's timers only fire for the replica whose clock passes them, so each test has its own stand-in, replica and clock. */
let clock: ManualClock;

beforeEach(async () => {
  clock = testClock();
  gh = await startTestStandin();
  // A short tick so the timer loop fires on its own once the clock has moved; no test needs to call it.
  replica = await startReplica(gh, { clock, timerIntervalMs: 50 });
  gh.setWebhookTargets([replica.url]);
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...STAGE_WORKFLOW, ".ferry/deployments/shop.yml": PREVIEW, "shop/index.html": "v0\n" },
  });
});
afterEach(async () => {
  await replica.close();
  await gh.close();
});

/** Opens a pull request and runs its preview's initialize and deploy stages; returns the pull request's number. */
async function openPreview(): Promise<number> {
  const pr = await gh.openPullRequest({
    owner,
    repo,
    actor: "dev",
    head: "feature",
    files: { "shop/index.html": "v1\n" },
  });
  expect(await completeRuns(gh, [replica])).toEqual(["initialize"]);
  expect(await completeRuns(gh, [replica])).toEqual(["deploy"]);
  return pr.number;
}

/** Moves the clock this many seconds short of (negative: past) a timer of the preview. */
async function moveClockTo(number: number, timer: string, secondsBefore: number): Promise<void> {
  const due = (await stateOf(gh, owner, repo, `shop-pr-${number}`))!.timers.find((t) => t.name === timer)!.due;
  clock.advance((Date.parse(due) - Date.parse(clock.now())) / 1000 - secondsBefore);
}

describe("a pull request's preview environment", () => {
  it("is created when the pull request opens and updated when it is pushed to", async () => {
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "feature",
      files: { "shop/index.html": "v1\n" },
    });
    const name = `shop-pr-${pr.number}`;
    expect(await completeRuns(gh, [replica])).toEqual(["initialize"]);
    expect(await completeRuns(gh, [replica])).toEqual(["deploy"]);
    const deployed = await stateOf(gh, owner, repo, name);
    expect(deployed?.regions["main"]?.state).toBe("deploy");
    expect(deployed?.run).toMatchObject({ version: pr.headSha, cause: "create", actor: "dev" });
    expect(deployed?.timers.map((t) => t.name).sort()).toEqual(["drop-after", "pause-after"]);
    expect(gh.deployments(owner, repo).at(-1)).toMatchObject({ environment: name, sha: pr.headSha, transient: true });
    // The template itself is not a deployment of main.
    expect(await stateOf(gh, owner, repo, "shop")).toBeUndefined();
    // Each stage job runs in the preview's own environment, on the default runner.
    expect(
      gh.runner
        .all()
        .filter((r) => r.inputs["deployment"] === name)
        .map((r) => [r.inputs["stage"], r.inputs["environment"], r.inputs["runs_on"]]),
    ).toEqual([
      ["initialize", name, '"ubuntu-latest"'],
      ["deploy", name, '"ubuntu-latest"'],
    ]);

    const next = await gh.push({ owner, repo, actor: "dev", branch: "feature", files: { "shop/index.html": "v2\n" } });
    expect(await completeRuns(gh, [replica])).toEqual(["deploy"]);
    const updated = await stateOf(gh, owner, repo, name);
    expect(updated?.regions["main"]?.state).toBe("deploy");
    expect(updated?.run).toMatchObject({ version: next, cause: "push" });
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("after a restart, is paused by its pause-after timer with no webhook: the new process's timer loop finds it on the state branch and fires it when the clock passes the deadline", async () => {
    const number = await openPreview();
    const name = `shop-pr-${number}`;
    // A new process that has received no webhook at all: its timer loop lists the installations,
    // their repositories and their state branches to find the timer.
    await replica.close();
    replica = await startReplica(gh, { clock, timerIntervalMs: 50 });
    gh.setWebhookTargets([replica.url]);
    const deliveries = gh.deliveries.length;
    await moveClockTo(number, "pause-after", 60);
    // A pass of the loop a minute before the deadline fires nothing. The loop's own 50 ms tick may have a pass under
    // way that read the clock before it moved (tick() joins it), so a second tick() waits for a pass that started
    // after the move; every finished pass of a new process has rescanned the state branches, so it knows the timer.
    await replica.app.tick();
    await replica.app.tick();
    expect(gh.runner.pending()).toEqual([]);
    expect((await stateOf(gh, owner, repo, name))?.regions["main"]?.state).toBe("deploy");
    clock.advance(90);
    const run = await gh.runner.waitForRun((r) => r.inputs["stage"] === "pause", 5_000);
    expect(run.inputs["deployment"]).toBe(name);
    // Nothing from people: only the state branch commits and the dispatched run's own webhooks.
    const since = gh.deliveries
      .slice(deliveries)
      .map((d) => (d.event === "push" ? `push ${String((d.payload as { ref?: string }).ref)}` : d.event));
    expect(
      since.filter((e) => e !== "push refs/heads/ferry/state" && e !== "workflow_run" && e !== "workflow_job"),
    ).toEqual([]);
    const pausing = await stateOf(gh, owner, repo, name);
    expect(pausing?.history.at(-1)).toMatchObject({
      from: "deploy",
      to: "pausing",
      event: "timer.pause-after",
      actor: "ferry",
    });
    expect(await completeRuns(gh, [replica])).toEqual(["pause"]);
    expect((await stateOf(gh, owner, repo, name))?.regions["main"]?.state).toBe("pause");
    expect(gh.violations).toEqual([]);
  });

  it("is dropped when the pull request closes", async () => {
    const number = await openPreview();
    await moveClockTo(number, "pause-after", -30);
    await replica.app.tick();
    expect(await completeRuns(gh, [replica])).toEqual(["pause"]);
    await gh.closePullRequest({ owner, repo, number, actor: "dev" });
    expect(await completeRuns(gh, [replica])).toEqual(["drop"]);
    const dropped = await stateOf(gh, owner, repo, `shop-pr-${number}`);
    expect(dropped?.regions["main"]?.state).toBe("dropped");
    expect(dropped?.history.find((h) => h.to === "dropping")).toMatchObject({
      from: "pause",
      event: "remove",
      actor: "dev",
    });
    expect(gh.violations).toEqual([]);
  });
});
