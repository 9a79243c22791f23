import type { FleetInstance } from "../../core/fleet-state.ts";
import {
  DEFAULT_INVENTORY_LIMIT,
  type FleetInventoryStore,
  type FleetScope,
  type InventoryPut,
} from "../../ports/fleet-inventory-store.ts";

/** How many deployments one process keeps inventories for; past it, a new deployment is refused. */
export const MEMORY_SCOPES_LIMIT = 1_000;

/**
 * The embedded inventory: a `Map` per deployment in the serving process. Bounded by instances per
 * deployment and by deployments; lost on restart, which the next heartbeat round makes good.
 */
export class MemoryFleetInventory implements FleetInventoryStore {
  private readonly inventories = new Map<string, { scope: FleetScope; instances: Map<string, FleetInstance> }>();

  constructor(private readonly limit: number = DEFAULT_INVENTORY_LIMIT) {}

  read(scope: FleetScope): Promise<ReadonlyMap<string, FleetInstance>> {
    return Promise.resolve(this.inventories.get(keyOf(scope))?.instances ?? new Map<string, FleetInstance>());
  }

  get(scope: FleetScope, id: string): Promise<FleetInstance | undefined> {
    return Promise.resolve(this.inventories.get(keyOf(scope))?.instances.get(id));
  }

  put(scope: FleetScope, instances: readonly FleetInstance[]): Promise<InventoryPut> {
    const key = keyOf(scope);
    let entry = this.inventories.get(key);
    if (entry === undefined) {
      if (this.inventories.size >= MEMORY_SCOPES_LIMIT) return Promise.resolve({ ok: false, reason: "inventory-full" });
      entry = { scope: { repository: scope.repository, deployment: scope.deployment }, instances: new Map() };
      this.inventories.set(key, entry);
    }
    const map = entry.instances;
    const added = instances.filter((i) => !map.has(i.id)).length;
    if (added > 0 && map.size + added > this.limit) return Promise.resolve({ ok: false, reason: "inventory-full" });
    for (const instance of instances) map.set(instance.id, instance);
    return Promise.resolve({ ok: true });
  }

  expire(scope: FleetScope, before: string): Promise<readonly string[]> {
    const map = this.inventories.get(keyOf(scope))?.instances;
    if (map === undefined) return Promise.resolve([]);
    const gone = [...map.values()].filter((i) => i.lastSeen < before).map((i) => i.id);
    for (const id of gone) map.delete(id);
    if (map.size === 0) this.inventories.delete(keyOf(scope));
    return Promise.resolve(gone);
  }

  scopes(): Promise<readonly FleetScope[]> {
    return Promise.resolve([...this.inventories.values()].map((e) => e.scope));
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}

function keyOf(scope: FleetScope): string {
  return `${scope.repository}\n${scope.deployment}`;
}
