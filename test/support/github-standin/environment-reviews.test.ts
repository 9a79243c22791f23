import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubStandin } from "./github-standin.ts";
import { installationOctokit, startTestStandin, type TestOctokit } from "./standin-fixture.ts";

/** A dispatchable workflow whose job targets the environment its input names. */
const DEPLOY = `name: Deploy
on:
  workflow_dispatch:
    inputs:
      environment: { required: false, type: string }
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: \${{ inputs.environment }}
    steps:
      - run: ./deploy.sh
`;

describe("environments with required reviewers", () => {
  let gh: GitHubStandin;
  let octokit: TestOctokit;
  let envId: number;
  const owner = "acme";
  const repo = "gated";

  beforeAll(async () => {
    gh = await startTestStandin({ events: "all" });
    const info = await gh.createRepo({ owner, name: repo, files: { ".github/workflows/deploy.yml": DEPLOY } });
    octokit = installationOctokit(gh, info.installationId!);
    envId = gh.setEnvironmentReviewers(owner, repo, "production", ["lead"]);
  });
  beforeEach(async () => {
    await gh.flushWebhooks();
    gh.log.clear();
  });
  afterAll(async () => gh.close());

  const dispatch = async (environment?: string): Promise<number> => {
    const { data } = await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: "deploy.yml",
      ref: "main",
      inputs: environment === undefined ? {} : { environment },
      return_run_details: true,
    });
    await gh.flushWebhooks();
    return (data as unknown as { workflow_run_id: number }).workflow_run_id;
  };

  const deliveriesOf = (runId: number) =>
    gh.deliveries.filter(
      (d) =>
        (d.payload["workflow_run"] as { id?: number } | undefined)?.id === runId ||
        (d.payload["workflow_job"] as { run_id?: number } | undefined)?.run_id === runId,
    );
  const events = (runId: number) => deliveriesOf(runId).map((d) => `${d.event}.${d.action ?? ""}`);

  it("a run whose job targets a protected environment waits, lists the reviewers and sends deployment_review.requested", async () => {
    const runId = await dispatch("production");
    expect(gh.runner.view(runId)).toMatchObject({ status: "waiting", conclusion: null });
    expect(gh.runner.pending()).toEqual([]);
    expect(events(runId)).toEqual(["workflow_run.requested", "workflow_job.waiting", "deployment_review.requested"]);
    const [run, job, review] = deliveriesOf(runId);
    expect(run!.payload["workflow_run"]).toMatchObject({ status: "waiting" });
    expect(job!.payload["workflow_job"]).toMatchObject({ status: "waiting", runner_id: null });
    expect(review!.payload).toMatchObject({
      environment: "production",
      reviewers: [{ type: "User", reviewer: { login: "lead" } }],
      workflow_job_run: { status: "waiting", environment: "production" },
      workflow_run: { id: runId, status: "waiting" },
    });
    const { data } = await octokit.rest.actions.getPendingDeploymentsForRun({ owner, repo, run_id: runId });
    expect(data).toMatchObject([
      {
        environment: { id: envId, name: "production" },
        current_user_can_approve: false,
        reviewers: [{ type: "User", reviewer: { login: "lead" } }],
      },
    ]);
    expect(gh.violations).toEqual([]);
  });

  it("only a required reviewer may decide; an approval queues the job and sends deployment_review.approved", async () => {
    const runId = await dispatch("production");
    const refused = await gh.reviewPendingDeployment({ owner, repo, runId, state: "approved", actor: "dev" });
    expect(refused.status).toBe(422);
    expect(gh.runner.view(runId).status).toBe("waiting");
    const approved = await gh.reviewPendingDeployment({
      owner,
      repo,
      runId,
      state: "approved",
      comment: "ship it",
      actor: "lead",
    });
    expect(approved).toEqual({ status: 200, body: [] });
    expect(gh.runner.view(runId).status).toBe("queued");
    expect(events(runId).slice(3)).toEqual(["deployment_review.approved", "workflow_job.queued"]);
    const decision = deliveriesOf(runId)[3]!;
    expect(decision.payload).toMatchObject({
      approver: { login: "lead" },
      comment: "ship it",
      sender: { login: "lead" },
      workflow_job_runs: [{ environment: "production" }],
    });
    expect(decision.payload).not.toHaveProperty("requestor");
    await gh.runner.complete(runId, "success");
    expect(gh.runner.view(runId)).toMatchObject({ status: "completed", conclusion: "success" });
    expect((await octokit.rest.actions.getPendingDeploymentsForRun({ owner, repo, run_id: runId })).data).toEqual([]);
    expect(gh.violations).toEqual([]);
    expect(gh.rejections.map((r) => r.status)).toEqual([422]);
  });

  it("a rejection completes the run as failure and sends deployment_review.rejected", async () => {
    const runId = await dispatch("production");
    await gh.reviewPendingDeployment({ owner, repo, runId, state: "rejected", comment: "freeze", actor: "lead" });
    expect(gh.runner.view(runId)).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(events(runId).slice(3)).toEqual([
      "deployment_review.rejected",
      "workflow_job.completed",
      "workflow_run.completed",
    ]);
    expect(gh.violations).toEqual([]);
  });

  it("a run without an environment, or with one without reviewers, is queued as before", async () => {
    gh.setEnvironmentReviewers(owner, repo, "staging", []);
    for (const environment of [undefined, "staging", "preview"]) {
      const runId = await dispatch(environment);
      expect(gh.runner.view(runId).status).toBe("queued");
      expect(events(runId)).toEqual(["workflow_run.requested", "workflow_job.queued"]);
    }
    expect(gh.violations).toEqual([]);
  });
});
