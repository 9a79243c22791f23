/**
 * Effects are what `transition()` asks the world to do, as data. The engine executes them
 * through ports; the core never does I/O.
 */
export type Effect =
  | {
      readonly type: "runStage";
      readonly region: string;
      readonly state: string;
      readonly stage: string;
      readonly version: string;
      readonly runId: number;
      readonly attempt: number;
      readonly deadline: string;
    }
  | {
      readonly type: "cancelStage";
      readonly stage: string;
      readonly runId: number;
      readonly attempt: number;
      readonly externalId?: string;
      readonly reason: CancelReason;
    }
  | { readonly type: "scheduleTimer"; readonly name: string; readonly due: string }
  | { readonly type: "cancelTimer"; readonly name: string }
  /** Project the state onto every reporting surface; idempotent, so safe to repeat. */
  | { readonly type: "report" }
  /** Post a comment where the event came from (a PR), e.g. after a label. */
  | { readonly type: "comment"; readonly body: string }
  | { readonly type: "removeLabel"; readonly label: string };

export const CANCEL_REASONS = ["superseded", "left-state", "timed-out", "stopped"] as const;
export type CancelReason = (typeof CANCEL_REASONS)[number];
