import { approvalEvent } from "../../adapters/github/deployment-review-facts.ts";
import { trustedStageName } from "../../adapters/github/stage-run-name.ts";
import {
  locateStage,
  stageEventsFromWorkflow,
  waitingRunOf,
  type LocatedStage,
  type WaitingRun,
} from "../../adapters/github/workflow-stage-events.ts";
import type { WorkflowFacts } from "../../adapters/github/workflow-facts.ts";
import type { DeploymentState } from "../../core/deployment-state.ts";
import type { HandlerContext } from "./handler-context.ts";
import { stageOfRun } from "./stage-of-run.ts";

/**
 * `workflow_run` and `workflow_job`: results of stage runs go to the runner adapter, which maps
 * them to stage events. A completed run of ferry's workflow names its stage in its title, so its
 * result needs no state read at all; a run the title does not place (one an older build
 * dispatched) is looked up by its run id in this replica's memory and then on GitHub. A start only
 * matters for a stage waiting for reviewers, whose record this replica's memory is asked for.
 * Runs of other workflows are ignored without reading anything.
 */
export async function handleWorkflow(ctx: HandlerContext, facts: WorkflowFacts): Promise<void> {
  const { worker } = ctx;
  if (facts.kind === "run" && facts.path !== undefined && !facts.path.endsWith(`/${ctx.workflow}`)) return;
  const waiting = waitingRunOf(facts);
  if (waiting) return handleWaiting(ctx, waiting, facts.kind === "run");
  const completed = facts.kind === "run" && facts.action === "completed";
  const dispatcher = completed ? await ctx.dispatcher() : undefined;
  const convert = (states: readonly DeploymentState[]) => {
    let missed = false;
    const events = stageEventsFromWorkflow(
      facts,
      (runId): LocatedStage | undefined => {
        const found = locateStage(states, runId);
        missed = found === undefined;
        return found;
      },
      dispatcher,
    );
    return { events, missed };
  };
  let result = convert([]);
  // The title placed it, or nothing to locate: an event that carries no result (requested, queued, a job's completion).
  if (!result.missed) {
    if (result.events.length > 0) await worker.submit(result.events);
    return;
  }
  result = convert(await worker.states());
  // Every job and start of every workflow in the repository arrives here, and only a held stage's
  // start matters: asking GitHub again is for results alone.
  if (result.missed && completed) result = convert(await worker.states({ fresh: true }));
  if (result.missed) {
    if (completed)
      ctx.log.info(
        { repo: worker.fullName, delivery: ctx.deliveryId, event: `workflow_${facts.kind}` },
        "workflow run is not one ferry dispatched (its title names no stage, or another account started it); ignored",
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
  const named = trustedStageName(waiting.title, waiting.startedBy, fresh ? await ctx.dispatcher() : undefined);
  const located = await stageOfRun(worker, waiting.workflowRunId, fresh, named);
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
