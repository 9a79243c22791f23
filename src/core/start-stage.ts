import { defined } from "./defined.ts";
import { addSeconds, parseDuration } from "./duration.ts";
import { addTimer, pushStage, type Draft } from "./draft.ts";
import type { StateDef } from "./lifecycle.ts";
import { handlersFor, select } from "./route-event.ts";
import { startRun } from "./runs.ts";
import { takeStarting } from "./take-transition.ts";
import { DEFAULT_STAGE_TIMEOUT_SECONDS } from "./transition-context.ts";

/** The stage name to run: `<type>.<stage>` first for type-dispatched states, when the manifest has it. */
export function resolveStage(draft: Draft, def: StateDef): string {
  const stage = defined(def.stage, "the stage of a stage state");
  const type = draft.context.type;
  if (
    def.dispatch === "type" &&
    type &&
    (draft.context.stages === undefined || `${type}.${stage}` in draft.context.stages)
  )
    return `${type}.${stage}`;
  return stage;
}

/** Dispatches the state's stage, or resolves it at once when the manifest leaves it out. */
export function startStage(draft: Draft, region: string, state: string, def: StateDef): void {
  const stage = resolveStage(draft, def);
  const inManifest = draft.context.stages === undefined || stage in draft.context.stages;
  if (!draft.run) startRun(draft, "run");
  const run = defined(draft.run, "the run a stage belongs to");
  if (!inManifest) {
    const status = def.optional ? "skipped" : "failed";
    const message = def.optional ? "not in the manifest; skipped" : `stage ${stage} is not defined in the manifest`;
    pushStage(draft, {
      region,
      state,
      stage,
      runId: run.id,
      attempt: run.attempt,
      status,
      startedAt: draft.event.at,
      finishedAt: draft.event.at,
      message,
    });
    const key = def.optional ? "stage.succeeded" : "stage.failed";
    // The missing stage is the failed step, as for a stage that ran and failed (not the state after it).
    if (!def.optional) draft.error = { step: stage, message, at: draft.event.at, state, runId: run.id };
    const handlers = handlersFor(draft, region, key, def);
    const picked = handlers && select(draft, handlers);
    // The history says why the state passed without running anything.
    if (picked) takeStarting(draft, region, picked, def.optional ? "stage.skipped" : key);
    return;
  }
  if (draft.hold) {
    // A region is in one state at a time: its newest deferred stage replaces an older one, so the
    // list never outgrows the regions however often a held deployment moves.
    draft.hold = {
      ...draft.hold,
      deferred: [...draft.hold.deferred.filter((d) => d.region !== region), { region, state }],
    };
    return;
  }
  dispatchStage(draft, region, state, stage, def, draft.context.stages?.[stage]?.retries ?? 0);
}

/** Asks the runner for the stage and arms its deadline. */
export function dispatchStage(
  draft: Draft,
  region: string,
  state: string,
  stage: string,
  def: StateDef,
  retriesLeft: number,
): void {
  const run = defined(draft.run, "the run a stage belongs to");
  const settings = draft.context.stages?.[stage];
  const timeout =
    settings?.timeoutSeconds ??
    (def.timeout === undefined ? undefined : parseDuration(def.timeout)) ??
    draft.context.defaultStageTimeoutSeconds ??
    DEFAULT_STAGE_TIMEOUT_SECONDS;
  const deadline = addSeconds(draft.event.at, timeout);
  pushStage(draft, {
    region,
    state,
    stage,
    runId: run.id,
    attempt: run.attempt,
    status: "dispatching",
    startedAt: draft.event.at,
    deadline,
    retriesLeft,
  });
  draft.effects.push({
    type: "runStage",
    region,
    state,
    stage,
    version: run.version,
    runId: run.id,
    attempt: run.attempt,
    deadline,
  });
  addTimer(draft, { name: `stage-deadline:${region}`, due: deadline, region, runId: run.id });
}
