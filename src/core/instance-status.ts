/**
 * The health an instance reports about itself, as a small state machine. The reference (DIDES)
 * has UNKNOWN, HEALTHY and FAILED and documents a DEGRADED status it never built; ferry has all
 * four. DEGRADED means "running, but not well": not failed, and not good enough to count as
 * completed (see `instance-update.ts` for what a rollout makes of it).
 */
export const INSTANCE_STATUSES = ["UNKNOWN", "HEALTHY", "DEGRADED", "FAILED"] as const;
export type InstanceStatus = (typeof INSTANCE_STATUSES)[number];

/** What can move a status: the instance's own report, or ferry resetting it (rollback, new assignment). */
export type StatusInput = { readonly type: "report"; readonly status: InstanceStatus } | { readonly type: "reset" };

/**
 * The status after `input`.
 *
 * - A report of HEALTHY, DEGRADED or FAILED is taken from any status: the instance knows its
 *   health better than ferry does (the reference's "instance recovers" and "critical failure").
 * - A report of UNKNOWN changes nothing. In the reference only a reset leads into UNKNOWN, and
 *   that matters: a failed instance whose agent restarts must not wipe its failure off the
 *   rollout's count by saying it does not know.
 * - A reset turns FAILED into UNKNOWN (the reference's `ResetFailedInstances`) and leaves any
 *   other status alone; a degraded instance is not failed, so there is nothing to reset.
 */
export function nextInstanceStatus(current: InstanceStatus, input: StatusInput): InstanceStatus {
  if (input.type === "reset") return current === "FAILED" ? "UNKNOWN" : current;
  return input.status === "UNKNOWN" ? current : input.status;
}
