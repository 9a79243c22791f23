import { STATE_KINDS } from "../core/lifecycle.ts";
import { shapeGuards as is } from "./shape-guards.ts";

const KINDS: ReadonlySet<unknown> = new Set(STATE_KINDS);

const transition = (t: unknown): boolean =>
  is.record(t) && is.optional(t.target, is.string) && is.optional(t.guard, is.string);
const handlers = (on: unknown): boolean =>
  is.mapOf(on, (ref) => is.string(ref) || transition(ref) || is.listOf(ref, transition));
const state = (s: unknown): boolean =>
  is.record(s) &&
  KINDS.has(s.kind) &&
  is.optional(s.on, handlers) &&
  is.optional(s.always, (a) => is.listOf(a, transition)) &&
  is.optional(s.entry, (e) => is.listOf(e, is.record));
const states = (value: unknown): boolean => is.mapOf(value, state);
const region = (r: unknown): boolean => is.record(r) && is.string(r.initial) && states(r.states);

/**
 * Whether a lifecycle the schema refused still has the shape its semantic checks read: states
 * with a known kind, handlers and transitions of the right types, events by name. Unknown keys,
 * bad durations or names and the like leave it usable, so their errors come with the semantic ones.
 */
export function usableLifecycle(value: unknown): boolean {
  if (!is.record(value)) return false;
  const events = is.optional(value.events, (e) =>
    is.listOf(e, (item) => is.string(item) || (is.record(item) && is.string(item.name))),
  );
  const body =
    value.regions === undefined ? is.string(value.initial) && states(value.states) : is.mapOf(value.regions, region);
  return events && is.optional(value.on, handlers) && body;
}
