import { HttpError } from "../http-error.ts";
import { renderJob, renderWorkflow, renderWorkflowRun } from "../render-actions.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { intParam, optQuery, pagedResult } from "../rest-context.ts";
import type { RepoRecord, WorkflowRunRecord } from "../standin-state.ts";
import {
  checkDispatchInputs,
  listWorkflowPaths,
  parseWorkflow,
  workflowId,
  workflowPath,
  type WorkflowFile,
} from "../workflow-files.ts";

async function readWorkflow(repo: RepoRecord, path: string, sha: string): Promise<WorkflowFile | undefined> {
  const blob = await repo.store.readObject(`${sha}:${path}`);
  return blob?.type === "blob" ? parseWorkflow(path, blob.content.toString("utf8")) : undefined;
}

/** Makes sure every workflow on the default branch has its numeric id. */
async function indexWorkflows(ctx: RestContext): Promise<Array<{ id: number; path: string; file: WorkflowFile }>> {
  const repo = ctx.repo;
  const sha = await repo.store.resolveCommitish(repo.defaultBranch);
  if (!sha) return [];
  const out = [];
  for (const path of await listWorkflowPaths(repo, sha)) {
    const file = (await readWorkflow(repo, path, sha))!;
    out.push({ id: workflowId(repo, path, () => ctx.services.state.ids.id()), path, file });
  }
  return out;
}

function workflowParam(ctx: RestContext): string | number {
  const value = ctx.params["workflow_id"];
  if (typeof value !== "string" && typeof value !== "number") throw HttpError.notFound();
  return value;
}

async function dispatch(ctx: RestContext): Promise<RestResult> {
  const repo = ctx.repo;
  const body = ctx.body as { ref: string; inputs?: Record<string, unknown>; return_run_details?: boolean };
  await indexWorkflows(ctx);
  const path = workflowPath(repo, workflowParam(ctx));
  if (!path) throw HttpError.notFound();
  const ref = body.ref.replace(/^refs\/(heads|tags)\//, "");
  const sha = await repo.store.resolveCommitish(body.ref);
  if (!sha) throw new HttpError(422, `No ref found for: ${body.ref}`);
  const file = await readWorkflow(repo, path, sha);
  if (!file) throw HttpError.notFound();
  if (!file.dispatch) throw new HttpError(422, "Workflow does not have 'workflow_dispatch' trigger");
  const inputs = checkDispatchInputs(file, body.inputs ?? {});
  const id = workflowId(repo, path, () => ctx.services.state.ids.id());
  const run = ctx.services.runner.dispatch(repo, file, id, ref, sha, inputs, ctx.actor);
  if (body.return_run_details !== true) return { status: 204 };
  const r = ctx.services.render;
  return {
    status: 200,
    body: {
      workflow_run_id: run.id,
      run_url: `${r.api}/repos/${repo.fullName}/actions/runs/${run.id}`,
      html_url: `${r.state.htmlUrl}/${repo.fullName}/actions/runs/${run.id}`,
    },
  };
}

function runOf(ctx: RestContext): WorkflowRunRecord {
  const run = ctx.repo.runs.get(intParam(ctx, "run_id"));
  if (!run) throw HttpError.notFound();
  return run;
}

async function renderRun(ctx: RestContext, run: WorkflowRunRecord): Promise<Record<string, unknown>> {
  return renderWorkflowRun(ctx.services.render, ctx.repo, run, await ctx.repo.store.readCommit(run.headSha));
}

async function listRuns(ctx: RestContext, workflow?: number): Promise<RestResult> {
  const f = {
    branch: optQuery(ctx, "branch"),
    event: optQuery(ctx, "event"),
    status: optQuery(ctx, "status"),
    sha: optQuery(ctx, "head_sha"),
  };
  const runs = [...ctx.repo.runs.values()]
    .filter((r) => workflow === undefined || r.workflowId === workflow)
    .filter(
      (r) =>
        (!f.branch || r.headBranch === f.branch) &&
        (!f.event || r.event === f.event) &&
        (!f.sha || r.headSha === f.sha),
    )
    .filter((r) => !f.status || r.status === f.status || r.conclusion === f.status)
    .reverse();
  const rendered = [];
  for (const run of runs) rendered.push(await renderRun(ctx, run));
  return pagedResult(ctx, rendered, (page) => ({ total_count: runs.length, workflow_runs: page }));
}

async function workflowOf(ctx: RestContext): Promise<{ id: number; path: string; file: WorkflowFile }> {
  const all = await indexWorkflows(ctx);
  const path = workflowPath(ctx.repo, workflowParam(ctx));
  const found = all.find((w) => w.path === path);
  if (!found) throw HttpError.notFound();
  return found;
}

function cancel(ctx: RestContext): RestResult {
  const run = runOf(ctx);
  if (!ctx.services.runner.cancel(run.id)) throw new HttpError(409, "Cannot cancel a workflow run that is completed.");
  return { status: 202, body: {} };
}

/**
 * A reviewer approves or rejects a held run. The webhooks go out after the answer (as on GitHub); the answer
 * lists no deployments, as the deployments Actions creates for jobs are not modelled.
 */
function reviewPending(ctx: RestContext): RestResult {
  const run = runOf(ctx);
  const body = ctx.body as { environment_ids: number[]; state: "approved" | "rejected"; comment: string };
  ctx.services.runner.reviews.checkReview(ctx.repo, run, body.environment_ids, ctx.actor);
  void ctx.services.runner.review(run.id, body.state, body.comment, ctx.actor);
  return { status: 200, body: [] };
}

/** Actions: workflow dispatch (with GitHub's trigger and input checks), runs, jobs and cancel. */
export const actionsHandlers: HandlerTable = {
  "actions/create-workflow-dispatch": dispatch,
  "actions/get-workflow-run": async (ctx) => ({ status: 200, body: await renderRun(ctx, runOf(ctx)) }),
  "actions/cancel-workflow-run": cancel,
  "actions/get-pending-deployments-for-run": (ctx) => ({
    status: 200,
    body: ctx.services.runner.reviews.pending(ctx.repo, runOf(ctx), ctx.actor),
  }),
  "actions/review-pending-deployments-for-run": reviewPending,
  "actions/list-jobs-for-workflow-run": (ctx) => {
    const run = runOf(ctx);
    return pagedResult(ctx, run.jobs, (page) => ({
      total_count: run.jobs.length,
      jobs: page.map((j) => renderJob(ctx.services.render, ctx.repo, run, j)),
    }));
  },
  "actions/get-job-for-workflow-run": (ctx) => {
    const id = intParam(ctx, "job_id");
    for (const run of ctx.repo.runs.values()) {
      const job = run.jobs.find((j) => j.id === id);
      if (job) return { status: 200, body: renderJob(ctx.services.render, ctx.repo, run, job) };
    }
    throw HttpError.notFound();
  },
  "actions/list-workflow-runs-for-repo": (ctx) => listRuns(ctx),
  "actions/list-workflow-runs": async (ctx) => listRuns(ctx, (await workflowOf(ctx)).id),
  "actions/get-workflow": async (ctx) => {
    const w = await workflowOf(ctx);
    return { status: 200, body: renderWorkflow(ctx.services.render, ctx.repo, w.id, w.path, w.file.name) };
  },
  "actions/list-repo-workflows": async (ctx) => {
    const all = await indexWorkflows(ctx);
    return pagedResult(ctx, all, (page) => ({
      total_count: all.length,
      workflows: page.map((w) => renderWorkflow(ctx.services.render, ctx.repo, w.id, w.path, w.file.name)),
    }));
  },
};
