import type { GitCommit } from "./git-store.ts";
import { Ids } from "./ids.ts";
import type { Renderer } from "./renderer.ts";
import type { RepoRecord, WorkflowJobRecord, WorkflowRunRecord } from "./standin-state.ts";

type Json = Record<string, unknown>;

/** A `workflow-run`; `head` is the run's head commit. */
export function renderWorkflowRun(
  r: Renderer,
  repo: RepoRecord,
  run: WorkflowRunRecord,
  head: GitCommit | undefined,
): Json {
  const url = `${r.api}/repos/${repo.fullName}/actions/runs/${run.id}`;
  return r.conform("workflow-run", {
    id: run.id,
    name: run.name,
    node_id: run.nodeId,
    head_branch: run.headBranch,
    head_sha: run.headSha,
    path: run.path,
    display_title: run.displayTitle,
    run_number: run.runNumber,
    run_attempt: 1,
    event: run.event,
    status: run.status,
    conclusion: run.conclusion,
    workflow_id: run.workflowId,
    check_suite_id: run.id + 1,
    check_suite_node_id: Ids.nodeId("CheckSuite", run.id + 1),
    url,
    html_url: `${r.state.htmlUrl}/${repo.fullName}/actions/runs/${run.id}`,
    pull_requests: [],
    created_at: run.createdAt,
    updated_at: run.updatedAt,
    run_started_at: run.startedAt,
    actor: r.user(run.actor),
    triggering_actor: r.user(run.actor),
    jobs_url: `${url}/jobs`,
    logs_url: `${url}/logs`,
    check_suite_url: `${r.api}/repos/${repo.fullName}/check-suites/${run.id + 1}`,
    artifacts_url: `${url}/artifacts`,
    cancel_url: `${url}/cancel`,
    rerun_url: `${url}/rerun`,
    previous_attempt_url: null,
    workflow_url: `${r.api}/repos/${repo.fullName}/actions/workflows/${run.workflowId}`,
    head_commit: head
      ? {
          id: head.sha,
          tree_id: head.tree,
          message: head.message,
          timestamp: head.committer.date,
          author: { name: head.author.name, email: head.author.email },
          committer: { name: head.committer.name, email: head.committer.email },
        }
      : null,
    repository: r.repo(repo, "minimal-repository"),
    head_repository: r.repo(repo, "minimal-repository"),
  });
}

/** A `job` of a workflow run. */
export function renderJob(r: Renderer, repo: RepoRecord, run: WorkflowRunRecord, job: WorkflowJobRecord): Json {
  const unassigned = job.status === "queued" || job.status === "waiting";
  return {
    id: job.id,
    run_id: run.id,
    run_url: `${r.api}/repos/${repo.fullName}/actions/runs/${run.id}`,
    run_attempt: 1,
    node_id: Ids.nodeId("CheckRun", job.id),
    head_sha: run.headSha,
    url: `${r.api}/repos/${repo.fullName}/actions/jobs/${job.id}`,
    html_url: `${r.state.htmlUrl}/${repo.fullName}/actions/runs/${run.id}/job/${job.id}`,
    status: job.status,
    conclusion: job.conclusion,
    created_at: run.createdAt,
    started_at: job.startedAt ?? run.createdAt,
    completed_at: job.completedAt,
    name: job.name,
    steps: job.steps.map((s) => ({
      ...s,
      started_at: job.startedAt,
      completed_at: s.status === "completed" ? job.completedAt : null,
    })),
    check_run_url: `${r.api}/repos/${repo.fullName}/check-runs/${job.id}`,
    labels: ["ubuntu-latest"],
    runner_id: unassigned ? null : 1,
    runner_name: unassigned ? null : "GitHub Actions 1",
    runner_group_id: unassigned ? null : 1,
    runner_group_name: unassigned ? null : "GitHub Actions",
    workflow_name: run.name,
    head_branch: run.headBranch,
  };
}

/** A `workflow`. */
export function renderWorkflow(r: Renderer, repo: RepoRecord, id: number, path: string, name: string): Json {
  return {
    id,
    node_id: Ids.nodeId("Workflow", id),
    name,
    path,
    state: "active",
    created_at: repo.createdAt,
    updated_at: repo.createdAt,
    url: `${r.api}/repos/${repo.fullName}/actions/workflows/${id}`,
    html_url: `${r.state.htmlUrl}/${repo.fullName}/blob/${repo.defaultBranch}/${path}`,
    badge_url: `${r.state.htmlUrl}/${repo.fullName}/workflows/${encodeURIComponent(name)}/badge.svg`,
  };
}
