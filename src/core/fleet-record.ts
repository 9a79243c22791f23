/**
 * What a deployment keeps of its fleet on `ferry/state`: the deployment-level fleet state, the
 * lifecycle run it serves, the token generation, and a summary of the inventory as it stood at
 * the last deployment-level change (what the check run shows). Heartbeats never change it; only a
 * rollout started, a batch advanced, the threshold crossed, completed or rolled back do.
 */
import { countFleet, type StatusCounts, type UpdateCounts } from "./fleet-batches.ts";
import {
  compareInstanceIds,
  INITIAL_FLEET_STATE,
  type FleetInventory,
  type FleetPolicy,
  type FleetState,
} from "./fleet-state.ts";
import type { InstanceStatus } from "./instance-status.ts";
import { instanceUpdateState } from "./instance-update.ts";

/** How many failed or degraded instances a summary names; the rest are counted. */
export const FLEET_PROBLEMS_LIMIT = 10;

/** One failed or degraded instance, with what it last said. */
export interface FleetProblem {
  readonly id: string;
  readonly status: Extract<InstanceStatus, "FAILED" | "DEGRADED">;
  readonly message: string | null;
}

/** The inventory at a deployment-level change: counts, and the instances that need a look. */
export interface FleetSummary {
  readonly at: string;
  readonly total: number;
  readonly byStatus: StatusCounts;
  readonly byUpdate: UpdateCounts;
  /** Failed first, then degraded, each by id; at most {@link FLEET_PROBLEMS_LIMIT}. */
  readonly problems: readonly FleetProblem[];
  /** Failed or degraded instances past the limit. */
  readonly moreProblems: number;
}

export interface FleetRecord {
  readonly state: FleetState;
  /** The lifecycle run whose rollout stage the current rollout serves; null before the first. */
  readonly runId: number | null;
  /** Tokens carry it: bumping it (a reviewed commit) revokes the deployment's tokens. */
  readonly generation: number;
  readonly summary: FleetSummary | null;
}

export const INITIAL_FLEET_RECORD: FleetRecord = {
  state: INITIAL_FLEET_STATE,
  runId: null,
  generation: 1,
  summary: null,
};

/** Counts the inventory against the fleet state, and names its failed and degraded instances. */
export function summarizeFleet(
  inventory: FleetInventory,
  fleet: FleetState,
  policy: FleetPolicy,
  at: string,
): FleetSummary {
  const counts = countFleet(inventory, fleet, policy.degraded);
  const failed: FleetProblem[] = [];
  const degraded: FleetProblem[] = [];
  for (const i of inventory.values()) {
    if (i.status === "FAILED") failed.push({ id: i.id, status: i.status, message: i.message });
    else if (i.status === "DEGRADED") degraded.push({ id: i.id, status: i.status, message: i.message });
  }
  const byId = (a: FleetProblem, b: FleetProblem) => compareInstanceIds(a.id, b.id);
  const all = [...failed.sort(byId), ...degraded.sort(byId)];
  return {
    at,
    total: counts.total,
    byStatus: counts.byStatus,
    byUpdate: counts.byUpdate,
    problems: all.slice(0, FLEET_PROBLEMS_LIMIT),
    moreProblems: Math.max(0, all.length - FLEET_PROBLEMS_LIMIT),
  };
}

/** One instance's update state, for listings (re-exported so adapters need one import). */
export { instanceUpdateState };
