import {
  locateStage,
  stageEventsFromWorkflow,
  type LocatedStage,
} from "../../adapters/github/workflow-stage-events.ts";
import type { DeploymentState } from "../../core/deployment-state.ts";
import { objectAt, stringAt } from "../payload.ts";
import type { HandlerContext } from "./handler-context.ts";

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
