import type { Effect } from "../core/effect.ts";
import type { FerryEvent } from "../core/ferry-event.ts";
import { FLEET_STAGE } from "../core/fleet-tick.ts";
import { DEFAULT_RUNS_ON } from "../manifest/manifest.ts";
import type { Clock } from "../ports/clock.ts";
import type { DeploymentSpec } from "../ports/deployment-catalog.ts";
import type { Logger } from "../ports/logger.ts";
import type { StageRequest, StageRunner } from "../ports/stage-runner.ts";
import type { DeploymentEvent } from "./deployment-event.ts";

/**
 * Executes the effects of a committed batch. A stage that could not be dispatched answers with a
 * follow-up `stage.failed`, which the engine submits as the next batch; a dispatched one answers
 * nothing, so a stage costs one state commit for its start (the move that entered it) and one for
 * its result: the runner's id and link ride with the result, not with a commit of their own. Timers need no action: they live in the state
 * file and `fireDueTimers` finds them there, which is what survives a restart. Where a stage's
 * job runs (environment, `runs-on`) comes from the deployment's spec.
 */
export async function executeEffects(
  effects: readonly { readonly deployment: string; readonly effect: Effect }[],
  specs: ReadonlyMap<string, DeploymentSpec | undefined>,
  runner: StageRunner,
  log: Logger,
  clock: Clock,
): Promise<DeploymentEvent[]> {
  const followUps: DeploymentEvent[] = [];
  for (const { deployment, effect } of effects) {
    if (effect.type === "runStage") {
      // The fleet runs a fleet deployment's rollout stage: its service ticks it from the state file (docs/fleet.md).
      if (effect.stage === FLEET_STAGE && specs.get(deployment)?.fleet !== undefined) continue;
      const report = { runId: effect.runId, attempt: effect.attempt, stage: effect.stage };
      const id = `dispatch:${deployment}:${effect.runId}:${effect.attempt}:${effect.stage}`;
      let message: string;
      try {
        const started = await runner.start({
          deployment,
          ...effect,
          ...jobOf(specs.get(deployment), deployment, effect.stage),
        });
        // Dispatched: nothing to record. The runner's id and link come with the stage's result, and
        // until then the run is found from what the dispatch gave it (its title on GitHub).
        if (started.ok) continue;
        message = started.message;
      } catch (error) {
        log.error({ err: error, deployment, stage: effect.stage }, "stage dispatch threw");
        message = (error as Error).message;
      }
      const event: FerryEvent = {
        type: "stage.failed",
        id,
        at: clock.now(),
        actor: "ferry",
        cause: "runner",
        stage: { ...report, message: `could not start stage ${effect.stage}: ${message}` },
      };
      followUps.push({ deployment, event });
    } else if (effect.type === "cancelStage") {
      if (effect.stage === FLEET_STAGE && specs.get(deployment)?.fleet !== undefined) continue;
      try {
        await runner.cancel({
          deployment,
          stage: effect.stage,
          runId: effect.runId,
          attempt: effect.attempt,
          ...(effect.externalId ? { externalId: effect.externalId } : {}),
        });
      } catch (error) {
        // The stage's late result is stale by run/attempt and will be refused; cancelling is best effort.
        log.warn({ err: error, deployment, stage: effect.stage }, "could not cancel stage");
      }
    }
  }
  return followUps;
}

/**
 * A stage's job settings. A batch only transitions deployments that have a spec, so the
 * fallback (the manifest defaults) is there for the type checker, not for a real case.
 */
function jobOf(
  spec: DeploymentSpec | undefined,
  deployment: string,
  stage: string,
): Pick<StageRequest, "environment" | "runsOn"> {
  if (!spec) return { environment: deployment, runsOn: DEFAULT_RUNS_ON };
  // Own keys only: a lifecycle may name a stage `constructor`.
  const own = Object.hasOwn(spec.runsOn.stages, stage) ? spec.runsOn.stages[stage] : undefined;
  return { environment: spec.environment, runsOn: own ?? spec.runsOn.default };
}
