/**
 * What a landing webhook costs once its commit is processed, and what a first cursor means: a merge
 * is announced twice (`pull_request.closed`, then the merge commit's `push`), and the second
 * announcement reads the state branch once and nothing else. A first reconcile processes the newest
 * commit (a merge nobody announced yet), so the merge's late webhook costs one read as well.
 * Real Probot server, signed webhooks, the GitHub stand-in.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  syncCursorOf,
  testClock,
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
let gh: GitHubStandin;
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

async function newRepo(repo: string): Promise<void> {
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
  });
  gh.setPermission(owner, repo, "lead", "write");
}

/**
 * The push that announced `sha` on `repo`. Matched by repository too: two repositories with the same files, committed
 * by the same people within one second, have the same commits.
 */
function pushOf(repo: string, sha: string) {
  return gh.deliveries.find(
    (d) =>
      d.event === "push" &&
      d.payload["after"] === sha &&
      (d.payload["repository"] as { name?: string } | undefined)?.name === repo,
  )!;
}

describe("landing webhooks at the request floor", () => {
  it("a merge's push after its pull request's webhook did the work reads the state branch once and writes nothing", async () => {
    const repo = "second-announcement";
    await newRepo(repo);
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "v1",
      files: { "site/index.html": "v1\n" },
    });
    await settle(gh, [replica]);
    const merge = await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ id: 1, version: merge, cause: "merge" });
    const push = pushOf(repo, merge);
    const head = await gh.branchSha(owner, repo, "ferry/state");
    const runs = gh.runner.all().length;

    // The same push again (a new delivery id, as a late or replayed one would be).
    gh.resetCounts();
    await gh.replay(push.id);
    await settle(gh, [replica]);
    expect(gh.counts().byOperation).toEqual({ "graphql:ferryReadState": 1 });
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(gh.runner.all()).toHaveLength(runs);
    expect(gh.violations).toEqual([]);
  });

  it("a first reconcile deploys the head, a merge whose webhooks were lost; the merge's late push reads the state branch once", async () => {
    const repo = "first-reconcile";
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
    await settle(gh, [replica]);
    gh.dropWebhooks(undefined);
    expect(await syncCursorOf(gh, owner, repo)).toBeUndefined();
    // Another pull request's webhook reconciles main for the first time: its head, the merge, is processed.
    await gh.openPullRequest({ owner, repo, actor: "dev", head: "docs", files: { "README.md": "docs\n" } });
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ id: 1, version: merge, cause: "merge" });
    const cursor = await syncCursorOf(gh, owner, repo);
    expect(cursor).toMatchObject({ commit: merge });
    expect(cursor?.start).toBeUndefined();

    const push = pushOf(repo, merge);
    expect(push.attempts).toEqual([]);
    const head = await gh.branchSha(owner, repo, "ferry/state");
    const runs = gh.runner.all().length;
    gh.resetCounts();
    await gh.redeliver(push.id);
    await settle(gh, [replica]);
    expect(gh.counts().byOperation).toEqual({ "graphql:ferryReadState": 1 });
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(gh.runner.all()).toHaveLength(runs);
    expect(gh.violations).toEqual([]);
  });
});
