import type { Redis } from "ioredis";
import { INSTANCE_STATUSES, type InstanceStatus } from "../../core/instance-status.ts";
import type { FleetInstance, ReportSequence } from "../../core/fleet-state.ts";
import {
  DEFAULT_INVENTORY_LIMIT,
  type FleetInventoryStore,
  type FleetScope,
  type InventoryPut,
} from "../../ports/fleet-inventory-store.ts";

/** Every key ferry writes starts with this, so a Redis shared with Probot's rate limiter stays tidy. */
export const REDIS_KEY_PREFIX = "ferry:fleet:";

/**
 * The inventory in Redis, shared by every App replica: a hash per deployment
 * (`ferry:fleet:<repository>:<deployment>`, field = instance id, value = the record as JSON) and a
 * sorted set of last-seen times beside it (`…:seen`) for expiry. A set of the deployments with
 * instances (`ferry:fleet:scopes`) lets a restarted replica tick them. What is read back is
 * checked field by field: Redis is shared, and a bad record is dropped rather than trusted.
 */
export class RedisFleetInventory implements FleetInventoryStore {
  constructor(
    private readonly redis: Redis,
    private readonly limit: number = DEFAULT_INVENTORY_LIMIT,
  ) {}

  async read(scope: FleetScope): Promise<ReadonlyMap<string, FleetInstance>> {
    const all = await this.redis.hgetall(hashKey(scope));
    const map = new Map<string, FleetInstance>();
    for (const [id, json] of Object.entries(all)) {
      const instance = parseInstance(id, json);
      if (instance) map.set(id, instance);
    }
    return map;
  }

  async get(scope: FleetScope, id: string): Promise<FleetInstance | undefined> {
    const json = await this.redis.hget(hashKey(scope), id);
    return json === null ? undefined : parseInstance(id, json);
  }

  async put(scope: FleetScope, instances: readonly FleetInstance[]): Promise<InventoryPut> {
    if (instances.length === 0) return { ok: true };
    const key = hashKey(scope);
    // The limit is checked before the write, so two replicas adding at once may pass it by a few: a bound, not a quota.
    const known = await this.redis.hmget(key, ...instances.map((i) => i.id));
    const added = known.filter((v) => v === null).length;
    if (added > 0 && (await this.redis.hlen(key)) + added > this.limit) return { ok: false, reason: "inventory-full" };
    const multi = this.redis.multi();
    for (const instance of instances) {
      multi.hset(key, instance.id, JSON.stringify(instance));
      multi.zadd(seenKey(scope), Date.parse(instance.lastSeen), instance.id);
    }
    multi.sadd(scopesKey(), JSON.stringify([scope.repository, scope.deployment]));
    await multi.exec();
    return { ok: true };
  }

  async expire(scope: FleetScope, before: string): Promise<readonly string[]> {
    const gone = await this.redis.zrangebyscore(seenKey(scope), "-inf", `(${Date.parse(before)}`);
    if (gone.length === 0) return [];
    await this.redis
      .multi()
      .hdel(hashKey(scope), ...gone)
      .zrem(seenKey(scope), ...gone)
      .exec();
    return gone;
  }

  async scopes(): Promise<readonly FleetScope[]> {
    const members = await this.redis.smembers(scopesKey());
    return members.flatMap((m): FleetScope[] => {
      const parsed: unknown = JSON.parse(m);
      return Array.isArray(parsed) && typeof parsed[0] === "string" && typeof parsed[1] === "string"
        ? [{ repository: parsed[0], deployment: parsed[1] }]
        : [];
    });
  }

  async close(): Promise<void> {
    await this.redis.quit();
  }
}

function hashKey(scope: FleetScope): string {
  return `${REDIS_KEY_PREFIX}${scope.repository}:${scope.deployment}`;
}

function seenKey(scope: FleetScope): string {
  return `${hashKey(scope)}:seen`;
}

function scopesKey(): string {
  return `${REDIS_KEY_PREFIX}scopes`;
}

const STATUSES: ReadonlySet<string> = new Set(INSTANCE_STATUSES);

/** A record as stored, or undefined when it is not one ferry wrote. */
function parseInstance(id: string, json: string): FleetInstance | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const r = value as Record<string, unknown>;
  const text = (v: unknown): v is string | null => v === null || typeof v === "string";
  if (r["id"] !== id || !text(r["currentVersion"]) || !text(r["message"])) return undefined;
  if (typeof r["status"] !== "string" || !STATUSES.has(r["status"]) || typeof r["lastSeen"] !== "string")
    return undefined;
  const instance: FleetInstance = {
    id,
    currentVersion: r["currentVersion"],
    status: r["status"] as InstanceStatus,
    message: r["message"],
    lastSeen: r["lastSeen"],
  };
  if (r["lastReport"] === undefined) return instance;
  const lastReport = parseSequence(r["lastReport"]);
  return lastReport && { ...instance, lastReport };
}

/** A report's idempotency key as the heartbeat schema bounds it, or undefined. */
function parseSequence(value: unknown): ReportSequence | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const { boot, number } = value as Record<string, unknown>;
  if (typeof boot !== "string" || !/^[A-Za-z0-9_-]{8,64}$/.test(boot)) return undefined;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return undefined;
  return { boot, number };
}
