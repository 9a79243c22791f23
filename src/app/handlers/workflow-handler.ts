import { approvalEvent } from "../../adapters/github/deployment-review-facts.ts";
import {
  locateStage,
  stageEventsFromWorkflow,
  waitingRunOf,
  type LocatedStage,
  type WaitingRun,
} from "../../adapters/github/workflow-stage-events.ts";
import type { DeploymentState } from "../../core/deployment-state.ts";
import { objectAt, stringAt } from "../payload.ts";
import type { HandlerContext } from "./handler-context.ts";
import { stageOfRun } from "./stage-of-run.ts";

/**
 * `workflow_run` and `workflow_job`: results of stage runs go to the runner adapter, which maps
 * them to stage events by the workflow run id the dispatch returned. Runs of other workflows are
 * ignored without reading anything. The state is read from this replica's memory first and, for
 * runs of ferry's workflow, from GitHub when the run is not found there (another replica may have
 * dispatched it).
 */
export async function handleWorkflow(ctx: HandlerContext, eventName: "workflow_run" | "workflow_job"): Promise<void> {
  const { worker, payload } = ctx;
  if (eventName === "workflow_run") {
    const path = stringAt(objectAt(payload, "workflow_run"), "path") ?? "";
    if (path !== "" && !path.endsWith(`/${ctx.workflow}`)) return;
  }
  const waiting = waitingRunOf(eventName, payload, ctx.deliveryId);
  if (waiting) return handleWaiting(ctx, waiting, eventName === "workflow_run");
  const convert = (states: readonly DeploymentState[]) => {
    let asked = false;
    const events = stageEventsFromWorkflow(eventName, payload, ctx.deliveryId, (runId): LocatedStage | undefined => {
      asked = true;
      return locateStage(states, runId);
    });
    return { events, missed: asked && events.length === 0 };
  };
  let result = convert([]);
  // Nothing to locate: an event that carries no result (requested, queued, a job's completion).
  if (!result.missed) return;
  result = convert(await worker.states());
  // A job only says its stage started (the run's completion is the result), and every job of every
  // workflow in the repository arrives here: asking GitHub again for each would cost a request per CI job.
  if (result.missed && eventName === "workflow_run") result = convert(await worker.states({ fresh: true }));
  if (result.missed) {
    ctx.log.info(
      { repo: worker.fullName, delivery: ctx.deliveryId, event: eventName },
      "workflow run is not one ferry dispatched (or its dispatch is not recorded yet); ignored",
    );
    return;
  }
  await worker.submit(result.events);
}

/**
 * A run or job GitHub holds (`waiting`): the same signal as `deployment_review.requested`, for an
 * installation that has not accepted that event, or a delivery of it that was lost. The payload
 * does not name the environment, so the run's pending deployments are asked, once per wait.
 */
async function handleWaiting(ctx: HandlerContext, waiting: WaitingRun, fresh: boolean): Promise<void> {
  const { worker } = ctx;
  const located = await stageOfRun(worker, waiting.workflowRunId, fresh);
  // Not ferry's run, or its wait is already recorded (the review request came first): no request.
  if (!located || located.approval !== undefined) return;
  const request = await worker.pendingApproval(waiting.workflowRunId);
  if (!request) {
    ctx.log.info(
      { repo: worker.fullName, delivery: ctx.deliveryId, workflowRunId: waiting.workflowRunId },
      "workflow run waits, but not for a reviewer (a wait timer or concurrency); its start or end will tell",
    );
    return;
  }
  await worker.submit([approvalEvent(located, { kind: "requested", ...waiting, request })]);
}
