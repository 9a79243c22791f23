import type {
  DeploymentError,
  DeploymentState,
  GoodVersion,
  HistoryEntry,
  Hold,
  QueuedTrigger,
  RegionState,
  Run,
  StageResult,
  Timer,
} from "./deployment-state.ts";
import { GOOD_VERSIONS_LIMIT, HISTORY_LIMIT, PROCESSED_LIMIT, STAGE_RESULTS_LIMIT } from "./deployment-state.ts";
import { clip, NOTE_MAX_LENGTH } from "./bounded-event.ts";
import { coalesceQueue } from "./coalesce-queue.ts";
import type { CancelReason, Effect } from "./effect.ts";
import type { Counters, FerryEvent } from "./ferry-event.ts";
import type { GuardContext } from "./guard.ts";
import { BUSY_KINDS, type Lifecycle, type StateDef } from "./lifecycle.ts";
import type { Reason } from "./reason.ts";
import { guardThreshold, type TransitionContext } from "./transition-context.ts";
import type { RunEnd } from "./run-end.ts";
import { defined } from "./defined.ts";

/** A refusal raised deep inside one transition and returned by `transition()` as data. */
export class Refusal {
  constructor(
    readonly reason: Reason,
    readonly detail: string,
  ) {}
}

/**
 * The working copy one `transition()` call mutates. It never escapes the call: `transition()`
 * builds it from an immutable state and freezes the result back into a new state.
 */
export interface Draft {
  readonly lifecycle: Lifecycle;
  readonly context: TransitionContext;
  /** The state the call started from: what `stateOf` builds on. */
  readonly base: DeploymentState;
  /** The event being applied; a popped queue entry replaces it while it is applied. */
  event: FerryEvent;
  readonly regions: Record<string, RegionState>;
  run: Run | null;
  runSeq: number;
  good: GoodVersion[];
  rolledBack: DeploymentState["rolledBack"];
  queue: QueuedTrigger[];
  timers: Timer[];
  hold: Hold | null;
  error: DeploymentError | null;
  /** Shared with the input state until the first change (copy on write: most events change no stage). */
  stages: readonly StageResult[];
  counters: Counters;
  /** Entries this call adds; appended to the state's history at the end. */
  readonly added: HistoryEntry[];
  readonly effects: Effect[];
  /** Runs this call ended by starting a newer one, oldest first. */
  readonly ended: RunEnd[];
  /** Signals raised by entry actions, delivered to every region after the current event. */
  readonly raised: string[];
  enteredSteady: boolean;
  /** Guards against `always` chains that never settle at run time (load checks catch most). */
  steps: number;
}

export function draftOf(
  lifecycle: Lifecycle,
  state: DeploymentState,
  event: FerryEvent,
  context: TransitionContext,
): Draft {
  return {
    lifecycle,
    context,
    base: state,
    event,
    regions: { ...state.regions },
    run: state.run,
    runSeq: state.runSeq,
    good: [...state.good],
    rolledBack: state.rolledBack,
    // A state written before the queue was bounded may hold more: it is coalesced on the next event.
    queue: coalesceQueue(state.queue).queue,
    timers: [...state.timers],
    hold: state.hold,
    error: state.error,
    stages: state.stages,
    counters: state.counters,
    added: [],
    effects: [],
    ended: [],
    raised: [],
    enteredSteady: false,
    steps: 0,
  };
}

export function stateOf(draft: Draft, base: DeploymentState): DeploymentState {
  // Listed field by field rather than spread from `base`: this runs per event and a spread of the
  // whole record was the costliest line of transition() in the benchmark.
  return {
    schemaVersion: base.schemaVersion,
    deployment: base.deployment,
    lifecycle: base.lifecycle,
    regions: draft.regions,
    run: draft.run,
    runSeq: draft.runSeq,
    good: draft.good.slice(0, GOOD_VERSIONS_LIMIT),
    rolledBack: draft.rolledBack,
    queue: draft.queue,
    timers: draft.timers,
    hold: draft.hold,
    error: draft.error,
    stages: draft.stages.length > STAGE_RESULTS_LIMIT ? draft.stages.slice(-STAGE_RESULTS_LIMIT) : draft.stages,
    counters: draft.counters,
    history: bounded(base.history, draft.added, HISTORY_LIMIT),
    processed: bounded(base.processed, [draft.event.id], PROCESSED_LIMIT),
    updatedAt: draft.event.at,
    // Written by the fleet's own commits (docs/fleet.md); an event carries it along unchanged.
    ...(base.fleet === undefined ? {} : { fleet: base.fleet }),
  };
}

/** `list` with `added` appended, keeping the last `limit`; concat, not spread, as this runs per event. */
function bounded<T>(list: readonly T[], added: readonly T[], limit: number): T[] {
  const all = list.concat(added);
  return all.length > limit ? all.slice(all.length - limit) : all;
}

export function stateDefOf(draft: Draft, region: string, name: string): StateDef {
  const def = draft.lifecycle.regions[region]?.states[name];
  if (!def) throw new LifecycleStateError(draft.lifecycle.name, region, name);
  return def;
}

/** A state file naming a state its lifecycle lacks; the loader and state checks should stop this first. */
export class LifecycleStateError extends Error {
  override readonly name = "LifecycleStateError";
  constructor(lifecycle: string, region: string, state: string) {
    super(`lifecycle ${lifecycle} has no state ${JSON.stringify(state)} in region ${region}`);
  }
}

export function currentDef(draft: Draft, region: string): StateDef {
  return stateDefOf(draft, region, regionOf(draft, region).state);
}

/** Where `region` is now; every region the lifecycle declares has an entry. */
export function regionOf(draft: Draft, region: string): RegionState {
  return defined(draft.regions[region], `region ${region} of ${draft.lifecycle.name}`);
}

/** True while any region is in a state that holds the deployment. */
export function isBusy(draft: Draft): boolean {
  return Object.keys(draft.regions).some((region) => BUSY_KINDS.has(currentDef(draft, region).kind));
}

export function guardContextOf(draft: Draft): GuardContext {
  const regions: Record<string, string> = {};
  for (const [name, region] of Object.entries(draft.regions)) regions[name] = region.state;
  const version = draft.run?.version;
  return {
    quick: draft.context.quick ?? false,
    exists: draft.good.length > 0,
    hasPrevious: draft.good.some((g) => g.version !== version),
    allowDrop: draft.context.allowDrop ?? false,
    autoRollback: draft.context.autoRollback ?? true,
    errorStep: draft.error?.step ?? "",
    deploymentType: draft.context.type ?? "",
    cause: draft.event.cause,
    run: draft.run?.kind ?? "",
    attempt: draft.run?.attempt ?? 0,
    failed: draft.counters.failed,
    completed: draft.counters.completed,
    inProgress: draft.counters.inProgress,
    total: draft.counters.total,
    threshold: guardThreshold(draft.context, draft.counters.total),
    regions,
  };
}

/** The stage result the region's current stage state is waiting on, if any. */
export function activeStage(draft: Draft, region: string, anyRun = false): StageResult | undefined {
  const current = regionOf(draft, region).state;
  for (let i = draft.stages.length - 1; i >= 0; i--) {
    const result = defined(draft.stages[i], `stage result ${i}`);
    if (result.region !== region) continue;
    if (result.state !== current) return undefined;
    // `anyRun`: leaving a state after a new run started (supersede) must still find the old run's stage.
    if (!anyRun && (draft.run === null || result.runId !== draft.run.id)) return undefined;
    return result.status === "dispatching" || result.status === "running" ? result : undefined;
  }
  return undefined;
}

export function replaceStage(draft: Draft, old: StageResult, next: StageResult): void {
  const index = draft.stages.lastIndexOf(old);
  if (index < 0) return;
  const stages = draft.stages.slice();
  stages[index] = next;
  draft.stages = stages;
}

export function pushStage(draft: Draft, result: StageResult): void {
  draft.stages = draft.stages.concat(result);
}

export function removeTimer(draft: Draft, name: string): boolean {
  if (!draft.timers.some((t) => t.name === name)) return false;
  draft.timers = draft.timers.filter((t) => t.name !== name);
  draft.effects.push({ type: "cancelTimer", name });
  return true;
}

export function addTimer(draft: Draft, timer: Timer): void {
  draft.timers = [...draft.timers.filter((t) => t.name !== timer.name), timer];
  draft.effects.push({ type: "scheduleTimer", name: timer.name, due: timer.due });
}

export function record(draft: Draft, entry: Omit<HistoryEntry, "at" | "eventId" | "actor">): void {
  const { event } = draft;
  const note =
    entry.note === undefined || entry.note.length <= NOTE_MAX_LENGTH ? {} : { note: clip(entry.note, NOTE_MAX_LENGTH) };
  draft.added.push({ at: event.at, eventId: event.id, actor: event.actor, ...entry, ...note });
}

/** Asks the runner to cancel the job of a stage attempt. */
export function cancelJob(draft: Draft, active: StageResult, reason: CancelReason): void {
  draft.effects.push({
    type: "cancelStage",
    stage: active.stage,
    runId: active.runId,
    attempt: active.attempt,
    ...(active.externalId ? { externalId: active.externalId } : {}),
    reason,
  });
}
