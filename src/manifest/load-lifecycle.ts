import { checkLifecycle, type CheckCode } from "../core/lifecycle-checks.ts";
import {
  MAIN_REGION,
  type EventDef,
  type Lifecycle,
  type RegionDef,
  type StateDef,
  type TransitionDef,
} from "../core/lifecycle.ts";
import { locateProblems, validateAgainst } from "./schema-validator.ts";
import { toPointer, withSemanticErrors, type SourceError } from "./source-error.ts";
import { usableLifecycle } from "./usable-lifecycle.ts";
import { INPUT_LIMITS } from "./input-limits.ts";
import { parseYamlSource } from "./yaml-source.ts";
import { defined } from "../core/defined.ts";

export type LifecycleLoad =
  | { readonly ok: true; readonly lifecycle: Lifecycle }
  | { readonly ok: false; readonly errors: readonly SourceError[] };

/** Problems about a name, not its value: shown at the key. */
const AT_KEY: ReadonlySet<CheckCode> = new Set(["unknown-event"]);

type RawTransitionRef = string | TransitionDef | TransitionDef[];
type RawState = Omit<StateDef, "on"> & { on?: Record<string, RawTransitionRef> };
type RawStates = Record<string, RawState>;
interface RawLifecycle {
  name: string;
  description: string;
  concurrency: Lifecycle["concurrency"];
  events?: (string | EventDef)[];
  on?: Record<string, RawTransitionRef>;
  initial?: string;
  states?: RawStates;
  regions?: Record<string, { initial: string; states: RawStates }>;
}

/**
 * Loads a lifecycle in four steps: YAML with positions, the JSON schema, normalisation, and
 * the semantic checks. The semantic checks run after schema errors too when the file still has
 * the shape they read ({@link usableLifecycle}), so a person sees both at once. Every error
 * carries `file:line:column`; a lifecycle with any error loads nothing.
 */
export function loadLifecycle(text: string, file: string): LifecycleLoad {
  const parsed = parseYamlSource(text, file, INPUT_LIMITS.lifecycle);
  if (!parsed.ok) return parsed;
  const { source } = parsed;
  const schemaErrors = locateProblems(source, validateAgainst("lifecycle", source.value));
  if (schemaErrors.length > 0 && !usableLifecycle(source.value))
    return { ok: false, errors: withSemanticErrors(schemaErrors, []) };
  const raw = source.value as RawLifecycle;
  const lifecycle = normalise(raw);
  const semantic = checkLifecycle(lifecycle, raw.regions === undefined).map((p): SourceError => {
    const { line, column } = source.locate(p.path, { key: AT_KEY.has(p.code) });
    return {
      file,
      line,
      column,
      path: toPointer(p.path),
      message: p.message,
      code: p.code,
      ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
    };
  });
  const errors = withSemanticErrors(schemaErrors, semantic);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lifecycle };
}

function normalise(raw: RawLifecycle): Lifecycle {
  const regions: Record<string, RegionDef> = {};
  if (raw.regions) {
    for (const [name, region] of Object.entries(raw.regions))
      regions[name] = { initial: region.initial, states: normaliseStates(region.states) };
  } else {
    // The schema requires `initial` and `states` when there are no regions.
    regions[MAIN_REGION] = {
      initial: defined(raw.initial, "initial"),
      states: normaliseStates(defined(raw.states, "states")),
    };
  }
  return {
    name: raw.name,
    description: raw.description,
    concurrency: raw.concurrency,
    ...(raw.events ? { events: raw.events.map((e) => (typeof e === "string" ? { name: e } : e)) } : {}),
    ...(raw.on ? { on: normaliseHandlers(raw.on) } : {}),
    regions,
  };
}

function normaliseStates(states: RawStates): Record<string, StateDef> {
  const out: Record<string, StateDef> = {};
  for (const [name, state] of Object.entries(states)) {
    out[name] = { ...state, ...(state.on ? { on: normaliseHandlers(state.on) } : {}) } as StateDef;
  }
  return out;
}

function normaliseHandlers(on: Record<string, RawTransitionRef>): Record<string, TransitionDef[]> {
  const out: Record<string, TransitionDef[]> = {};
  for (const [event, ref] of Object.entries(on)) {
    out[event] = typeof ref === "string" ? [{ target: ref }] : Array.isArray(ref) ? ref : [ref];
  }
  return out;
}
