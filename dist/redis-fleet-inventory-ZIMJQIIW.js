import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  DEFAULT_INVENTORY_LIMIT
} from "./chunk-JVRHNCZY.js";
import {
  INSTANCE_STATUSES
} from "./chunk-DWO7HIOM.js";
import "./chunk-2QHCXWJ5.js";

// src/adapters/redis/redis-fleet-inventory.ts
var REDIS_KEY_PREFIX = "ferry:fleet:";
var RedisFleetInventory = class {
  constructor(redis, limit = DEFAULT_INVENTORY_LIMIT) {
    this.redis = redis;
    this.limit = limit;
  }
  redis;
  limit;
  async read(scope) {
    const all = await this.redis.hgetall(hashKey(scope));
    const map = /* @__PURE__ */ new Map();
    for (const [id, json] of Object.entries(all)) {
      const instance = parseInstance(id, json);
      if (instance) map.set(id, instance);
    }
    return map;
  }
  async get(scope, id) {
    const json = await this.redis.hget(hashKey(scope), id);
    return json === null ? void 0 : parseInstance(id, json);
  }
  async put(scope, instances) {
    if (instances.length === 0) return { ok: true };
    const key = hashKey(scope);
    const known = await this.redis.hmget(key, ...instances.map((i) => i.id));
    const added = known.filter((v) => v === null).length;
    if (added > 0 && await this.redis.hlen(key) + added > this.limit) return { ok: false, reason: "inventory-full" };
    const multi = this.redis.multi();
    for (const instance of instances) {
      multi.hset(key, instance.id, JSON.stringify(instance));
      multi.zadd(seenKey(scope), Date.parse(instance.lastSeen), instance.id);
    }
    multi.sadd(scopesKey(), JSON.stringify([scope.repository, scope.deployment]));
    await multi.exec();
    return { ok: true };
  }
  async expire(scope, before) {
    const gone = await this.redis.zrangebyscore(seenKey(scope), "-inf", `(${Date.parse(before)}`);
    if (gone.length === 0) return [];
    await this.redis.multi().hdel(hashKey(scope), ...gone).zrem(seenKey(scope), ...gone).exec();
    return gone;
  }
  async scopes() {
    const members = await this.redis.smembers(scopesKey());
    return members.flatMap((m) => {
      const parsed = JSON.parse(m);
      return Array.isArray(parsed) && typeof parsed[0] === "string" && typeof parsed[1] === "string" ? [{ repository: parsed[0], deployment: parsed[1] }] : [];
    });
  }
  async close() {
    await this.redis.quit();
  }
};
function hashKey(scope) {
  return `${REDIS_KEY_PREFIX}${scope.repository}:${scope.deployment}`;
}
function seenKey(scope) {
  return `${hashKey(scope)}:seen`;
}
function scopesKey() {
  return `${REDIS_KEY_PREFIX}scopes`;
}
var STATUSES = new Set(INSTANCE_STATUSES);
function parseInstance(id, json) {
  let value;
  try {
    value = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (typeof value !== "object" || value === null) return void 0;
  const r = value;
  const text = (v) => v === null || typeof v === "string";
  if (r["id"] !== id || !text(r["currentVersion"]) || !text(r["message"])) return void 0;
  if (typeof r["status"] !== "string" || !STATUSES.has(r["status"]) || typeof r["lastSeen"] !== "string")
    return void 0;
  const instance = {
    id,
    currentVersion: r["currentVersion"],
    status: r["status"],
    message: r["message"],
    lastSeen: r["lastSeen"]
  };
  if (r["lastReport"] === void 0) return instance;
  const lastReport = parseSequence(r["lastReport"]);
  return lastReport && { ...instance, lastReport };
}
function parseSequence(value) {
  if (typeof value !== "object" || value === null) return void 0;
  const { boot, number } = value;
  if (typeof boot !== "string" || !/^[A-Za-z0-9_-]{8,64}$/.test(boot)) return void 0;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 1) return void 0;
  return { boot, number };
}
export {
  REDIS_KEY_PREFIX,
  RedisFleetInventory
};
