import type { FleetInstance } from "../core/fleet-state.ts";

/** Whose inventory: one deployment of one repository (`owner/repo`). */
export interface FleetScope {
  readonly repository: string;
  readonly deployment: string;
}

export type InventoryPut = { readonly ok: true } | { readonly ok: false; readonly reason: "inventory-full" };

/**
 * Where the instances of fleet deployments are kept between heartbeats: in the serving process,
 * or in Redis so that replicas share it. Never on `ferry/state`: a heartbeat is not a commit. A
 * store may lose everything (a restart); the next round of heartbeats restores what matters,
 * because every answer derives from the committed fleet state (docs/fleet.md). Bounded: a
 * deployment holds at most `limit` instances, and instances unseen for a while are expired.
 */
export interface FleetInventoryStore {
  /** Every instance of the deployment, by id. */
  read(scope: FleetScope): Promise<ReadonlyMap<string, FleetInstance>>;
  get(scope: FleetScope, id: string): Promise<FleetInstance | undefined>;
  /** Writes records; refused when a new instance would take the deployment past its limit. */
  put(scope: FleetScope, instances: readonly FleetInstance[]): Promise<InventoryPut>;
  /** Drops the instances last seen before `before` (ISO 8601) and returns their ids. */
  expire(scope: FleetScope, before: string): Promise<readonly string[]>;
  /** The deployments with instances, for the tick loop of a process that restarted. */
  scopes(): Promise<readonly FleetScope[]>;
  close(): Promise<void>;
}

/** How many instances one deployment's inventory holds at most, unless the store is told otherwise. */
export const DEFAULT_INVENTORY_LIMIT = 20_000;
