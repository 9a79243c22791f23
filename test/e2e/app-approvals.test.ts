/**
 * Approvals, end to end: the real Probot server against the GitHub stand-in. The deployment's
 * stage job targets a GitHub environment with a required reviewer, so GitHub holds it; ferry
 * shows who may approve on its check run, records the reviewer's decision, and either lets the
 * stage go on or fails it with the reviewer's words.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import type { RunView } from "../support/github-standin/workflow-runner.ts";
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

/** A repository whose `production` environment needs @lead's approval, and a merge-free push that deploys web. */
async function heldDeploy(repo: string): Promise<{ sha: string; run: RunView }> {
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...GATED_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
  });
  gh.setEnvironmentReviewers(owner, repo, "production", ["lead"]);
  const sha = await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "site/index.html": "v1\n" } });
  await settle(gh, [replica]);
  const runs = gh.runner.all().filter((r) => r.repo === repo);
  expect(runs.map((r) => [r.inputs["stage"], r.status])).toEqual([["install", "waiting"]]);
  return { sha, run: runs[0]! };
}

function checkRun(repo: string) {
  return gh
    .checkRuns(owner, repo)
    .filter((c) => c.name === "ferry/web")
    .at(-1);
}

describe("a stage job held by an environment's required reviewers", () => {
  it("shows as awaiting approval naming the reviewer, is approved (recorded with who approved) and goes on to running", async () => {
    const repo = "approved";
    const { sha, run } = await heldDeploy(repo);

    const waiting = await stateOf(gh, owner, repo, "web");
    const install = waiting?.stages.at(-1);
    expect(install).toMatchObject({
      stage: "install",
      status: "dispatching",
      externalId: String(run.id),
      approval: { environment: "production", reviewers: ["lead"], state: "waiting" },
    });
    // The first waiting signal asked GitHub who may approve; the later ones (job, review request) cost nothing.
    expect(gh.counts().byOperation["actions/get-pending-deployments-for-run"]).toBe(1);
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
});
