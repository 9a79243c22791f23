/**
 * Approvals, end to end: the real Probot server against the GitHub stand-in. The deployment's
 * stage job targets a GitHub environment with a required reviewer, so GitHub holds it; ferry
 * shows who may approve on its check run, records the reviewer's decision, and either lets the
 * stage go on or fails it with the reviewer's words.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubStandin, WebhookDelivery } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import type { RunView } from "../support/github-standin/workflow-runner.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import {
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
const WORKFLOW_PATH = ".github/workflows/ferry-stage.yml";
/** The stage workflow with its job in the `production` environment, as a repository protected by reviewers has it. */
const GATED_WORKFLOW = {
  [WORKFLOW_PATH]: STAGE_WORKFLOW[WORKFLOW_PATH].replace(
    "    runs-on: ubuntu-latest\n",
    "    runs-on: ubuntu-latest\n    environment: production\n",
  ),
};

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

/**
 * A repository whose `production` environment needs @lead's approval, and a merge-free push that deploys web. GitHub
 * tells of the held job three ways (a waiting `workflow_run`, a waiting `workflow_job`, `deployment_review.requested`),
 * in no promised order; `lose` drops the deliveries it picks until the deploy settled, so a test decides which of
 * them reach the app.
 */
async function heldDeploy(
  repo: string,
  lose?: (delivery: WebhookDelivery) => boolean,
): Promise<{ sha: string; run: RunView; lost: WebhookDelivery[] }> {
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...GATED_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
  });
  gh.setEnvironmentReviewers(owner, repo, "production", ["lead"]);
  const first = gh.deliveries.length;
  gh.dropWebhooks(lose);
  let sha: string;
  try {
    sha = await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "site/index.html": "v1\n" } });
    await settle(gh, [replica]);
  } finally {
    gh.dropWebhooks(undefined);
  }
  const runs = gh.runner.all().filter((r) => r.repo === repo);
  expect(runs.map((r) => [r.inputs["stage"], r.status])).toEqual([["install", "waiting"]]);
  const lost = gh.deliveries.slice(first).filter((d) => d.attempts.length === 0);
  return { sha, run: runs[0]!, lost };
}

/** `deployment_review.requested`: GitHub names the environment and who may approve. */
const reviewRequest = (d: WebhookDelivery) => d.event === "deployment_review" && d.action === "requested";
/** A `workflow_run` or `workflow_job` that says only that the run waits. */
const waitingRunOrJob = (d: WebhookDelivery) =>
  (d.event === "workflow_run" && (d.payload["workflow_run"] as { status?: string }).status === "waiting") ||
  (d.event === "workflow_job" && d.action === "waiting");

const pendingDeploymentReads = () => gh.counts().byOperation["actions/get-pending-deployments-for-run"] ?? 0;

function checkRun(repo: string) {
  return gh
    .checkRuns(owner, repo)
    .filter((c) => c.name === "ferry/web")
    .at(-1);
}

/** The deployment's state, once its install stage records the wait for run `runId`'s reviewer, by one `stage.waiting`. */
async function waitRecordedOnce(repo: string, runId: number): Promise<DeploymentState | undefined> {
  const waiting = await stateOf(gh, owner, repo, "web");
  expect(waiting?.stages.at(-1)).toMatchObject({
    stage: "install",
    externalId: String(runId),
    approval: { environment: "production", reviewers: ["lead"], state: "waiting" },
  });
  expect(waiting?.history.filter((h) => h.event === "stage.waiting")).toHaveLength(1);
  return waiting;
}

describe("a stage job held by an environment's required reviewers", () => {
  it("shows as awaiting approval naming the reviewer, is approved (recorded with who approved) and goes on to running", async () => {
    const repo = "approved";
    const reads = pendingDeploymentReads();
    const { sha, run } = await heldDeploy(repo);

    // All three signals arrived; one recorded the wait, the others were the same event. A waiting run asks GitHub who
    // may approve, the review request says it: which came first is GitHub's order, so at most one read (the tests
    // below fix the order and count exactly).
    const waiting = await waitRecordedOnce(repo, run.id);
    const install = waiting?.stages.at(-1);
    expect(install?.status).toBe("dispatching");
    expect(pendingDeploymentReads() - reads).toBeLessThanOrEqual(1);
    // The deadline stands still while a person decides.
    expect(waiting?.timers.map((t) => t.name)).not.toContain("stage-deadline:main");
    const held = checkRun(repo);
    expect(held).toMatchObject({ headSha: sha, status: "in_progress" });
    expect(held?.output.title).toBe(`Waiting for approval in production: install of ${sha.slice(0, 7)}`);
    expect(held?.output.summary).toContain("**Awaiting approval in production**");
    expect(held?.output.summary).toContain("May approve: @lead.");
    expect(
      gh
        .listStatuses(owner, repo, sha)
        .filter((s) => s.context === "ferry/web")
        .at(-1)?.description,
    ).toContain("awaiting approval in production");

    const answer = await gh.reviewPendingDeployment({
      owner,
      repo,
      runId: run.id,
      state: "approved",
      comment: "go ahead",
      actor: "lead",
    });
    expect(answer.status).toBe(200);
    await settle(gh, [replica]);
    const approved = await stateOf(gh, owner, repo, "web");
    expect(approved?.history.at(-1)).toMatchObject({
      event: "stage.approved",
      actor: "lead",
      note: "install approved in production: go ahead",
    });
    expect(approved?.stages.at(-1)?.approval).toMatchObject({ state: "approved", by: "lead", comment: "go ahead" });
    expect(approved?.timers.map((t) => t.name)).toContain("stage-deadline:main");
    expect(checkRun(repo)?.output.title).not.toContain("Waiting for approval");

    // The job's start records nothing (the wait is over already); its completion moves the stage on.
    const before = await gh.branchSha(owner, repo, "ferry/state");
    await gh.runner.start(run.id);
    await settle(gh, [replica]);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(before);
    await gh.runner.complete(run.id, "success");
    await settle(gh, [replica]);
    const done = await stateOf(gh, owner, repo, "web");
    expect(done?.regions["main"]?.state).toBe("running");
    expect(checkRun(repo)).toMatchObject({ status: "completed", conclusion: "success" });
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("a rejection fails the stage with the reviewer's words and the lifecycle's failure path runs", async () => {
    const repo = "rejected";
    const { run } = await heldDeploy(repo);
    await gh.reviewPendingDeployment({
      owner,
      repo,
      runId: run.id,
      state: "rejected",
      comment: "not during the freeze",
      actor: "lead",
    });
    await settle(gh, [replica]);
    expect(gh.runner.view(run.id)).toMatchObject({ status: "completed", conclusion: "failure" });
    const state = await stateOf(gh, owner, repo, "web");
    // A first install has nothing to roll back to: standard fails.
    expect(state?.regions["main"]?.state).toBe("failed");
    expect(state?.error).toMatchObject({ step: "install", message: "rejected by @lead: not during the freeze" });
    expect(state?.stages.at(-1)).toMatchObject({
      status: "failed",
      approval: { state: "rejected", by: "lead", comment: "not during the freeze" },
    });
    // The reviewer's rejection took the stage's failure arrow; the lifecycle went on from there.
    expect(state?.history.filter((h) => h.event === "stage.failed")).toMatchObject([
      { from: "installing", actor: "lead" },
    ]);
    const check = checkRun(repo);
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(check?.output.summary).toContain("rejected by @lead: not during the freeze");
    // Nothing else was dispatched: a rejection is not retried.
    expect(gh.runner.all().filter((r) => r.repo === repo)).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("with the review request lost, the waiting run records the wait, asking GitHub once who may approve; the job's wait and the request's late redelivery change nothing", async () => {
    const repo = "request-lost";
    const reads = pendingDeploymentReads();
    const { run, lost } = await heldDeploy(repo, reviewRequest);
    expect(lost.map((d) => [d.event, d.action])).toEqual([["deployment_review", "requested"]]);
    await waitRecordedOnce(repo, run.id);
    expect(pendingDeploymentReads() - reads).toBe(1);
    expect(checkRun(repo)?.output.summary).toContain("May approve: @lead.");

    const before = await gh.branchSha(owner, repo, "ferry/state");
    await gh.redeliver(lost[0]!.id);
    await settle(gh, [replica]);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(before);
    expect(pendingDeploymentReads() - reads).toBe(1);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("with the waiting run and job lost, the review request alone records the wait and nothing asks GitHub; their late redeliveries change nothing", async () => {
    const repo = "run-wait-lost";
    const reads = pendingDeploymentReads();
    const { run, lost } = await heldDeploy(repo, waitingRunOrJob);
    expect(lost.map((d) => [d.event, d.action])).toEqual([
      ["workflow_run", "requested"],
      ["workflow_job", "waiting"],
    ]);
    await waitRecordedOnce(repo, run.id);
    expect(pendingDeploymentReads() - reads).toBe(0);

    const before = await gh.branchSha(owner, repo, "ferry/state");
    for (const delivery of lost) await gh.redeliver(delivery.id);
    await settle(gh, [replica]);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(before);
    expect(pendingDeploymentReads() - reads).toBe(0);
    expect(gh.violations).toEqual([]);
  }, 60_000);
});
