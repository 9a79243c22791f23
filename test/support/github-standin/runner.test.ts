import { Octokit } from "@octokit/rest";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubStandin } from "./github-standin.ts";
import { installationOctokit, startTestStandin, type TestOctokit } from "./standin-fixture.ts";

const DEPLOY = `name: Deploy
on:
  workflow_dispatch:
    inputs:
      stage:
        required: true
        type: choice
        options: [dev, prod]
      dry_run:
        type: boolean
        default: false
jobs:
  deploy:
    name: Deploy stage
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: Run ferry
        run: node dist/action.js
`;

describe("the Actions runner helper", () => {
  let gh: GitHubStandin;
  let octokit: TestOctokit;
  const owner = "acme";
  const repo = "ops";

  beforeAll(async () => {
    gh = await startTestStandin({ events: "all" });
    const info = await gh.createRepo({ owner, name: repo, files: { ".github/workflows/deploy.yml": DEPLOY } });
    octokit = installationOctokit(gh, info.installationId!);
  });
  beforeEach(async () => {
    await gh.flushWebhooks();
    gh.log.clear();
  });
  afterAll(async () => gh.close());

  const events = (runId: number): string[] =>
    gh.deliveries
      .filter(
        (d) =>
          (d.event === "workflow_run" && (d.payload["workflow_run"] as { id: number }).id === runId) ||
          (d.event === "workflow_job" && (d.payload["workflow_job"] as { run_id: number }).run_id === runId),
      )
      .map((d) => `${d.event}.${d.action ?? ""}`);

  it("dispatches with run details, then moves the run through queued, in_progress and completed", async () => {
    const { status, data } = await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: "deploy.yml",
      ref: "main",
      inputs: { stage: "prod" },
      return_run_details: true,
    });
    expect(status).toBe(200);
    const details = data as unknown as { workflow_run_id: number; run_url: string; html_url: string };
    expect(details.run_url).toBe(`${gh.baseUrl}/repos/acme/ops/actions/runs/${details.workflow_run_id}`);
    const [pending] = gh.runner.pending();
    expect(pending).toMatchObject({
      id: details.workflow_run_id,
      inputs: { stage: "prod", dry_run: false },
      ref: "main",
      workflowPath: ".github/workflows/deploy.yml",
    });
    const runId = pending!.id;
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data).toMatchObject({
      status: "queued",
      conclusion: null,
      event: "workflow_dispatch",
    });

    await gh.runner.start(runId);
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId })).data.status).toBe("in_progress");
    await gh.runner.complete(runId, "failure", { steps: [{ name: "Run ferry", conclusion: "failure" }] });
    const run = await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: runId });
    expect(run.data).toMatchObject({ status: "completed", conclusion: "failure" });
    const jobs = await octokit.rest.actions.listJobsForWorkflowRun({ owner, repo, run_id: runId });
    expect(jobs.data.jobs.map((j) => [j.name, j.status, j.conclusion, j.steps?.map((s) => s.conclusion)])).toEqual([
      ["Deploy stage", "completed", "failure", ["failure"]],
    ]);
    expect(events(runId)).toEqual([
      "workflow_run.requested",
      "workflow_job.queued",
      "workflow_run.in_progress",
      "workflow_job.in_progress",
      "workflow_job.completed",
      "workflow_run.completed",
    ]);
    const completed = gh.deliveries.filter((d) => d.event === "workflow_run").at(-1)!;
    expect(completed.payload).toMatchObject({
      action: "completed",
      workflow_run: { id: runId, conclusion: "failure", head_branch: "main" },
      workflow: { path: ".github/workflows/deploy.yml" },
    });
    expect(gh.violations).toEqual([]);
  });

  it("answers 204 without run details and rejects a choice outside the options", async () => {
    const plain = await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: "deploy.yml",
      ref: "main",
      inputs: { stage: "dev" },
    });
    expect(plain.status).toBe(204);
    await expect(
      octokit.rest.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: "deploy.yml",
        ref: "main",
        inputs: { stage: "qa" },
      }),
    ).rejects.toMatchObject({ status: 422 });
    for (const run of gh.runner.pending()) await gh.runner.complete(run.id, "cancelled");
    gh.log.violations.length = 0;
  });

  it("cancels through the API: the run completes as cancelled, and a second cancel is a 409", async () => {
    await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: "deploy.yml",
      ref: "main",
      inputs: { stage: "dev" },
    });
    const run = await gh.runner.waitForRun((r) => r.inputs["stage"] === "dev");
    await gh.runner.start(run.id);
    expect((await octokit.rest.actions.cancelWorkflowRun({ owner, repo, run_id: run.id })).status).toBe(202);
    await gh.flushWebhooks();
    expect((await octokit.rest.actions.getWorkflowRun({ owner, repo, run_id: run.id })).data).toMatchObject({
      status: "completed",
      conclusion: "cancelled",
    });
    expect(events(run.id).slice(-2)).toEqual(["workflow_job.completed", "workflow_run.completed"]);
    await expect(octokit.rest.actions.cancelWorkflowRun({ owner, repo, run_id: run.id })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("hands a run to an executor with the runner's environment and a working GITHUB_TOKEN", async () => {
    gh.runner.onDispatch(async (run) => {
      const api = new Octokit({ auth: String(run.env["GITHUB_TOKEN"]), baseUrl: String(run.env["GITHUB_API_URL"]) });
      await api.repos.createCommitStatus({
        owner: run.owner,
        repo: run.repo,
        sha: run.sha,
        state: "success",
        context: `deploy/${run.env["INPUT_STAGE"]}`,
      });
      return run.env["INPUT_DRY_RUN"] === "false" ? "success" : "failure";
    });
    await octokit.rest.actions.createWorkflowDispatch({
      owner,
      repo,
      workflow_id: "deploy.yml",
      ref: "main",
      inputs: { stage: "prod" },
    });
    const run = gh.runner.all().at(-1)!;
    gh.runner.onDispatch(undefined);
    await expect.poll(() => gh.runner.view(run.id).conclusion).toBe("success");
    expect(gh.listStatuses(owner, repo, run.sha).map((s) => s.context)).toContain("deploy/prod");
    await gh.flushWebhooks();
    expect(gh.violations).toEqual([]);
  });
});
