import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import { TRANSIENT_RETRIES } from "../../src/adapters/github/ferry-octokit.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { RetryingTestOctokit, startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  tickAfter,
  testClock,
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

/**
 * Nothing is lost: the App reconciles from GitHub. These run against the stand-in with Probot's
 * real retry and throttling plugins on (ferry's own Octokit, waits scaled to milliseconds), and a
 * clock the test moves for everything ferry decides by time.
 */
const owner = "acme";
const FILES = { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" };

let gh: GitHubStandin;
let clock: ManualClock;
let replica: Replica;

// A stand-in and a replica for each test: a tick reconciles every repository the replica knows, and a replica starts
// by reconciling every repository of the installation, so each test's ticks and start-up reach its repository alone.
beforeEach(async () => {
  gh = await startTestStandin();
  clock = testClock();
  replica = await startReplica(gh, { clock, Octokit: RetryingTestOctokit });
  gh.setWebhookTargets([replica.url]);
});
afterEach(async () => {
  await replica.close();
  await gh.close();
});

/** A repository with the web manifest and an open pull request changing the site (its webhook creates the cursor). */
async function repoWithPullRequest(repo: string): Promise<number> {
  await gh.createRepo({ owner, name: repo, files: FILES });
  gh.setPermission(owner, repo, "lead", "write");
  const pr = await gh.openPullRequest({ owner, repo, actor: "dev", head: "v1", files: { "site/index.html": "v1\n" } });
  await settle(gh, [replica]);
  expect(await gh.readFile(owner, repo, "ferry/state", "sync/main.json")).toContain(
    `"commit": "${await gh.branchSha(owner, repo, "main")}"`,
  );
  return pr.number;
}

/** The workflow runs of one repository. */
const runsIn = (repo: string) => gh.runner.all().filter((r) => r.repo === repo);
const pendingIn = (repo: string) => gh.runner.pending().filter((r) => r.repo === repo);

/** Every `Ferry-Delivery` trailer (the event id) on the state branch, oldest first. */
async function auditedEvents(repo: string): Promise<string[]> {
  const commits = await gh.history(owner, repo, "ferry/state", 500);
  return commits
    .reverse()
    .flatMap((c) => c.message.split("\n").filter((l) => l.startsWith("Ferry-Delivery: ")))
    .map((l) => l.slice("Ferry-Delivery: ".length));
}

// Each test waits on several hundred stand-in requests, a good part of them failing and retried.
describe("reconciliation", { timeout: 120_000 }, () => {
  it("a GitHub outage during a merge: every request answers 502 for 5 minutes, then the next reconcile deploys the merge once", async () => {
    const repo = "outage";
    const number = await repoWithPullRequest(repo);
    const over = Date.parse(clock.now()) + 5 * 60_000;
    gh.faults.next({ status: 502, while: () => Date.parse(clock.now()) < over });
    gh.resetCounts();
    const before = gh.rejections.length;
    const merge = await gh.mergePullRequest({ owner, repo, number, actor: "lead" });
    await settle(gh, [replica]);
    // The webhooks arrived; every request they caused failed, and Octokit's retry plugin tried each
    // one 1 + TRANSIENT_RETRIES times before giving up (without the plugin, each fails once).
    const failed = gh.rejections.slice(before).filter((r) => r.status === 502);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length % (TRANSIENT_RETRIES + 1)).toBe(0);
    expect(gh.counts().total).toBe(failed.length);
    expect(await stateOf(gh, owner, repo, "web")).toBeUndefined();
    expect(runsIn(repo)).toEqual([]);

    await tickAfter(gh, clock, [replica], 1);
    expect(gh.faults.pending()).toHaveLength(1);
    expect(runsIn(repo)).toEqual([]);

    await tickAfter(gh, clock, [replica], 4);
    expect(gh.faults.pending()).toEqual([]);
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("running");
    expect(state?.run).toMatchObject({ id: 1, attempt: 1, version: merge, cause: "merge", actor: "lead" });
    expect(runsIn(repo)).toHaveLength(1);

    // Another reconcile and a redelivery of every webhook change nothing.
    const head = await gh.branchSha(owner, repo, "ferry/state");
    await tickAfter(gh, clock, [replica], 5);
    for (const delivery of gh.deliveries.filter((d) => d.event === "pull_request" || d.event === "push"))
      await gh.redeliver(delivery.id);
    await settle(gh, [replica]);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(runsIn(repo)).toHaveLength(1);
    const events = await auditedEvents(repo);
    expect(events).toContain(`commit:${merge}`);
    expect(new Set(events).size).toBe(events.length);
    expect(await gh.readFile(owner, repo, "ferry/state", "sync/main.json")).toContain(`"commit": "${merge}"`);
    expect(gh.violations).toEqual([]);
  });

  it("a merge whose webhooks are lost is deployed by the next reconcile", async () => {
    const repo = "lost-merge";
    const number = await repoWithPullRequest(repo);
    gh.dropWebhooks(() => true);
    const merge = await gh.mergePullRequest({ owner, repo, number, actor: "lead" });
    await settle(gh, [replica]);
    gh.dropWebhooks(undefined);
    const lost = gh.deliveries.filter(
      (d) => (d.payload["repository"] as { name?: string } | undefined)?.name === repo && d.attempts.length === 0,
    );
    expect(lost.map((d) => d.event).sort()).toEqual(["pull_request", "push"]);
    expect(await stateOf(gh, owner, repo, "web")).toBeUndefined();

    await tickAfter(gh, clock, [replica], 5);
    expect(pendingIn(repo).map((r) => [r.inputs["deployment"], r.inputs["version"]])).toEqual([["web", merge]]);
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("running");
    // Found by reading the branch: a merge commit is a merge, by its author (the merger).
    expect(state?.run).toMatchObject({ version: merge, cause: "merge" });
    expect(gh.violations).toEqual([]);
  });

  it("a lost workflow_run.completed is found by reading the run, well before the stage's deadline", async () => {
    const repo = "lost-result";
    await repoWithPullRequest(repo);
    const sha = await gh.push({ owner, repo, branch: "main", actor: "lead", files: { "site/index.html": "v2\n" } });
    await settle(gh, [replica]);
    const [run] = pendingIn(repo);
    expect(run?.inputs["version"]).toBe(sha);
    gh.dropWebhooks((d) => d.event === "workflow_run" && d.action === "completed");
    await gh.runner.complete(run!.id, "success");
    await settle(gh, [replica]);
    gh.dropWebhooks(undefined);
    const waiting = await stateOf(gh, owner, repo, "web");
    expect(waiting?.regions["main"]?.state).toBe("installing");
    const deadline = waiting?.stages.findLast((s) => s.stage === "install")?.deadline ?? "";
    expect(deadline).not.toBe("");

    await tickAfter(gh, clock, [replica], 5);
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("running");
    expect(state?.stages.findLast((s) => s.stage === "install")).toMatchObject({ status: "succeeded" });
    expect(state?.history.map((h) => h.eventId)).toContain(`gh-run:${run!.id}:1:succeeded`);
    expect(clock.now() < deadline).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it("transient faults during a merge are absorbed by the retries, with no reconcile: a secondary rate limit, 502s on the state commits, a 503 on the dispatch", async () => {
    const repo = "transient";
    const number = await repoWithPullRequest(repo);
    // What the issue saw lose a deploy, or fail it: a secondary rate limit (403, `retry-after: 2`) on
    // the next three requests, two 502s on the GraphQL state commits, one 503 on the workflow dispatch.
    gh.faults.next({ status: 403, retryAfter: 2, count: 3 });
    gh.faults.next({ status: 502, count: 2, match: { route: "graphql:ferryWriteState" } });
    gh.faults.next({ status: 503, match: { route: "actions/create-workflow-dispatch" } });
    const before = gh.rejections.length;
    const merge = await gh.mergePullRequest({ owner, repo, number, actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.faults.pending()).toEqual([]);
    expect(
      gh.rejections
        .slice(before)
        .map((r) => r.status)
        .sort(),
    ).toEqual([403, 403, 403, 502, 502, 503]);
    // No tick: the webhooks' own handling deployed the merge, once, its stage not failed.
    expect(gh.runner.pending().map((r) => [r.repo, r.inputs["version"]])).toEqual([[repo, merge]]);
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("installing");
    expect(state?.stages.filter((s) => s.status === "failed")).toEqual([]);
    expect(state?.stages.findLast((s) => s.stage === "install")?.status).toBe("dispatching");
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("running");
    expect(gh.violations).toEqual([]);
  });

  it("a dispatch that fails through every retry fails its stage, and the message says the retries are exhausted", async () => {
    const repo = "dispatch-exhausted";
    const number = await repoWithPullRequest(repo);
    gh.faults.next({ status: 503, count: TRANSIENT_RETRIES + 1, match: { route: "actions/create-workflow-dispatch" } });
    await gh.mergePullRequest({ owner, repo, number, actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.faults.pending()).toEqual([]);
    expect(gh.runner.all().filter((r) => r.repo === repo)).toEqual([]);
    const install = (await stateOf(gh, owner, repo, "web"))?.stages.find((s) => s.stage === "install");
    expect(install?.status).toBe("failed");
    expect(install?.message).toContain(
      `could not start stage install: could not dispatch ferry-stage.yml: Service Unavailable (GitHub answered 503 to ${TRANSIENT_RETRIES + 1} attempts: the retries are exhausted)`,
    );
    expect(gh.violations).toEqual([]);
  });
  it("the reconcile interval is the repository's `reconcile.intervalMinutes`: a lost merge waits for it, not for the default", async () => {
    const repo = "interval";
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...FILES, ".github/ferry.yml": "reconcile:\n  intervalMinutes: 10\n" },
    });
    gh.setPermission(owner, repo, "lead", "write");
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "v1",
      files: { "site/index.html": "v1\n" },
    });
    await settle(gh, [replica]);
    // The timer loop's first pass over the repository reconciles it and schedules the next one.
    await tickAfter(gh, clock, [replica], 0);
    gh.dropWebhooks(() => true);
    const merge = await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
    await settle(gh, [replica]);
    gh.dropWebhooks(undefined);

    // Five minutes, the default interval: not yet.
    await tickAfter(gh, clock, [replica], 5);
    expect(gh.runner.all().filter((r) => r.repo === repo)).toEqual([]);
    expect(await stateOf(gh, owner, repo, "web")).toBeUndefined();
    // Ten minutes: the reconcile deploys the merge.
    await tickAfter(gh, clock, [replica], 5);
    const runs = gh.runner.pending().filter((r) => r.repo === repo);
    expect(runs.map((r) => [r.inputs["stage"], r.inputs["version"]])).toEqual([["install", merge]]);
    await runToRest(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ version: merge, cause: "merge" });
    expect(gh.violations).toEqual([]);
  });
  it("a replica that starts after a merge whose webhooks were lost deploys it at start-up, with no webhook and no tick", async () => {
    const repo = "start-up";
    const number = await repoWithPullRequest(repo);
    gh.dropWebhooks(() => true);
    const merge = await gh.mergePullRequest({ owner, repo, number, actor: "lead" });
    await settle(gh, [replica]);
    gh.dropWebhooks(undefined);
    expect(await stateOf(gh, owner, repo, "web")).toBeUndefined();

    // A new process: its timer loop's first pass lists the installations' repositories and reconciles each.
    const started = await startReplica(gh, { clock, Octokit: RetryingTestOctokit });
    try {
      const runs = gh.runner.pending().filter((r) => r.repo === repo);
      expect(runs.map((r) => [r.inputs["stage"], r.inputs["version"]])).toEqual([["install", merge]]);
      expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ version: merge, cause: "merge" });
    } finally {
      await started.close();
    }
    await runToRest(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("running");
    expect(gh.violations).toEqual([]);
  });
});
