/**
 * Events are the only input of `transition()`. Each carries its own time, source,
 * idempotency key and actor, so the core never asks a clock or the network.
 */

/** Operator and trigger events: labels, buttons, CLI commands, merges and pushes. */
export const OPERATOR_EVENTS = ["deploy", "pause", "resume", "rollback", "stop", "retry", "drop", "remove"] as const;
export type OperatorEventType = (typeof OPERATOR_EVENTS)[number];

/** Events a runner reports about a stage it was asked to run. */
export const STAGE_EVENTS = [
  "stage.dispatched",
  "stage.started",
  "stage.progress",
  "stage.succeeded",
  "stage.failed",
  "stage.timed-out",
] as const;
export type StageEventType = (typeof STAGE_EVENTS)[number];

/**
 * Events about a stage's job held by a GitHub environment's required reviewers: it waits, then
 * a reviewer approves or rejects it. Lifecycles do not route them; the core settles them on the
 * stage itself (docs/architecture.md#approvals).
 */
export const APPROVAL_EVENTS = ["stage.waiting", "stage.approved", "stage.rejected"] as const;
export type ApprovalEventType = (typeof APPROVAL_EVENTS)[number];

/** What caused an event; `merge`, `push` and `promotion` (another deployment reached the state this one promotes from) are automatic triggers. */
export const CAUSES = [
  "create",
  "merge",
  "push",
  "label",
  "button",
  "cli",
  "timer",
  "runner",
  "rollback",
  "queue",
  "api",
  "promotion",
] as const;
export type Cause = (typeof CAUSES)[number];

/** Causes that fire without a person deciding; a rolled-back version is not redeployed by them. */
export const AUTOMATIC_CAUSES: ReadonlySet<Cause> = new Set(["merge", "push", "timer", "queue", "runner", "promotion"]);

export interface StageReport {
  readonly runId: number;
  readonly attempt: number;
  readonly stage: string;
  readonly message?: string;
  /** Link to the job that ran the stage (GitHub Actions job, local log file). */
  readonly url?: string;
  /** The runner's own id for the work, e.g. the workflow run id. */
  readonly externalId?: string;
  /** Rolling deployments report counters with progress. */
  readonly counters?: Readonly<Partial<Counters>>;
  /**
   * On `stage.failed`: the stage did not fail, its runner died under it (local mode after a
   * crash). The stage runs again at once as a new attempt, or fails for good when the manifest
   * says it must not be repeated (`onInterrupt: fail`).
   */
  readonly interrupted?: true;
}

/** A job waiting for required reviewers: in which environment, and who may approve. */
export interface ApprovalRequest {
  readonly environment: string;
  /** A user's login (`lead`) or a team as `org/slug`; empty when the source did not say. */
  readonly reviewers: readonly string[];
}

/** A reviewer's decision. The event's actor is the reviewer. */
export interface ApprovalReview {
  readonly environment: string;
  readonly comment?: string;
}

export interface Counters {
  readonly failed: number;
  readonly completed: number;
  readonly inProgress: number;
  readonly total: number;
}

interface EventBase {
  /** Idempotency key: the X-GitHub-Delivery id, workflow run id + attempt, timer name + due time. */
  readonly id: string;
  /** ISO-8601 time the event happened; the only clock the core sees. */
  readonly at: string;
  readonly actor: string;
  readonly cause: Cause;
}

export type FerryEvent =
  /** `pullRequest`: the number of the pull request whose merge (or preview) this deploys, when the trigger knows it. */
  | (EventBase & {
      readonly type: "deploy";
      readonly version: string;
      readonly ref?: string;
      readonly pullRequest?: number;
    })
  /** `to`: the earlier good version to roll back to (`ferry rollback --to`); the newest other one when absent. */
  | (EventBase & { readonly type: "rollback"; readonly to?: string })
  | (EventBase & { readonly type: Exclude<OperatorEventType, "deploy" | "rollback"> })
  | (EventBase & { readonly type: StageEventType; readonly stage: StageReport })
  | (EventBase & { readonly type: "stage.waiting"; readonly stage: StageReport; readonly approval: ApprovalRequest })
  | (EventBase & {
      readonly type: "stage.approved" | "stage.rejected";
      readonly stage: StageReport;
      readonly review: ApprovalReview;
    })
  | (EventBase & { readonly type: "timer"; readonly timer: { readonly name: string; readonly due: string } })
  | (EventBase & { readonly type: "signal"; readonly signal: string })
  /** An event the lifecycle declares itself (`events:`), such as a canary's `promote`; see {@link CustomEvent}. */
  | CustomEvent;

/**
 * An operator event the lifecycle declares in its `events:` list, sent by a `ferry:<name>` label,
 * a check-run button, `ferry send` or the Action. Its own type keeps it apart from the built-in
 * events: a custom `deploy` or `stage.succeeded` cannot exist, and the core refuses a name the
 * lifecycle does not declare.
 */
export type CustomEvent = EventBase & { readonly type: "custom"; readonly name: string };

export type FerryEventType = FerryEvent["type"];

/** The event name lifecycle `on` maps are keyed by: timers and signals get their own names. */
export function handlerKey(event: FerryEvent): string {
  if (event.type === "timer") return `timer.${event.timer.name}`;
  if (event.type === "signal") return event.signal;
  if (event.type === "custom") return event.name;
  return event.type;
}
