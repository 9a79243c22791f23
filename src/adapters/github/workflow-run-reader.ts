import type { DeploymentEvent } from "../../engine/deployment-event.ts";
import type { GitHubClient, RepoRef } from "./github-client.ts";
import { stageRunName, trustedStageName, type Dispatcher, type NamedStage } from "./stage-run-name.ts";
import { workflowRunFactsOf } from "./workflow-facts.ts";
import { stageEventsFromWorkflow, type LocatedStage } from "./workflow-stage-events.ts";

/** A stage whose workflow run ferry dispatched and whose result has not arrived. */
export interface OverdueStage extends LocatedStage {
  /**
   * The workflow run id, when the state recorded it (a wait for reviewers, or a build that recorded
   * dispatches); otherwise the run is found by the title its `run-name` gives it.
   */
  readonly workflowRunId?: number;
}

/**
 * What GitHub says about an overdue stage's workflow run, as the stage event its lost
 * `workflow_run.completed` webhook would have given. The run is the one the state recorded, else
 * the newest one ferry's dispatcher started whose title names the stage attempt. The answer is read
 * as a webhook payload and goes through {@link stageEventsFromWorkflow}, so the event id is the
 * webhook's own (`gh-run:<id>:<attempt>:<outcome>`): a webhook that arrives after all is a
 * duplicate, and so is this when the webhook came first. A run not yet completed gives nothing (a
 * start records nothing, see workflow-stage-events.ts); its webhook or the deadline will tell.
 */
export async function readOverdueStage(
  client: GitHubClient,
  ref: RepoRef,
  stage: OverdueStage,
  runs: { readonly workflow: string; readonly dispatcher: Dispatcher | undefined },
): Promise<DeploymentEvent[]> {
  const run =
    stage.workflowRunId === undefined
      ? await runTitled(client, ref, stage, runs)
      : await readRun(client, ref, stage.workflowRunId);
  if (!run) return [];
  const delivery = `reconcile:run:${run.id}`;
  const sender = { login: run.triggering_actor?.login ?? run.actor?.login ?? "github-actions" };
  const locate = (id: string) => (id === String(run.id) ? stage : undefined);
  if (run.status !== "completed") return [];
  // GitHub's answer is untrusted like a webhook's: checked the same way, as the webhook it stands for.
  const facts = workflowRunFactsOf({ action: "completed", workflow_run: run, sender }, delivery);
  return stageEventsFromWorkflow(facts, locate, runs.dispatcher);
}

type WorkflowRun = Awaited<ReturnType<typeof readRun>>;

function readRun(client: GitHubClient, ref: RepoRef, runId: number) {
  return client
    .request<"GET /repos/{owner}/{repo}/actions/runs/{run_id}">("GET /repos/{owner}/{repo}/actions/runs/{run_id}", {
      ...ref,
      run_id: runId,
    })
    .then((a) => a.data);
}

/**
 * The runs of the stage workflow whose title names this stage attempt, newest first. A stage
 * records no run id while it runs, so this is how a running one is found (to cancel it, or when
 * it is overdue). Only the latest 100 dispatches are looked at: a stage's run is among them
 * unless it waited for hours.
 */
export async function stageRunsTitled(
  client: GitHubClient,
  ref: RepoRef,
  workflow: string,
  stage: NamedStage,
): Promise<WorkflowRun[]> {
  const title = stageRunName(stage);
  const answer = await client.request<"GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs">(
    "GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs",
    {
      ...ref,
      workflow_id: workflow,
      event: "workflow_dispatch",
      per_page: 100,
    },
  );
  return answer.data.workflow_runs.filter((run) => run.display_title === title);
}

/**
 * The newest run titled for this stage attempt that ferry's dispatcher started (a title is only
 * text: anyone who may dispatch the workflow can write it).
 */
async function runTitled(
  client: GitHubClient,
  ref: RepoRef,
  stage: OverdueStage,
  runs: { readonly workflow: string; readonly dispatcher: Dispatcher | undefined },
): Promise<WorkflowRun | undefined> {
  return (await stageRunsTitled(client, ref, runs.workflow, stage)).find(
    (run) =>
      trustedStageName(run.display_title, run.triggering_actor?.login ?? run.actor?.login, runs.dispatcher) !==
      undefined,
  );
}
