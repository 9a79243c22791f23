import { currentDef, guardContextOf, Refusal, type Draft } from "./draft.ts";
import { evaluateGuard } from "./guard.ts";
import type { RunStart, StateDef, TransitionDef } from "./lifecycle.ts";
import { startRun } from "./runs.ts";
import { takeStarting, takeTransition } from "./take-transition.ts";

/** The handlers a region has for an event key: its state's own, else the lifecycle-wide ones. */
export function handlersFor(
  draft: Draft,
  region: string,
  key: string,
  def: StateDef = currentDef(draft, region),
): readonly TransitionDef[] | undefined {
  return def.on?.[key] ?? draft.lifecycle.on?.[key];
}

/** The first handler whose guard holds, or undefined when every guard fails. */
export function select(draft: Draft, handlers: readonly TransitionDef[]): TransitionDef | undefined {
  // Most handlers have no guard; build the guard context only when one needs it.
  let context: ReturnType<typeof guardContextOf> | undefined;
  return handlers.find((h) => h.guard === undefined || evaluateGuard(h.guard, (context ??= guardContextOf(draft))));
}

/**
 * Routes the event to every region (or only `only`), refusing it when no region may take it.
 * `fallback` supplies handlers for regions whose state has none (used by supersede).
 */
export function routeEvent(
  draft: Draft,
  key: string,
  only?: string,
  fallback?: (region: string) => readonly TransitionDef[] | undefined,
): void {
  const regions = only === undefined ? Object.keys(draft.regions) : [only];
  const chosen: [string, TransitionDef][] = [];
  let handled = false;
  for (const region of regions) {
    const handlers = handlersFor(draft, region, key) ?? fallback?.(region);
    if (!handlers) continue;
    handled = true;
    const picked = select(draft, handlers);
    if (picked) chosen.push([region, picked]);
  }
  if (!handled) throw new Refusal("not-allowed-in-state", `${key} is not allowed in ${describeStates(draft)}`);
  if (chosen.length === 0) throw new Refusal("guard-failed", `no guard for ${key} holds in ${describeStates(draft)}`);
  startRunOnce(draft, key, chosen);
  for (const [region, def] of chosen) takeTransition(draft, region, def, key);
  deliverRaised(draft);
}

function startRunOnce(draft: Draft, key: string, chosen: readonly [string, TransitionDef][]): void {
  const start = chosen.map(([, def]) => def.start).find((s) => s !== undefined) ?? defaultStart(key);
  if (start) startRun(draft, start);
}

function defaultStart(key: string): RunStart | undefined {
  if (key === "deploy") return "run";
  if (key === "rollback") return "rollback";
  if (key === "retry") return "retry";
  return undefined;
}

export function describeStates(draft: Draft): string {
  const entries = Object.entries(draft.regions);
  const [only] = entries;
  if (only && entries.length === 1) return only[1].state;
  return entries.map(([name, r]) => `${name}=${r.state}`).join(", ");
}

/** Signals raised by entry actions reach every region that handles them; nobody handling one is fine. */
function deliverRaised(draft: Draft): void {
  for (let signal = draft.raised.shift(); signal !== undefined; signal = draft.raised.shift()) {
    for (const region of Object.keys(draft.regions)) {
      const handlers = handlersFor(draft, region, signal);
      const picked = handlers && select(draft, handlers);
      if (picked) takeStarting(draft, region, picked, signal);
    }
  }
}
