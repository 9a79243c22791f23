import { shapeGuards as is } from "./shape-guards.ts";

const timed = (value: unknown, keys: readonly string[]): boolean =>
  is.record(value) && keys.every((key) => is.optional(value[key], is.string));
const step = (s: unknown): boolean =>
  is.record(s) && timed(s, ["timeout"]) && is.optional(s["http-check"], (c) => timed(c, ["interval", "timeout"]));
const stage = (s: unknown): boolean =>
  timed(s, ["timeout", "approvalTimeout"]) && is.listOf((s as Record<string, unknown>).steps, step);
const amount = (a: unknown): boolean => typeof a === "number" || is.string(a);

/**
 * Whether a manifest the schema refused still has the shape its semantic checks read (lifecycle
 * name, stages and their steps, timers, health checks, strategy, promotion). Unknown keys, a bad
 * environment or trigger and the like leave it usable, so their errors come with the semantic ones.
 */
export function usableManifest(value: unknown): boolean {
  if (!is.record(value) || !is.string(value.lifecycle)) return false;
  return (
    is.optional(value.type, is.string) &&
    is.optional(value.stages, (s) => is.mapOf(s, stage)) &&
    is.optional(value.timers, (t) => is.mapOf(t, is.string)) &&
    is.optional(value.healthChecks, (h) => is.listOf(h, (c) => timed(c, ["interval", "timeout"]))) &&
    is.optional(
      value.strategy,
      (s) =>
        is.record(s) &&
        is.optional(s.instances, (i) => typeof i === "number" || is.listOf(i, is.string)) &&
        is.optional(s.failureThreshold, amount) &&
        is.optional(s.fleet, (f) => typeof f === "boolean"),
    ) &&
    is.optional(value.promotion, (p) => is.record(p) && is.optional(p.from, is.string))
  );
}
