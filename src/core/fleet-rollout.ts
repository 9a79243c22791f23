/**
 * The deployment-level fleet machine: start a rollout, advance it, fail it at the threshold,
 * complete it, roll it back. Pure functions of the inventory, the fleet state and the policy; time
 * arrives as `at`. Each returns the new fleet state, the decision taken and the instance records
 * it changed (resets), for the caller to store. A decision other than `idle` or `waiting` changed
 * the fleet state: that is what belongs in a state commit.
 */
import { countFleet, planBatch, resolveAmount } from "./fleet-batches.ts";
import {
  COMPLETED_VERSIONS_LIMIT,
  compareInstanceIds,
  type FleetInstance,
  type FleetInventory,
  type FleetPolicy,
  type FleetRollout,
  type FleetState,
} from "./fleet-state.ts";
import { nextInstanceStatus } from "./instance-status.ts";

/** Why a rollback did not start. */
export const ROLLBACK_REFUSALS = [
  "auto-rollback-off",
  "rollback-failed",
  "no-rollout",
  "no-completed-version",
] as const;
export type RollbackRefusal = (typeof ROLLBACK_REFUSALS)[number];

export type RollbackOutcome =
  { readonly ok: true; readonly to: string } | { readonly ok: false; readonly reason: RollbackRefusal };

export type FleetDecision =
  /** No rollout is running: nothing to decide. */
  | { readonly kind: "idle" }
  /** Running, and nothing to do until instances report: the batch is still on its way, or nobody is left to assign. */
  | { readonly kind: "waiting"; readonly reason: "batch-in-progress" | "nothing-to-assign" }
  | { readonly kind: "batch-advanced"; readonly batch: number; readonly assigned: readonly string[] }
  | { readonly kind: "completed"; readonly version: string }
  | {
      readonly kind: "threshold-crossed";
      readonly version: string;
      readonly failed: number;
      readonly threshold: number;
      readonly rollback: RollbackOutcome;
    }
  /** An operator's rollback: started, or refused with why (the running rollout was still stopped). */
  | { readonly kind: "rolled-back"; readonly from: string; readonly to: string }
  | { readonly kind: "rollback-refused"; readonly reason: RollbackRefusal };

export interface FleetStep {
  readonly fleet: FleetState;
  readonly decision: FleetDecision;
  /** Instance records this step changed (FAILED reset to UNKNOWN), to write back to the inventory. */
  readonly changed: readonly FleetInstance[];
}

export type StartRollout =
  | ({ readonly ok: true } & FleetStep)
  | { readonly ok: false; readonly reason: "rollout-in-progress"; readonly running: string };

/**
 * Starts a rollout of `version` and assigns its first batch, or completes it at once when no
 * instance needs it. Refused while another rollout is running (the reference's
 * `ErrRolloutInProgress`): a rollout is stopped by a rollback, never silently replaced.
 * A completed or failed rollout may be followed by a new one.
 */
export function startRollout(
  inventory: FleetInventory,
  fleet: FleetState,
  policy: FleetPolicy,
  version: string,
  at: string,
): StartRollout {
  if (fleet.rollout?.phase === "running")
    return { ok: false, reason: "rollout-in-progress", running: fleet.rollout.version };
  const rollout: FleetRollout = {
    kind: "deploy",
    version,
    phase: "running",
    assigned: { kind: "none" },
    batches: 0,
    startedAt: at,
    endedAt: null,
    from: null,
  };
  return { ok: true, ...progressRollout(inventory, { ...fleet, rollout }, policy, at) };
}

/**
 * One round of the reference's `ProgressDeployment`, in its order: the failure threshold first,
 * then completion, then the batch. A batch is whole: the next one starts once no instance of the
 * current one is in progress (completed, failed below the threshold, or already at the version),
 * and it takes up to the batch size. Calling it again with the same inputs decides nothing new, so
 * a caller may call it after every heartbeat, or less often.
 */
export function progressRollout(
  inventory: FleetInventory,
  fleet: FleetState,
  policy: FleetPolicy,
  at: string,
): FleetStep {
  const { rollout } = fleet;
  if (rollout === null || rollout.phase !== "running") return { fleet, decision: { kind: "idle" }, changed: [] };
  const counts = countFleet(inventory, fleet, policy.degraded).byUpdate;
  const threshold = resolveAmount(policy.failureThreshold, inventory.size);
  if (counts.failed >= threshold) {
    const failed: FleetState = { ...fleet, rollout: { ...rollout, phase: "failed", endedAt: at } };
    const refused = !policy.autoRollback ? "auto-rollback-off" : rollout.kind === "rollback" ? "rollback-failed" : null;
    const step: RollbackStep = refused
      ? { fleet: failed, outcome: { ok: false, reason: refused }, changed: [] }
      : rollbackFrom(inventory, failed, rollout, at);
    const decision: FleetDecision = {
      kind: "threshold-crossed",
      version: rollout.version,
      failed: counts.failed,
      threshold,
      rollback: step.outcome,
    };
    return { fleet: step.fleet, decision, changed: step.changed };
  }
  if (counts["needing-update"] + counts["in-progress"] + counts.failed === 0) {
    const completed: FleetRollout = { ...rollout, phase: "completed", assigned: { kind: "all" }, endedAt: at };
    const versions = [rollout.version, ...fleet.completed.filter((v) => v !== rollout.version)];
    return {
      fleet: { rollout: completed, completed: versions.slice(0, COMPLETED_VERSIONS_LIMIT) },
      decision: { kind: "completed", version: rollout.version },
      changed: [],
    };
  }
  // Whole batches: the next starts when no instance of this one is still on its way (see docs/fleet.md).
  if (counts["in-progress"] > 0)
    return { fleet, decision: { kind: "waiting", reason: "batch-in-progress" }, changed: [] };
  const plan = planBatch(inventory, rollout, resolveAmount(policy.batchSize, inventory.size), policy.degraded);
  if (plan.through === undefined)
    return { fleet, decision: { kind: "waiting", reason: "nothing-to-assign" }, changed: [] };
  const batch = rollout.batches + 1;
  return {
    fleet: { ...fleet, rollout: { ...rollout, assigned: { kind: "through", id: plan.through }, batches: batch } },
    decision: { kind: "batch-advanced", batch, assigned: plan.assigned },
    changed: plan.reset,
  };
}

/**
 * An operator's rollback (the reference's `TriggerRollback`): a running rollout is stopped and
 * marked failed, FAILED instances are reset to UNKNOWN, and a rollback rollout to the newest
 * completed version other than the abandoned one starts. As in the reference, the stop and the
 * resets happen even when there is no version to go back to.
 */
export function rollbackRollout(inventory: FleetInventory, fleet: FleetState, at: string): FleetStep {
  const { rollout } = fleet;
  if (rollout === null) return { fleet, decision: { kind: "rollback-refused", reason: "no-rollout" }, changed: [] };
  const stopped: FleetState =
    rollout.phase === "running" ? { ...fleet, rollout: { ...rollout, phase: "failed", endedAt: at } } : fleet;
  const step = rollbackFrom(inventory, stopped, rollout, at);
  const decision: FleetDecision = step.outcome.ok
    ? { kind: "rolled-back", from: rollout.version, to: step.outcome.to }
    : { kind: "rollback-refused", reason: step.outcome.reason };
  return { fleet: step.fleet, decision, changed: step.changed };
}

interface RollbackStep {
  readonly fleet: FleetState;
  readonly outcome: RollbackOutcome;
  readonly changed: readonly FleetInstance[];
}

/**
 * Resets every FAILED instance to UNKNOWN (so the rollback does not inherit the failures that
 * caused it) and starts a rollback to the newest completed version other than `abandoned`'s. The
 * rollback assigns at once every instance the abandoned rollout had assigned: each instance that
 * changed goes back, not batch by batch (see docs/fleet.md for why this departs from the reference).
 */
function rollbackFrom(inventory: FleetInventory, fleet: FleetState, abandoned: FleetRollout, at: string): RollbackStep {
  const changed = [...inventory.values()]
    .filter((i) => i.status === "FAILED")
    .sort((a, b) => compareInstanceIds(a.id, b.id))
    .map((i) => ({ ...i, status: nextInstanceStatus(i.status, { type: "reset" }) }));
  const to = fleet.completed.find((v) => v !== abandoned.version);
  if (to === undefined) return { fleet, outcome: { ok: false, reason: "no-completed-version" }, changed };
  const rollout: FleetRollout = {
    kind: "rollback",
    version: to,
    phase: "running",
    assigned: abandoned.assigned,
    batches: abandoned.assigned.kind === "none" ? 0 : 1,
    startedAt: at,
    endedAt: null,
    from: abandoned.version,
  };
  return { fleet: { ...fleet, rollout }, outcome: { ok: true, to }, changed };
}
