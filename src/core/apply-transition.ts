import { addSeconds, parseDuration } from "./duration.ts";
import {
  activeStage,
  addTimer,
  currentDef,
  guardContextOf,
  pushStage,
  record,
  regionOf,
  Refusal,
  removeTimer,
  replaceStage,
  stateDefOf,
  type Draft,
} from "./draft.ts";
import { evaluateGuard } from "./guard.ts";
import { PREVIOUS_TARGET, RESTING_KINDS, type RunStart, type StateDef, type TransitionDef } from "./lifecycle.ts";
import { DEFAULT_STAGE_TIMEOUT_SECONDS } from "./transition-context.ts";
import { failureOf, startRun } from "./runs.ts";
import { defined } from "./defined.ts";

/** Deep enough for the longest auto-state chain of any built-in lifecycle (stack-migration's); deeper means a loop. */
const MAX_STEPS = 64;

/** The handlers a region has for an event key: its state's own, else the lifecycle-wide ones. */
export function handlersFor(draft: Draft, region: string, key: string, def: StateDef = currentDef(draft, region)): readonly TransitionDef[] | undefined {
  return def.on?.[key] ?? draft.lifecycle.on?.[key];
}

/** The first handler whose guard holds, or undefined when every guard fails. */
export function select(draft: Draft, handlers: readonly TransitionDef[]): TransitionDef | undefined {
  // Most handlers have no guard; build the guard context only when one needs it.
  let context: ReturnType<typeof guardContextOf> | undefined;
  return handlers.find((h) => h.guard === undefined || evaluateGuard(h.guard, (context ??= guardContextOf(draft))));
}

/**
 * Delivers the event to every region (or only `only`), refusing it when no region may take it.
 * `fallback` supplies handlers for regions whose state has none (used by supersede).
 */
export function dispatch(draft: Draft, key: string, only?: string, fallback?: (region: string) => readonly TransitionDef[] | undefined): void {
  const regions = only === undefined ? Object.keys(draft.regions) : [only];
  const chosen: [string, TransitionDef][] = [];
  let handled = false;
  for (const region of regions) {
    const handlers = handlersFor(draft, region, key) ?? fallback?.(region);
    if (!handlers) continue;
    handled = true;
    const picked = select(draft, handlers);
    if (picked) chosen.push([region, picked]);
  }
  if (!handled) throw new Refusal("not-allowed-in-state", `${key} is not allowed in ${describeStates(draft)}`);
  if (chosen.length === 0) throw new Refusal("guard-failed", `no guard for ${key} holds in ${describeStates(draft)}`);
  startRunOnce(draft, key, chosen);
  for (const [region, def] of chosen) take(draft, region, def, key);
  deliverRaised(draft);
}

function startRunOnce(draft: Draft, key: string, chosen: readonly [string, TransitionDef][]): void {
  const start = chosen.map(([, def]) => def.start).find((s) => s !== undefined) ?? defaultStart(key);
  if (start) startRun(draft, start);
}

function defaultStart(key: string): RunStart | undefined {
  if (key === "deploy") return "run";
  if (key === "rollback") return "rollback";
  if (key === "retry") return "retry";
  return undefined;
}

export function describeStates(draft: Draft): string {
  const entries = Object.entries(draft.regions);
  const [only] = entries;
  if (only && entries.length === 1) return only[1].state;
  return entries.map(([name, r]) => `${name}=${r.state}`).join(", ");
}

/** Signals raised by entry actions reach every region that handles them; nobody handling one is fine. */
function deliverRaised(draft: Draft): void {
  for (let signal = draft.raised.shift(); signal !== undefined; signal = draft.raised.shift()) {
    for (const region of Object.keys(draft.regions)) {
      const handlers = handlersFor(draft, region, signal);
      const picked = handlers && select(draft, handlers);
      if (picked) takeStarting(draft, region, picked, signal);
    }
  }
}

/** A transition taken on its own (a signal, an `always`, a skipped stage): its `start`, if any, applies first. */
function takeStarting(draft: Draft, region: string, def: TransitionDef, key: string): void {
  if (def.start) startRun(draft, def.start);
  take(draft, region, def, key);
}

/** Takes one transition in one region: exit, run bookkeeping, entry, then `always` chains. */
export function take(draft: Draft, region: string, def: TransitionDef, key: string): void {
  if (++draft.steps > MAX_STEPS) throw new Refusal("always-loop", `more than ${MAX_STEPS} transitions for one event; the lifecycle loops`);
  if (def.error && !draft.error) draft.error = failureOf(draft, region);
  if (def.target === undefined) return;
  const current = regionOf(draft, region);
  const target = def.target === PREVIOUS_TARGET ? current.resting : def.target;
  leave(draft, region);
  enter(draft, region, target, key, current.state);
}

function leave(draft: Draft, region: string): void {
  // A retry waiting out its backoff has nothing running: its timer is all there is to drop.
  removeTimer(draft, `stage-retry:${region}`);
  // The run may already be the new one (supersede starts it before leaving), so match any run's stage.
  const active = activeStage(draft, region, true);
  if (!active) return;
  removeTimer(draft, `stage-deadline:${region}`);
  replaceStage(draft, active, { ...active, status: "cancelled", finishedAt: draft.event.at });
  draft.effects.push({
    type: "cancelStage",
    stage: active.stage,
    runId: active.runId,
    attempt: active.attempt,
    ...(active.externalId === undefined ? {} : { externalId: active.externalId }),
    reason: draft.event.type === "deploy" ? "superseded" : "left-state",
  });
}

/** Enters a state: records it, runs entry actions, dispatches its stage, follows `always`. */
export function enter(draft: Draft, region: string, target: string, key: string, from: string): void {
  const def = stateDefOf(draft, region, target);
  const resting = RESTING_KINDS.has(def.kind) ? target : regionOf(draft, region).resting;
  draft.regions[region] = { state: target, since: draft.event.at, resting };
  record(draft, { region, from, to: target, event: key, ...(draft.run ? { runId: draft.run.id } : {}) });
  if (def.kind === "failed" && !draft.error) draft.error = failureOf(draft, region, from);
  // Nothing happens after a final state: timers left armed (a preview's drop-after) would only fire into it.
  if (def.kind === "final") for (const timer of [...draft.timers]) removeTimer(draft, timer.name);
  if (def.kind === "steady") {
    draft.enteredSteady = true;
    // A failed stage returning to a steady state (preview's failed book, `$previous`) makes no version good.
    if ((def.report ?? "success") === "success" && key !== "stage.failed" && key !== "stage.timed-out") recordGood(draft);
  }
  for (const action of def.entry ?? []) {
    if ("schedule" in action) {
      const seconds = draft.context.timers?.[action.schedule] ?? (action.after === undefined ? undefined : parseDuration(action.after));
      if (seconds !== undefined) addTimer(draft, { name: action.schedule, due: addSeconds(draft.event.at, seconds), region });
    } else if ("cancel" in action) {
      removeTimer(draft, action.cancel);
    } else {
      draft.raised.push(action.raise);
    }
  }
  if (def.kind === "stage") startStage(draft, region, target, def);
  else followAlways(draft, region, def);
}

function followAlways(draft: Draft, region: string, def: StateDef): void {
  if (!def.always) return;
  const picked = select(draft, def.always);
  if (picked) takeStarting(draft, region, picked, "always");
}

function recordGood(draft: Draft): void {
  const run = draft.run;
  if (!run || draft.good[0]?.version === run.version) return;
  draft.good = [{ version: run.version, runId: run.id, at: draft.event.at }, ...draft.good.filter((g) => g.version !== run.version)];
}

/** The stage name to run: `<type>.<stage>` first for type-dispatched states, when the manifest has it. */
export function resolveStage(draft: Draft, def: StateDef): string {
  const stage = defined(def.stage, "the stage of a stage state");
  const type = draft.context.type;
  if (def.dispatch === "type" && type && (draft.context.stages === undefined || `${type}.${stage}` in draft.context.stages)) return `${type}.${stage}`;
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
    pushStage(draft, { region, state, stage, runId: run.id, attempt: run.attempt, status, startedAt: draft.event.at, finishedAt: draft.event.at, message });
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
    draft.hold = { ...draft.hold, deferred: [...draft.hold.deferred.filter((d) => d.region !== region), { region, state }] };
    return;
  }
  dispatchStage(draft, region, state, stage, def, draft.context.stages?.[stage]?.retries ?? 0);
}

/** Asks the runner for the stage and arms its deadline. */
export function dispatchStage(draft: Draft, region: string, state: string, stage: string, def: StateDef, retriesLeft: number): void {
  const run = defined(draft.run, "the run a stage belongs to");
  const settings = draft.context.stages?.[stage];
  const timeout =
    settings?.timeoutSeconds ??
    (def.timeout === undefined ? undefined : parseDuration(def.timeout)) ??
    draft.context.defaultStageTimeoutSeconds ??
    DEFAULT_STAGE_TIMEOUT_SECONDS;
  const deadline = addSeconds(draft.event.at, timeout);
  pushStage(draft, { region, state, stage, runId: run.id, attempt: run.attempt, status: "dispatching", startedAt: draft.event.at, deadline, retriesLeft });
  draft.effects.push({ type: "runStage", region, state, stage, version: run.version, runId: run.id, attempt: run.attempt, deadline });
  addTimer(draft, { name: `stage-deadline:${region}`, due: deadline, region, runId: run.id });
}
