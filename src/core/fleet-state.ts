/**
 * The records of a fleet: the instances of a deployment (its inventory) and the deployment-level
 * rollout state. Only the rollout state is meant for `ferry/state`; the inventory is rebuilt from
 * heartbeats, which is why an instance's desired version is not stored but derived from the
 * rollout (`desiredVersionOf` in `instance-update.ts`).
 */
import type { InstanceStatus } from "./instance-status.ts";

/** One instance as ferry last heard of it. */
export interface FleetInstance {
  /** Unique within the deployment; the batch order sorts on it (see `compareInstanceIds`). */
  readonly id: string;
  /** The version it runs; null when it registered without saying. */
  readonly currentVersion: string | null;
  readonly status: InstanceStatus;
  /** Its last message (why it failed or is degraded), cut to {@link INSTANCE_MESSAGE_LIMIT}. */
  readonly message: string | null;
  /** When it last registered or heartbeated (ISO 8601), as the caller's clock said. */
  readonly lastSeen: string;
  /** The newest report applied that carried a sequence (absent until an agent sends one): resends of it change nothing. */
  readonly lastReport?: ReportSequence;
}

/**
 * Which report of which agent process a heartbeat carries: its idempotency key. An agent numbers
 * each new report (1, 2, …) and sends a resend (its request got no answer) with the same number,
 * so a resend that arrives after the report was applied, and after a rollback reset the instance,
 * cannot apply it twice. `boot` is random and new at every agent start: a restarted agent counts
 * from 1 again, and a different boot is a different agent process, so its reports apply.
 */
export interface ReportSequence {
  readonly boot: string;
  readonly number: number;
}

/**
 * Every instance of one deployment, by id: what the machines read of it. A `Map` is one; so is a
 * store's own view, or {@link withInstance}'s overlay of one changed record.
 */
export interface FleetInventory {
  readonly size: number;
  get(id: string): FleetInstance | undefined;
  values(): Iterable<FleetInstance>;
}

/** `inventory` with `instance` in it, without copying the rest: one heartbeat costs no copy of the fleet. */
export function withInstance(inventory: FleetInventory, instance: FleetInstance): FleetInventory {
  return withInstances(inventory, [instance]);
}

/**
 * `inventory` with `instances` in it (a later record of the same id wins), as one overlay: reading
 * it costs one lookup per instance however many records changed. Folding {@link withInstance}
 * over a rollback's resets instead would stack one overlay per reset, and every count of the
 * fleet would walk them all for each instance (10,000 instances × 132 resets stalled a server).
 */
export function withInstances(inventory: FleetInventory, instances: readonly FleetInstance[]): FleetInventory {
  const changed = new Map(instances.map((i) => [i.id, i]));
  const added = [...changed.values()].filter((i) => inventory.get(i.id) === undefined);
  return {
    size: inventory.size + added.length,
    get: (id) => changed.get(id) ?? inventory.get(id),
    *values() {
      for (const i of inventory.values()) yield changed.get(i.id) ?? i;
      yield* added;
    },
  };
}

/** The longest instance message kept; a longer one is cut, so no heartbeat grows the inventory. */
export const INSTANCE_MESSAGE_LIMIT = 500;

/**
 * A count of instances, or a whole percentage of the inventory (1–100). Percentages round up,
 * to at least one instance: see `resolveAmount` in `fleet-batches.ts`.
 */
export type FleetAmount =
  { readonly kind: "count"; readonly count: number } | { readonly kind: "percent"; readonly percent: number };

/** What a degraded instance that runs the rollout's version does: hold its slot, or count as failed. */
export const DEGRADED_POLICIES = ["block", "fail"] as const;
export type DegradedPolicy = (typeof DEGRADED_POLICIES)[number];

/** The manifest's `strategy`, as the fleet machines read it. */
export interface FleetPolicy {
  readonly batchSize: FleetAmount;
  readonly failureThreshold: FleetAmount;
  readonly autoRollback: boolean;
  readonly degraded: DegradedPolicy;
}

export const DEFAULT_FLEET_POLICY: FleetPolicy = {
  batchSize: { kind: "count", count: 1 },
  failureThreshold: { kind: "count", count: 1 },
  autoRollback: true,
  degraded: "block",
};

/**
 * Which instances a rollout has assigned its version to. Instances are assigned in id order, so
 * one id says it all: every instance whose id sorts at or before `through`. A restart, or a
 * second replica, rebuilds the same assignment from this record and the heartbeats.
 */
export type Assignment =
  { readonly kind: "none" } | { readonly kind: "through"; readonly id: string } | { readonly kind: "all" };

/** The reference's deployment states; `unknown` is a fleet that never had a rollout. */
export const FLEET_PHASES = ["unknown", "running", "completed", "failed"] as const;
export type FleetPhase = (typeof FLEET_PHASES)[number];

export interface FleetRollout {
  readonly kind: "deploy" | "rollback";
  readonly version: string;
  readonly phase: Exclude<FleetPhase, "unknown">;
  readonly assigned: Assignment;
  /** How many times it advanced (assigned instances); the first batch is 1. */
  readonly batches: number;
  readonly startedAt: string;
  /** When it completed or failed; null while running. */
  readonly endedAt: string | null;
  /** For a rollback: the version it rolls back from. */
  readonly from: string | null;
}

/** The deployment-level fleet record: small, and changed only by deployment-level decisions. */
export interface FleetState {
  readonly rollout: FleetRollout | null;
  /** Versions whose rollout completed, newest first, at most {@link COMPLETED_VERSIONS_LIMIT}: rollback targets. */
  readonly completed: readonly string[];
}

export const COMPLETED_VERSIONS_LIMIT = 10;

export const INITIAL_FLEET_STATE: FleetState = { rollout: null, completed: [] };

export function fleetPhase(fleet: FleetState): FleetPhase {
  return fleet.rollout?.phase ?? "unknown";
}

/**
 * The batch order: instance ids by UTF-16 code unit, the order `<` gives strings. Not
 * `localeCompare`, whose answer depends on the ICU data a Node build carries; not arrival order,
 * which differs between replicas and after a restart. So every replica, and every restart, plans
 * the same batches, and an operator can pick the first instances by naming them (`web-00-canary`).
 * Numbers sort as text: `web-10` comes before `web-2`; pad them.
 */
export function compareInstanceIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
