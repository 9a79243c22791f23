/**
 * The lifecycle model: a state machine as data. Lifecycle YAML files (built-in ones in
 * `lifecycles/`, a repository's own in `.ferry/lifecycles/`) have exactly this shape once
 * parsed and validated by `src/manifest`; a single-region file is normalised into one region
 * called {@link MAIN_REGION}.
 */

/** How a state behaves. `busy` kinds hold the deployment; resting kinds let triggers in. */
export const STATE_KINDS = ["transient", "stage", "wait", "steady", "final", "failed"] as const;
export type StateKind = (typeof STATE_KINDS)[number];

/** What a trigger that arrives while the deployment is busy does. */
export const CONCURRENCY_POLICIES = ["queue", "reject", "supersede"] as const;
export type ConcurrencyPolicy = (typeof CONCURRENCY_POLICIES)[number];

/** Check-run vocabulary a state is shown with; defaults follow the state's kind. */
export const REPORT_STATUSES = ["queued", "in_progress", "success", "failure", "neutral", "action_required"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** How taking a transition affects the deployment's run. */
export const RUN_STARTS = ["run", "rollback", "retry"] as const;
export type RunStart = (typeof RUN_STARTS)[number];

/** The region name a lifecycle without `regions` is normalised into. */
export const MAIN_REGION = "main";

/** A target that resolves to the last resting state of the region: "the state it was in before". */
export const PREVIOUS_TARGET = "$previous";

export interface TransitionDef {
  /** Target state; absent means an internal transition: no exit, no entry. */
  readonly target?: string;
  /** CEL expression over the guard context; absent means always taken. */
  readonly guard?: string;
  /** Start a new run, a rollback run, or a new attempt of the current run. */
  readonly start?: RunStart;
  /** Record the event's failure as the deployment's error even if the target is not a failed state. */
  readonly error?: boolean;
  readonly description?: string;
}

export type EntryAction =
  { readonly schedule: string; readonly after?: string } | { readonly cancel: string } | { readonly raise: string };

export interface StateDef {
  readonly kind: StateKind;
  readonly description?: string;
  /** For stage states: the manifest stage this state runs. */
  readonly stage?: string;
  /** A stage the manifest may leave out; then the state succeeds at once, recorded as skipped. */
  readonly optional?: boolean;
  /** Resolve the stage per deployment type first (`<type>.<stage>`), as preview's type-dispatched books do. */
  readonly dispatch?: "type";
  /** Stage deadline default for this state (e.g. `30m`); the manifest may override it per stage. */
  readonly timeout?: string;
  readonly report?: ReportStatus;
  /** Overrides the lifecycle's policy for triggers that arrive while the deployment is in this state. */
  readonly concurrency?: ConcurrencyPolicy;
  readonly entry?: readonly EntryAction[];
  readonly on?: Readonly<Record<string, readonly TransitionDef[]>>;
  readonly always?: readonly TransitionDef[];
}

export interface RegionDef {
  readonly initial: string;
  readonly states: Readonly<Record<string, StateDef>>;
}

/**
 * An event of the lifecycle's own (`events:` in the file), such as a canary's `promote`: people
 * send it by name (label `ferry:<name>`, a check-run button, `ferry send`). The name never equals
 * a built-in event and fits a check-run button's identifier (20 characters).
 */
export interface EventDef {
  readonly name: string;
  readonly description?: string;
}

export interface Lifecycle {
  readonly name: string;
  readonly description: string;
  readonly concurrency: ConcurrencyPolicy;
  /** Events of the lifecycle's own, in declaration order (which orders their check-run buttons). */
  readonly events?: readonly EventDef[];
  /** Handlers that apply in every state of every region that has none of its own for the event. */
  readonly on?: Readonly<Record<string, readonly TransitionDef[]>>;
  /** Regions in declaration order; events reach them in this order. */
  readonly regions: Readonly<Record<string, RegionDef>>;
}

/** Kinds that hold the deployment: a trigger arriving then meets the concurrency policy. */
export const BUSY_KINDS: ReadonlySet<StateKind> = new Set(["transient", "stage", "wait"]);

/** Kinds a region may rest in between runs; `$previous` resolves to the last of these. */
export const RESTING_KINDS: ReadonlySet<StateKind> = new Set(["steady", "failed", "final"]);

/** Whether the lifecycle declares an event of its own by this name. */
export function declaresEvent(lifecycle: Lifecycle, name: string): boolean {
  return lifecycle.events?.some((e) => e.name === name) ?? false;
}

/** The check-run status a state is shown with. */
export function reportStatusOf(state: StateDef): ReportStatus {
  if (state.report) return state.report;
  switch (state.kind) {
    case "steady":
    case "final":
      return "success";
    case "failed":
      return "failure";
    default:
      return "in_progress";
  }
}
