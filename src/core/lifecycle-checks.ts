import { OPERATOR_EVENTS, STAGE_EVENTS } from "./ferry-event.ts";
import { FIXED_BUTTONS } from "./run-buttons.ts";
import { checkGuard } from "./guard.ts";
import { didYouMean, suggester } from "./closest-name.ts";
import { PREVIOUS_TARGET, type Lifecycle, type TransitionDef } from "./lifecycle.ts";
import { alwaysCycles, unreachableStates } from "./lifecycle-reach.ts";

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
  /** The state or event most likely meant, when a name is close to one that exists; the message says it too. */
  readonly suggestion?: string;
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
  const closestName = suggester();
  const events = [...KNOWN_EVENTS, ...declared, ...signals, ...[...timers].map((t) => `timer.${t}`)];
  const unknownEvent = (name: string, path: readonly (string | number)[]): LifecycleProblem => {
    const suggestion = closestName(name, events);
    // With a likely meaning, the list of what an event can be is noise.
    const what =
      suggestion === undefined
        ? ": not a ferry event, an event the lifecycle declares in `events`, a raised signal, or a scheduled timer"
        : "";
    return withSuggestion("unknown-event", path, `unknown event ${JSON.stringify(name)}${what}`, suggestion);
  };
  const rootOn = lifecycle.on ?? {};
  if (!singleRegion && Object.keys(rootOn).length > 0) {
    problems.push({
      code: "root-on-in-regions",
      path: ["on"],
      message: "lifecycle-wide `on` handlers are only allowed without regions; put them in each region's states",
    });
  }
  for (const [name, handlers] of Object.entries(rootOn)) {
    if (!eventKnown(name)) problems.push(unknownEvent(name, ["on", name]));
    checkHandlers(handlers, ["on", name], problems);
  }

  // The events misspelt handlers of the whole lifecycle most likely mean (see missing-stage-outcome below).
  const meantAtRoot = singleRegion
    ? Object.keys(rootOn)
        .filter((event) => !eventKnown(event))
        .map((event) => closestName(event, events))
    : [];
  for (const [regionName, region] of Object.entries(lifecycle.regions)) {
    const base = singleRegion ? [] : ["regions", regionName];
    const statePath = (state: string) => [...base, "states", state];
    const exists = (target: string | undefined) =>
      target === undefined || target === PREVIOUS_TARGET || target in region.states;
    // Targets that name no state, and what each most likely means; reachability reads them as meant.
    const unknown: { problem: number; suggestion: string | undefined }[] = [];
    const rename = new Map<string, string>();
    const stateNames = Object.keys(region.states);
    const unknownTarget = (target: string, path: readonly (string | number)[], what = "target state") => {
      const suggestion = closestName(target, stateNames);
      if (suggestion !== undefined) rename.set(target, suggestion);
      unknown.push({ problem: problems.length, suggestion });
      const others = suggestion === undefined ? ` (states: ${someOf(stateNames)})` : "";
      problems.push(
        withSuggestion("unknown-target", path, `${what} ${JSON.stringify(target)} does not exist${others}`, suggestion),
      );
    };
    if (!(region.initial in region.states)) unknownTarget(region.initial, [...base, "initial"], "initial state");
    if (singleRegion) {
      for (const [event, handlers] of Object.entries(rootOn)) {
        handlers.forEach((h, i) => {
          if (!exists(h.target)) unknownTarget(String(h.target), ["on", event, i]);
        });
      }
    }
    for (const [stateName, state] of Object.entries(region.states)) {
      const path = statePath(stateName);
      for (const [event, handlers] of Object.entries(state.on ?? {})) {
        if (!eventKnown(event)) problems.push(unknownEvent(event, [...path, "on", event]));
        checkHandlers(handlers, [...path, "on", event], problems);
        handlers.forEach((h, i) => {
          if (!exists(h.target)) unknownTarget(String(h.target), [...path, "on", event, i]);
        });
      }
      if (state.always) {
        checkHandlers(state.always, [...path, "always"], problems);
        state.always.forEach((h, i) => {
          if (!exists(h.target)) unknownTarget(String(h.target), [...path, "always", i]);
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
        // A misspelt outcome (`stage.succeded`) is reported once, as an unknown event that means it.
        const meant = new Set([
          ...meantAtRoot,
          ...Object.keys(state.on ?? {})
            .filter((event) => !eventKnown(event))
            .map((event) => closestName(event, events)),
        ]);
        for (const outcome of ["stage.succeeded", "stage.failed"]) {
          if (!state.on?.[outcome] && !(singleRegion && rootOn[outcome]) && !meant.has(outcome)) {
            problems.push({
              code: "missing-stage-outcome",
              path,
              message: `stage state ${stateName} does not handle ${outcome}`,
            });
          }
        }
      }
    }
    const regionOn = singleRegion ? rootOn : {};
    const unresolved = unknown.find((u) => u.suggestion === undefined);
    if (unresolved) {
      // A target that names no state could have meant any of them: what it leaves unreachable is
      // its consequence, said once with it rather than as one error per state.
      const behind = unreachableStates(region.initial, region.states, regionOn, rename);
      const problem = problems[unresolved.problem];
      // An initial state that names none leaves every state behind it; saying so adds nothing.
      if (problem && behind.length > 0 && behind.length < stateNames.length)
        problems[unresolved.problem] = {
          ...problem,
          message: `${problem.message}; until it names a state, ${someOf(behind)} cannot be reached`,
        };
    } else {
      // Misspelt targets are read as the state they most likely mean, so a typo is one error.
      const start = rename.get(region.initial) ?? region.initial;
      for (const name of unreachableStates(region.initial, region.states, regionOn, rename)) {
        problems.push({
          code: "unreachable",
          path: statePath(name),
          message: `state ${name} is unreachable from ${start}`,
        });
      }
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

/** A list for a message, cut short: a file may hold thousands of states, and each error would repeat them. */
function someOf(names: readonly string[], most = 8): string {
  return names.length <= most ? names.join(", ") : `${names.slice(0, most).join(", ")} and ${names.length - most} more`;
}

function withSuggestion(
  code: CheckCode,
  path: readonly (string | number)[],
  message: string,
  suggestion: string | undefined,
): LifecycleProblem {
  return { code, path, message: message + didYouMean(suggestion), ...(suggestion === undefined ? {} : { suggestion }) };
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
