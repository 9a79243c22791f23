import type { FleetInstance, FleetPolicy, FleetRollout, FleetState } from "../../src/core/fleet-state.ts";
import { DEFAULT_FLEET_POLICY } from "../../src/core/fleet-state.ts";
import type { InstanceStatus } from "../../src/core/instance-status.ts";

export const T0 = "2026-12-01T10:00:00.000Z";
export const T1 = "2026-12-01T10:01:00.000Z";

export function instance(id: string, currentVersion: string | null, status: InstanceStatus = "HEALTHY"): FleetInstance {
  return { id, currentVersion, status, message: null, lastSeen: T0 };
}

export function inventoryOf(...instances: FleetInstance[]): ReadonlyMap<string, FleetInstance> {
  return new Map(instances.map((i) => [i.id, i]));
}

/** `n` instances `i-00`, `i-01`, … at `version`, all healthy. */
export function fleetOf(n: number, version: string | null = "v1"): ReadonlyMap<string, FleetInstance> {
  return inventoryOf(...Array.from({ length: n }, (_, k) => instance(`i-${String(k).padStart(2, "0")}`, version)));
}

export function with_(
  inventory: ReadonlyMap<string, FleetInstance>,
  ...changed: FleetInstance[]
): ReadonlyMap<string, FleetInstance> {
  const next = new Map(inventory);
  for (const i of changed) next.set(i.id, i);
  return next;
}

export function running(version: string, assigned: FleetRollout["assigned"], completed: string[] = ["v1"]): FleetState {
  return {
    rollout: {
      kind: "deploy",
      version,
      phase: "running",
      assigned,
      batches: assigned.kind === "none" ? 0 : 1,
      startedAt: T0,
      endedAt: null,
      from: null,
    },
    completed,
  };
}

export function policy(overrides: Partial<FleetPolicy> = {}): FleetPolicy {
  return { ...DEFAULT_FLEET_POLICY, ...overrides };
}

export const count = (n: number) => ({ kind: "count", count: n }) as const;
export const percent = (p: number) => ({ kind: "percent", percent: p }) as const;
