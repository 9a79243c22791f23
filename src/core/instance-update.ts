/**
 * Where an instance stands in the fleet's rollout: the reference's update machine (not needed,
 * needing update, in progress, completed, failed). It is not stored: it is a function of the
 * instance's record and the rollout, so every replica, and every restart, computes the same.
 */
import {
  compareInstanceIds,
  type DegradedPolicy,
  type FleetInstance,
  type FleetRollout,
  type FleetState,
} from "./fleet-state.ts";

export const INSTANCE_UPDATE_STATES = ["not-needed", "needing-update", "in-progress", "completed", "failed"] as const;
export type InstanceUpdateState = (typeof INSTANCE_UPDATE_STATES)[number];

/** Whether the rollout has given this instance its version (see `Assignment`). */
export function isAssigned(id: string, rollout: FleetRollout): boolean {
  const { assigned } = rollout;
  if (assigned.kind === "none") return false;
  if (assigned.kind === "all") return true;
  return compareInstanceIds(id, assigned.id) <= 0;
}

/**
 * The instance's update state in the fleet's current rollout.
 *
 * An instance the rollout has not reached yet is `not-needed` when it already runs the version
 * (whatever its status) and `needing-update` otherwise, failed or not. Once assigned:
 * - FAILED is `failed`, at any version: the update did not take, or the new version fails.
 * - Below the version it is `in-progress` (DEGRADED too: that health belongs to the old version).
 * - At the version, HEALTHY is `completed`; UNKNOWN is `in-progress` (waiting for its health);
 *   DEGRADED is `in-progress` under the `block` policy (it keeps its place in the batch and the
 *   rollout cannot complete past it) and `failed` under `fail`.
 */
export function instanceUpdateState(
  instance: FleetInstance,
  fleet: FleetState,
  degraded: DegradedPolicy,
): InstanceUpdateState {
  const { rollout } = fleet;
  if (rollout === null) return "not-needed";
  return updateStateIn(instance, rollout, isAssigned(instance.id, rollout), degraded);
}

/** {@link instanceUpdateState} with the assignment given, so the batch planner can ask "what if it were assigned". */
export function updateStateIn(
  instance: FleetInstance,
  rollout: FleetRollout,
  assigned: boolean,
  degraded: DegradedPolicy,
): InstanceUpdateState {
  const atVersion = instance.currentVersion === rollout.version;
  if (!assigned) return atVersion ? "not-needed" : "needing-update";
  if (instance.status === "FAILED") return "failed";
  if (!atVersion) return "in-progress";
  if (instance.status === "HEALTHY") return "completed";
  if (instance.status === "DEGRADED" && degraded === "fail") return "failed";
  return "in-progress";
}

/**
 * The version ferry wants the instance to run: the rollout's once it is assigned, otherwise the
 * one it runs (an instance waits for its batch where it is). Derived, never stored, so a lost
 * inventory loses no desired version.
 */
export function desiredVersionOf(instance: FleetInstance, fleet: FleetState): string | null {
  const { rollout } = fleet;
  if (rollout !== null && isAssigned(instance.id, rollout)) return rollout.version;
  return instance.currentVersion;
}

/**
 * Whether the heartbeat answer tells the instance to update: it should run another version and
 * it is not FAILED. A failed instance is not told to try again by every heartbeat; it retries
 * once reset (the reference's "Failed → InProgress: reset and retry"): by a rollback, or by a
 * new rollout reaching it.
 */
export function updateNeeded(instance: FleetInstance, fleet: FleetState): boolean {
  const desired = desiredVersionOf(instance, fleet);
  return desired !== null && desired !== instance.currentVersion && instance.status !== "FAILED";
}
