/** Why `transition()` refused an event. Expected outcomes, so returned as data, never thrown. */
export const REASONS = [
  "not-allowed-in-state",
  "duplicate-event",
  "stale-attempt",
  "stale-stage",
  "stale-timer",
  "rejected-busy",
  "guard-failed",
  "no-previous-version",
  "not-a-good-version",
  "version-rolled-back",
  "already-held",
  "not-held",
  "already-queued",
  "lifecycle-mismatch",
  "always-loop",
  "input-too-long",
  "input-empty",
  "unknown-event",
  "not-promoted",
  "approval-settled",
] as const;
export type Reason = (typeof REASONS)[number];
