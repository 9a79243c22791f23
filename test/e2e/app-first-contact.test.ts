/**
 * First contact: what lands on a trigger branch before ferry's first sync cursor of it exists.
 * No landed commit is lost (the newest one the first contact knows of is processed, and everything
 * after it), and an older commit is never deployed after a newer one (the first cursor is created
 * before anything is processed, by compare-and-swap, and every replica walks on from it).
 * Real Probot servers, signed webhooks, the GitHub stand-in with Probot's retry and throttling
 * plugins on (waits scaled to milliseconds), and a clock the test moves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { RetryingTestOctokit, startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  syncCursorOf,
  tickAfter,
  testClock,
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
const FILES = { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" };

let gh: GitHubStandin;
let clock: ManualClock;
let replicas: Replica[];

beforeAll(async () => {
  gh = await startTestStandin();
  clock = testClock();
  replicas = [
    await startReplica(gh, { clock, Octokit: RetryingTestOctokit }),
    await startReplica(gh, { clock, Octokit: RetryingTestOctokit }),
  ];
  gh.setWebhookTargets([replicas[0]!.url]);
});
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  await gh.close();
});

async function newRepo(repo: string): Promise<void> {
  await gh.createRepo({ owner, name: repo, files: FILES });
  gh.setPermission(owner, repo, "lead", "write");
}

/** The `commit:<sha>` event ids on the state branch, oldest first: the order commits were applied in. */
async function appliedCommits(repo: string): Promise<string[]> {
  const commits = await gh.history(owner, repo, "ferry/state", 500);
  return commits
    .reverse()
    .flatMap((c) => c.message.split("\n").filter((l) => l.startsWith("Ferry-Delivery: commit:")))
    .map((l) => l.slice("Ferry-Delivery: commit:".length));
}

/** The versions ferry dispatched stages for in this repository, in dispatch order. */
function dispatchedVersions(repo: string): string[] {
  return gh.runner
    .all()
    .filter((r) => r.repo === repo)
    .map((r) => String(r.inputs["version"]));
}

/** Lost deliveries of a repository: recorded, never attempted. */
function lostDeliveries(repo: string) {
  return gh.deliveries.filter(
    (d) =>
      (d.payload["repository"] as { name?: string } | undefined)?.name === repo &&
      d.attempts.length === 0 &&
      (d.event === "push" || d.event === "pull_request"),
  );
}

// Each test waits on a few hundred stand-in requests.
describe("first contact with a trigger branch", { timeout: 180_000 }, () => {
  it("a merge whose webhooks are lost before any cursor exists is deployed by the next reconcile, once", async () => {
    const repo = "first-lost-merge";
    await newRepo(repo);
    gh.dropWebhooks(() => true);
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "v1",
      files: { "site/index.html": "v1\n" },
    });
    const merge = await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
    await settle(gh, replicas);
    gh.dropWebhooks(undefined);
    // Every webhook of the repository was lost: ferry never saw it, and no cursor exists.
    expect(await syncCursorOf(gh, owner, repo)).toBeUndefined();
    expect(lostDeliveries(repo).map((d) => `${d.event} ${d.action ?? String(d.payload["ref"])}`)).toEqual([
      "push refs/heads/v1",
      "pull_request opened",
      "pull_request closed",
      "push refs/heads/main",
    ]);

    // No webhook of the repository ever arrived: the timer loop finds it when it lists the installation's
    // repositories again (every 10 minutes), and reconciles it.
    await tickAfter(gh, clock, replicas, 10);
    expect(dispatchedVersions(repo)).toEqual([merge]);
    expect(await runToRest(gh, replicas)).toEqual(["install"]);
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("running");
    expect(state?.run).toMatchObject({ id: 1, version: merge, cause: "merge" });
    const cursor = await syncCursorOf(gh, owner, repo);
    expect(cursor).toMatchObject({ commit: merge });
    expect(cursor?.start).toBeUndefined();

    // The lost webhooks arriving late, and another reconcile, change nothing.
    const head = await gh.branchSha(owner, repo, "ferry/state");
    for (const delivery of lostDeliveries(repo)) await gh.redeliver(delivery.id);
    await settle(gh, replicas);
    await tickAfter(gh, clock, replicas, 5);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(dispatchedVersions(repo)).toEqual([merge]);
    expect(await appliedCommits(repo)).toEqual([merge]);
    expect(gh.violations).toEqual([]);
  });

  it("two merges before any cursor exists, the first's webhooks lost: the newer is deployed, the older never after it", async () => {
    const repo = "first-two-merges";
    await newRepo(repo);
    gh.dropWebhooks(() => true);
    const first = await gh.openPullRequest({ owner, repo, actor: "dev", head: "a", files: { "site/a.html": "a\n" } });
    const second = await gh.openPullRequest({ owner, repo, actor: "dev", head: "b", files: { "site/b.html": "b\n" } });
    const older = await gh.mergePullRequest({ owner, repo, number: first.number, actor: "lead" });
    await settle(gh, replicas);
    gh.dropWebhooks(undefined);
    expect(await syncCursorOf(gh, owner, repo)).toBeUndefined();

    // The newer merge's webhooks arrive: its first contact starts the cursor at the older merge.
    const newer = await gh.mergePullRequest({ owner, repo, number: second.number, actor: "lead" });
    await settle(gh, replicas);
    expect(await syncCursorOf(gh, owner, repo)).toMatchObject({ commit: newer });
    expect(dispatchedVersions(repo)).toEqual([newer]);
    expect(await runToRest(gh, replicas)).toEqual(["install"]);

    // The older merge's webhooks arrive late, then a reconcile: nothing deploys the older merge.
    const head = await gh.branchSha(owner, repo, "ferry/state");
    const late = lostDeliveries(repo).filter(
      (d) =>
        d.payload["after"] === older || (d.payload["pull_request"] as { number?: number })?.number === first.number,
    );
    expect(late.map((d) => d.event).sort()).toEqual(["pull_request", "pull_request", "push"]);
    for (const delivery of late) await gh.redeliver(delivery.id);
    await settle(gh, replicas);
    await tickAfter(gh, clock, replicas, 5);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(dispatchedVersions(repo)).toEqual([newer]);
    expect(await appliedCommits(repo)).toEqual([newer]);
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("running");
    expect(state?.run).toMatchObject({ id: 1, version: newer, cause: "merge" });
    expect(gh.violations).toEqual([]);
  });

  it("two replicas handle two lost pushes at once before any cursor exists: they agree on one cursor and apply in branch order", async () => {
    const repo = "first-race";
    await newRepo(repo);
    gh.dropWebhooks(() => true);
    const older = await gh.push({ owner, repo, branch: "main", actor: "dev", files: { "site/index.html": "v1\n" } });
    const newer = await gh.push({ owner, repo, branch: "main", actor: "dev", files: { "site/index.html": "v2\n" } });
    await settle(gh, replicas);
    gh.dropWebhooks(undefined);
    expect(await syncCursorOf(gh, owner, repo)).toBeUndefined();
    const [olderPush, newerPush] = [older, newer].map((sha) =>
      lostDeliveries(repo).find((d) => d.event === "push" && d.payload["after"] === sha)!,
    );

    // Each replica meets the branch through its own push, concurrently: each reads no cursor.
    await Promise.all([gh.redeliver(olderPush!.id, replicas[0]!.url), gh.redeliver(newerPush!.id, replicas[1]!.url)]);
    await settle(gh, replicas);
    for (let pass = 0; pass < 5 && gh.runner.pending().length > 0; pass++) await runToRest(gh, replicas);

    // Whichever replica created the cursor, the older push is applied before the newer one or not at all.
    const applied = await appliedCommits(repo);
    expect([[newer], [older, newer]]).toContainEqual(applied);
    const dispatched = dispatchedVersions(repo);
    expect(dispatched.at(-1)).toBe(newer);
    expect(dispatched.indexOf(older)).toBeLessThanOrEqual(dispatched.indexOf(newer));
    const cursor = await syncCursorOf(gh, owner, repo);
    expect(cursor).toMatchObject({ commit: newer });
    expect(cursor?.start).toBeUndefined();
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("running");
    expect(state?.run?.version).toBe(newer);
    expect(gh.violations).toEqual([]);
  });
});
