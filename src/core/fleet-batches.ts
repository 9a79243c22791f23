/**
 * Counting a fleet and planning its next batch: pure functions of the inventory, the rollout
 * state and the policy.
 */
import { INSTANCE_STATUSES, nextInstanceStatus, type InstanceStatus } from "./instance-status.ts";
import { INSTANCE_UPDATE_STATES, isAssigned, updateStateIn, type InstanceUpdateState } from "./instance-update.ts";
import {
  compareInstanceIds,
  type DegradedPolicy,
  type FleetAmount,
  type FleetInstance,
  type FleetInventory,
  type FleetRollout,
  type FleetState,
} from "./fleet-state.ts";

/**
 * A count as is; a percentage of `total` rounded up, and never below one. Rounding up means a
 * failure threshold of p% is crossed exactly when the failed share reaches p% (`failed ≥ ⌈total·p/100⌉`
 * ⇔ `failed ≥ total·p/100` for whole numbers of failures), and a batch of p% covers at least p%.
 * At least one, so an empty or tiny fleet neither fails with no failure nor waits on a batch of none.
 * Integer arithmetic: no floating-point quotient to round the wrong way.
 */
export function resolveAmount(amount: FleetAmount, total: number): number {
  if (amount.kind === "count") return amount.count;
  return Math.max(1, Math.floor((total * amount.percent + 99) / 100));
}

export type UpdateCounts = Readonly<Record<InstanceUpdateState, number>>;
export type StatusCounts = Readonly<Record<InstanceStatus, number>>;

/** How many instances are in each update state and each status. */
export interface FleetCounts {
  readonly total: number;
  readonly byUpdate: UpdateCounts;
  readonly byStatus: StatusCounts;
}

/** Counts the inventory against the fleet's rollout. Linear in the inventory. */
export function countFleet(inventory: FleetInventory, fleet: FleetState, degraded: DegradedPolicy): FleetCounts {
  const byUpdate = Object.fromEntries(INSTANCE_UPDATE_STATES.map((s) => [s, 0])) as Record<InstanceUpdateState, number>;
  const byStatus = Object.fromEntries(INSTANCE_STATUSES.map((s) => [s, 0])) as Record<InstanceStatus, number>;
  const { rollout } = fleet;
  for (const instance of inventory.values()) {
    byStatus[instance.status]++;
    byUpdate[
      rollout === null ? "not-needed" : updateStateIn(instance, rollout, isAssigned(instance.id, rollout), degraded)
    ]++;
  }
  return { total: inventory.size, byUpdate, byStatus };
}

/** The next batch: whom it assigns, where the assignment now ends, and the instances it resets. */
export interface BatchPlan {
  /** Instances newly assigned, in batch order (including any already at the version). */
  readonly assigned: readonly string[];
  /** The last id the rollout has now reached; undefined when the plan assigns nobody. */
  readonly through: string | undefined;
  /** Assigned instances that were FAILED, reset to UNKNOWN: a new version gives them a new start. */
  readonly reset: readonly FleetInstance[];
}

/**
 * Walks the instances the rollout has not reached, in batch order, and assigns them while
 * `slots` last. An instance that would be `in-progress` once assigned takes a slot; one that
 * would be `completed` or `failed` at once (it already runs the version) takes none, so the walk
 * passes it. The walk stops before the first instance that needs a slot when none is left, so
 * assigning never takes the in-progress count above the batch size.
 */
export function planBatch(
  inventory: FleetInventory,
  rollout: FleetRollout,
  slots: number,
  degraded: DegradedPolicy,
): BatchPlan {
  const waiting = [...inventory.values()]
    .filter((i) => !isAssigned(i.id, rollout))
    .sort((a, b) => compareInstanceIds(a.id, b.id));
  const assigned: string[] = [];
  const reset: FleetInstance[] = [];
  let left = slots;
  for (const instance of waiting) {
    const fresh =
      instance.status === "FAILED"
        ? { ...instance, status: nextInstanceStatus(instance.status, { type: "reset" }) }
        : instance;
    const takesSlot = updateStateIn(fresh, rollout, true, degraded) === "in-progress";
    if (takesSlot && left === 0) break;
    if (takesSlot) left--;
    assigned.push(instance.id);
    if (fresh !== instance) reset.push(fresh);
  }
  return { assigned, through: assigned.at(-1), reset };
}
