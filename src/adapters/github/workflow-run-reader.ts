import type { DeploymentEvent } from "../../engine/deployment-event.ts";
import type { GitHubClient, RepoRef } from "./github-client.ts";
import { stageEventsFromWorkflow, type LocatedStage } from "./workflow-stage-events.ts";

/** A stage whose workflow run ferry dispatched and whose result has not arrived. */
export interface OverdueStage extends LocatedStage {
  /** The workflow run id the dispatch answered with. */
  readonly workflowRunId: number;
  /** Whether the state already knows the job started (`running`), or only that it was dispatched. */
  readonly started: boolean;
}

/**
 * What GitHub says about an overdue stage's workflow run, as the stage events its webhooks would
 * have given: the job's start (from the run's jobs, with the job's page as the link) when the
 * state has not recorded it, and the run's result once it completed. The answers are read as
 * webhook payloads and go through {@link stageEventsFromWorkflow}, so the event ids are the ones
 * the webhooks carry (`gh-run:<id>:<attempt>:<outcome>`, `gh-job:<id>:<attempt>:started`): a
 * webhook that arrives after all is a duplicate, and so is this when the webhook came first.
 * A run still queued or held for reviewers gives nothing; its webhooks or the deadline will tell.
 */
export async function readOverdueStage(
  client: GitHubClient,
  ref: RepoRef,
  stage: OverdueStage,
): Promise<DeploymentEvent[]> {
  const answer = await client.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
    ...ref,
    run_id: stage.workflowRunId,
  });
  const run = answer.data;
  const delivery = `reconcile:run:${stage.workflowRunId}`;
  const sender = { login: run.triggering_actor?.login ?? run.actor?.login ?? "github-actions" };
  const locate = (id: string) => (id === String(stage.workflowRunId) ? stage : undefined);
  const events: DeploymentEvent[] = [];
  if (!stage.started && (run.status === "in_progress" || run.status === "completed")) {
    const jobs = await client.request("GET /repos/{owner}/{repo}/actions/runs/{run_id}/jobs", {
      ...ref,
      run_id: stage.workflowRunId,
      per_page: 1,
    });
    const job = jobs.data.jobs[0];
    const started = job?.started_at
      ? stageEventsFromWorkflow("workflow_job", { action: "in_progress", workflow_job: job, sender }, delivery, locate)
      : stageEventsFromWorkflow("workflow_run", { action: "in_progress", workflow_run: run, sender }, delivery, locate);
    events.push(...started);
  }
  if (run.status === "completed")
    events.push(
      ...stageEventsFromWorkflow("workflow_run", { action: "completed", workflow_run: run, sender }, delivery, locate),
    );
  return events;
}
