import type { FleetInventoryStore } from "../../ports/fleet-inventory-store.ts";

/**
 * The shared inventory when `REDIS_URL` is set (the variable Probot already reads to share its
 * rate limiter across replicas), else undefined: the caller keeps the inventory in its process.
 * ioredis is loaded only then, so a single process never pays for it.
 */
export async function fleetInventoryFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): Promise<FleetInventoryStore | undefined> {
  const url = env["REDIS_URL"];
  if (url === undefined || url === "") return undefined;
  const [{ Redis }, { RedisFleetInventory }] = await Promise.all([
    import("ioredis"),
    import("../../adapters/redis/redis-fleet-inventory.ts"),
  ]);
  return new RedisFleetInventory(new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 }));
}
