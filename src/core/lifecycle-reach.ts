import { PREVIOUS_TARGET, type StateDef, type TransitionDef } from "./lifecycle.ts";

type Handlers = Readonly<Record<string, readonly TransitionDef[]>>;

/**
 * The states of a region that no path from `initial` enters. `rename` maps a target that does
 * not exist to the state it most likely means, so that a misspelt target is reported once (as an
 * unknown target) and not again as every state behind it being unreachable.
 */
export function unreachableStates(
  initial: string,
  states: Readonly<Record<string, StateDef>>,
  rootOn: Handlers,
  rename: ReadonlyMap<string, string> = new Map(),
): string[] {
  const start = rename.get(initial) ?? initial;
  const seen = new Set<string>([start]);
  const todo = [start];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    const state = states[name];
    if (!state) continue;
    for (const written of targetsOf(state, state.kind === "final" ? {} : rootOn)) {
      const target = rename.get(written) ?? written;
      if (!seen.has(target)) {
        seen.add(target);
        todo.push(target);
      }
    }
  }
  return Object.keys(states).filter((s) => !seen.has(s));
}

function targetsOf(state: StateDef, rootOn: Handlers): string[] {
  const all = [...Object.values(state.on ?? {}).flat(), ...(state.always ?? []), ...Object.values(rootOn).flat()];
  return all.map((h) => h.target).filter((t): t is string => t !== undefined && t !== PREVIOUS_TARGET);
}

/** States whose `always` transitions lead back to themselves without passing a stage. */
export function alwaysCycles(states: Readonly<Record<string, StateDef>>): string[] {
  const cyclic: string[] = [];
  const visit = (start: string) => {
    const stack = [start];
    const seen = new Set<string>();
    for (let name = stack.pop(); name !== undefined; name = stack.pop()) {
      for (const t of states[name]?.always ?? []) {
        const target = t.target;
        if (target === undefined || target === PREVIOUS_TARGET || states[target]?.kind === "stage") continue;
        if (target === start) return true;
        if (!seen.has(target)) {
          seen.add(target);
          stack.push(target);
        }
      }
    }
    return false;
  };
  for (const [name, state] of Object.entries(states)) if (state.always && visit(name)) cyclic.push(name);
  return cyclic;
}
