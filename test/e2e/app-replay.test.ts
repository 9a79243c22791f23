/**
 * Labels and buttons are edges, but honest ones: a captured, correctly signed webhook body resent
 * under a new delivery id changes nothing, and a failure to act is retried and finally said on the
 * pull request. A real Probot server gets signed webhooks from the GitHub stand-in, with Probot's
 * real retry and throttling plugins on (ferry's own Octokit, waits scaled to milliseconds).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRANSIENT_RETRIES } from "../../src/adapters/github/ferry-octokit.ts";
import { ACT_RETRY_WAITS_MS } from "../../src/app/act-with-retries.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { RetryingTestOctokit, startTestStandin } from "../support/github-standin/standin-fixture.ts";
import type { WebhookDelivery } from "../support/github-standin/webhook-dispatcher.ts";
import {
  completeRuns,
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
let gh: GitHubStandin;
let replica: Replica;

beforeAll(async () => {
  gh = await startTestStandin();
  replica = await startReplica(gh, { clock: testClock(), Octokit: RetryingTestOctokit });
  gh.setWebhookTargets([replica.url]);
});
afterAll(async () => {
  await replica.close();
  await gh.close();
});

/** A repository whose `web` deployment runs the merge of pull request `pr`; `lead` may act on it. */
async function deployedRepo(repo: string): Promise<number> {
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
  });
  gh.setPermission(owner, repo, "lead", "write");
  const pr = await gh.openPullRequest({
    owner,
    repo,
    actor: "dev",
    head: "feature",
    files: { "site/index.html": "v1\n" },
  });
  await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
  expect(await runToRest(gh, [replica])).toEqual(["install"]);
  return pr.number;
}

/** The last delivery of `event` with `action` for `repo`. */
function lastDelivery(repo: string, event: string, action: string, match: (payload: never) => boolean = () => true) {
  const found = gh.deliveries.filter(
    (d) =>
      d.event === event &&
      d.action === action &&
      (d.payload as { repository?: { name?: string } }).repository?.name === repo &&
      match(d.payload as never),
  );
  return found.at(-1)!;
}

/** Resends a delivery's signed body under a new delivery id, and checks that the App took it. */
async function replay(delivery: WebhookDelivery): Promise<void> {
  const again = await gh.replay(delivery.id);
  expect(again.id).not.toBe(delivery.id);
  expect(again.body).toBe(delivery.body);
  await settle(gh, [replica]);
  expect(again.attempts.map((a) => a.status)).toEqual([200]);
}

describe("a replayed webhook body with a new delivery id", () => {
  it("a replayed `labeled` body changes nothing: no commit on ferry/state, no comment, even after the label's effect was undone", async () => {
    const repo = "replay-label";
    const pr = await deployedRepo(repo);
    await gh.label({ owner, repo, number: pr, label: "ferry:pause", actor: "lead" });
    await settle(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toMatchObject({ actor: "lead" });
    const paused = lastDelivery(repo, "pull_request", "labeled");
    expect((paused.payload as { label?: { name?: string } }).label?.name).toBe("ferry:pause");

    // Right after: the deployment is paused, the label gone.
    let head = await gh.branchSha(owner, repo, "ferry/state");
    let comments = gh.comments(owner, repo, pr).length;
    await replay(paused);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(gh.comments(owner, repo, pr)).toHaveLength(comments);

    // After a resume, a pause that acted again would show: a hold, a commit, a comment.
    await gh.label({ owner, repo, number: pr, label: "ferry:resume", actor: "lead" });
    await settle(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toBeNull();
    head = await gh.branchSha(owner, repo, "ferry/state");
    comments = gh.comments(owner, repo, pr).length;
    await replay(paused);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(gh.comments(owner, repo, pr)).toHaveLength(comments);
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toBeNull();
    expect(gh.labels(owner, repo, pr)).toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it("a replayed retry button body does not run the stage again", async () => {
    const repo = "replay-button";
    await gh.createRepo({ owner, name: repo, files: { ...STAGE_WORKFLOW, "site/index.html": "v0\n" } });
    gh.setPermission(owner, repo, "lead", "maintain");
    await gh.push({
      owner,
      repo,
      actor: "lead",
      branch: "main",
      files: { ".ferry/deployments/api.yml": WEB_MANIFEST },
    });
    expect(await completeRuns(gh, [replica], "failure")).toEqual(["install"]);
    const check = gh.checkRuns(owner, repo).find((c) => c.name === "ferry/api")!;
    await gh.requestAction({ owner, repo, checkRunId: check.id, identifier: "retry", actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.runner.pending().map((r) => r.inputs)).toEqual([
      expect.objectContaining({ deployment: "api", stage: "install", attempt: "2" }),
    ]);
    const pressed = lastDelivery(repo, "check_run", "requested_action");

    // While attempt 2 runs, and again once it failed too: the same press must not start attempt 3.
    for (const moment of ["running", "failed again"]) {
      if (moment === "failed again") expect(await completeRuns(gh, [replica], "failure")).toEqual(["install"]);
      const head = await gh.branchSha(owner, repo, "ferry/state");
      const pending = gh.runner.pending().length;
      await replay(pressed);
      expect(await gh.branchSha(owner, repo, "ferry/state"), moment).toBe(head);
      expect(gh.runner.pending(), moment).toHaveLength(pending);
    }
    expect((await stateOf(gh, owner, repo, "api"))?.run).toMatchObject({ id: 1, attempt: 2 });
    expect(gh.violations).toEqual([]);
  });
});

describe("a failure to act on a label", () => {
  const permission = { route: "repos/get-collaborator-permission-level" };
  // Octokit's retry plugin absorbs TRANSIENT_RETRIES failures of one request; an attempt to act fails only past them.
  const failedRequest = TRANSIENT_RETRIES + 1;

  it("is finally said on the pull request, with what to do; added again, it is retried past a failed attempt and the pause lands once with one comment", async () => {
    const repo = "label-failed";
    const pr = await deployedRepo(repo);
    const head = await gh.branchSha(owner, repo, "ferry/state");
    // Every attempt fails: nothing changes, and the pull request says so.
    gh.faults.next({ status: 502, count: failedRequest * (ACT_RETRY_WAITS_MS.length + 1), match: permission });
    await gh.label({ owner, repo, number: pr, label: "ferry:pause", actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.faults.pending(), "every attempt failed").toEqual([]);
    expect(await gh.branchSha(owner, repo, "ferry/state"), "every attempt failed").toBe(head);
    expect((await stateOf(gh, owner, repo, "web"))?.hold, "every attempt failed").toBeNull();
    expect(gh.comments(owner, repo, pr).at(-1)?.body, "every attempt failed").toMatch(
      /ferry could not act on `ferry:pause` from @lead:[\s\S]*add the label again to retry/,
    );

    // Added again: the first attempt's request fails past Octokit's retries, the next attempt acts.
    const comments = gh.comments(owner, repo, pr).length;
    gh.faults.next({ status: 502, count: failedRequest + 1, match: permission });
    await gh.label({ owner, repo, number: pr, label: "ferry:pause", actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.faults.pending(), "retried").toEqual([]);
    expect((await stateOf(gh, owner, repo, "web"))?.hold, "retried").toMatchObject({ actor: "lead" });
    expect(gh.comments(owner, repo, pr), "retried").toHaveLength(comments + 1);
    expect(gh.comments(owner, repo, pr).at(-1)?.body, "retried").toMatch(/`ferry:pause` from @lead/);
  });
});
