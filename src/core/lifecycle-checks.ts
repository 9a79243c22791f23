import { OPERATOR_EVENTS, STAGE_EVENTS } from "./ferry-event.ts";
import { FIXED_BUTTONS } from "./run-buttons.ts";
import { checkGuard } from "./guard.ts";
import { PREVIOUS_TARGET, type Lifecycle, type StateDef, type TransitionDef } from "./lifecycle.ts";

export const CHECK_CODES = [
  "unknown-target",
  "unreachable",
  "no-way-out",
  "missing-stage-outcome",
  "guard",
  "always-cycle",
  "duplicate-handler",
  "transient-needs-fallback",
  "unknown-event",
  "root-on-in-regions",
  "builtin-event",
  "duplicate-event",
  "unhandled-event",
] as const;
export type CheckCode = (typeof CHECK_CODES)[number];

export interface LifecycleProblem {
  readonly code: CheckCode;
  /** Path in the file's own shape (`states/...` for one region, `regions/<r>/states/...` otherwise). */
  readonly path: readonly (string | number)[];
  readonly message: string;
}

const KNOWN_EVENTS: ReadonlySet<string> = new Set<string>([...OPERATOR_EVENTS, ...STAGE_EVENTS]);

/**
 * Semantic checks a schema cannot express: unknown targets, unreachable states, states with
 * no way out, stage states without outcomes, guards that do not compile, `always` cycles,
 * duplicate handlers, unknown events, and declared events that collide or go unhandled.
 * `singleRegion` says the file had no `regions` key.
 */
export function checkLifecycle(lifecycle: Lifecycle, singleRegion: boolean): LifecycleProblem[] {
  const problems: LifecycleProblem[] = [];
  const declared = checkDeclaredEvents(lifecycle, problems);
  const signals = new Set<string>();
  const timers = new Set<string>();
  for (const region of Object.values(lifecycle.regions)) {
    for (const state of Object.values(region.states)) {
      for (const action of state.entry ?? []) {
        if ("raise" in action) signals.add(action.raise);
        if ("schedule" in action) timers.add(action.schedule);
      }
    }
  }
  const eventKnown = (name: string) =>
    KNOWN_EVENTS.has(name) ||
    declared.has(name) ||
    signals.has(name) ||
    (name.startsWith("timer.") && timers.has(name.slice(6)));
  const rootOn = lifecycle.on ?? {};
  if (!singleRegion && Object.keys(rootOn).length > 0) {
    problems.push({
      code: "root-on-in-regions",
      path: ["on"],
      message: "lifecycle-wide `on` handlers are only allowed without regions; put them in each region's states",
    });
  }
  for (const [name, handlers] of Object.entries(rootOn)) {
    if (!eventKnown(name)) problems.push({ code: "unknown-event", path: ["on", name], message: unknownEvent(name) });
    checkHandlers(handlers, ["on", name], problems);
  }

  for (const [regionName, region] of Object.entries(lifecycle.regions)) {
    const base = singleRegion ? [] : ["regions", regionName];
    const statePath = (state: string) => [...base, "states", state];
    const exists = (target: string | undefined) =>
      target === undefined || target === PREVIOUS_TARGET || target in region.states;
    if (!(region.initial in region.states)) {
      problems.push({
        code: "unknown-target",
        path: [...base, "initial"],
        message: `initial state ${JSON.stringify(region.initial)} does not exist`,
      });
    }
    if (singleRegion) {
      for (const [event, handlers] of Object.entries(rootOn)) {
        handlers.forEach((h, i) => {
          if (!exists(h.target))
            problems.push({ code: "unknown-target", path: ["on", event, i], message: unknownTarget(String(h.target)) });
        });
      }
    }
    for (const [stateName, state] of Object.entries(region.states)) {
      const path = statePath(stateName);
      for (const [event, handlers] of Object.entries(state.on ?? {})) {
        if (!eventKnown(event))
          problems.push({ code: "unknown-event", path: [...path, "on", event], message: unknownEvent(event) });
        checkHandlers(handlers, [...path, "on", event], problems);
        handlers.forEach((h, i) => {
          if (!exists(h.target))
            problems.push({
              code: "unknown-target",
              path: [...path, "on", event, i],
              message: unknownTarget(String(h.target)),
            });
        });
      }
      if (state.always) {
        checkHandlers(state.always, [...path, "always"], problems);
        state.always.forEach((h, i) => {
          if (!exists(h.target))
            problems.push({
              code: "unknown-target",
              path: [...path, "always", i],
              message: unknownTarget(String(h.target)),
            });
        });
        if (state.kind === "transient" && state.always.at(-1)?.guard !== undefined) {
          problems.push({
            code: "transient-needs-fallback",
            path: [...path, "always"],
            message: `transient state ${stateName} could stick: its last \`always\` transition needs no guard`,
          });
        }
      }
      const hasOwnWayOut = Object.keys(state.on ?? {}).length > 0 || (state.always?.length ?? 0) > 0;
      if (state.kind !== "final" && !hasOwnWayOut && !(singleRegion && Object.keys(rootOn).length > 0)) {
        problems.push({ code: "no-way-out", path, message: `state ${stateName} is not final but has no way out` });
      }
      if (state.kind === "stage") {
        for (const outcome of ["stage.succeeded", "stage.failed"]) {
          if (!state.on?.[outcome] && !(singleRegion && rootOn[outcome])) {
            problems.push({
              code: "missing-stage-outcome",
              path,
              message: `stage state ${stateName} does not handle ${outcome}`,
            });
          }
        }
      }
    }
    for (const name of unreachable(region.initial, region.states, singleRegion ? rootOn : {})) {
      problems.push({
        code: "unreachable",
        path: statePath(name),
        message: `state ${name} is unreachable from ${region.initial}`,
      });
    }
    for (const name of alwaysCycles(region.states)) {
      problems.push({
        code: "always-cycle",
        path: [...statePath(name), "always"],
        message: `\`always\` transitions from ${name} form a cycle`,
      });
    }
  }
  return problems;
}

function unknownEvent(name: string): string {
  return `unknown event ${JSON.stringify(name)}: not a ferry event, an event the lifecycle declares in \`events\`, a raised signal, or a scheduled timer`;
}

/**
 * The lifecycle's own events (`events:`): a name may not be a built-in event (a `ferry:deploy`
 * label must mean one thing), may be declared once, and must be handled somewhere, or its label
 * and button could never do anything. Returns the names declared.
 */
function checkDeclaredEvents(lifecycle: Lifecycle, problems: LifecycleProblem[]): Set<string> {
  const declared = new Set<string>();
  const handled = new Set(Object.keys(lifecycle.on ?? {}));
  for (const region of Object.values(lifecycle.regions))
    for (const state of Object.values(region.states)) for (const key of Object.keys(state.on ?? {})) handled.add(key);
  (lifecycle.events ?? []).forEach(({ name }, i) => {
    const path = ["events", i];
    if (KNOWN_EVENTS.has(name) || (FIXED_BUTTONS as readonly string[]).includes(name)) {
      problems.push({
        code: "builtin-event",
        path,
        message: `event ${JSON.stringify(name)} is built in (or a fixed check-run button); declare only events of the lifecycle's own`,
      });
    } else if (declared.has(name)) {
      problems.push({ code: "duplicate-event", path, message: `event ${JSON.stringify(name)} is declared twice` });
    } else if (!handled.has(name)) {
      problems.push({
        code: "unhandled-event",
        path,
        message: `event ${JSON.stringify(name)} is declared but no state handles it`,
      });
    }
    declared.add(name);
  });
  return declared;
}

function unknownTarget(target: string): string {
  return `target state ${JSON.stringify(target)} does not exist`;
}

function checkHandlers(
  handlers: readonly TransitionDef[],
  path: readonly (string | number)[],
  problems: LifecycleProblem[],
): void {
  const guards = new Set<string>();
  handlers.forEach((h, i) => {
    if (i > 0 && handlers[i - 1]?.guard === undefined) {
      problems.push({
        code: "duplicate-handler",
        path: [...path, i],
        message: "unreachable: an earlier transition for the same event has no guard",
      });
    }
    if (h.guard === undefined) return;
    if (guards.has(h.guard))
      problems.push({
        code: "duplicate-handler",
        path: [...path, i, "guard"],
        message: `duplicate guard ${JSON.stringify(h.guard)} for the same event`,
      });
    guards.add(h.guard);
    const check = checkGuard(h.guard);
    if (!check.ok)
      problems.push({
        code: "guard",
        path: [...path, i, "guard"],
        message: `guard does not compile: ${check.message.split("\n")[0]}`,
      });
  });
}

function targetsOf(state: StateDef, rootOn: Readonly<Record<string, readonly TransitionDef[]>>): string[] {
  const all = [...Object.values(state.on ?? {}).flat(), ...(state.always ?? []), ...Object.values(rootOn).flat()];
  return all.map((h) => h.target).filter((t): t is string => t !== undefined && t !== PREVIOUS_TARGET);
}

function unreachable(
  initial: string,
  states: Readonly<Record<string, StateDef>>,
  rootOn: Readonly<Record<string, readonly TransitionDef[]>>,
): string[] {
  const seen = new Set<string>([initial]);
  const todo = [initial];
  for (let name = todo.pop(); name !== undefined; name = todo.pop()) {
    const state = states[name];
    if (!state) continue;
    for (const target of targetsOf(state, state.kind === "final" ? {} : rootOn)) {
      if (!seen.has(target)) {
        seen.add(target);
        todo.push(target);
      }
    }
  }
  return Object.keys(states).filter((s) => !seen.has(s));
}

function alwaysCycles(states: Readonly<Record<string, StateDef>>): string[] {
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
