/**
 * A tiny, lifecycle-agnostic driver for table-driven lifecycle tests.
 *
 * Steps are data: `deploy("v1")`, `op("stop")`, `succeed()`, `fire("pause-after")`, ... Each step is
 * built against the current state (a stage report picks up the run id, attempt and stage of the stage
 * running now; a timer picks up its due time), then stamped with a unique id and a time a minute after
 * the previous event (or the timer's due time, if later). Tables can thus list plain paths of steps.
 */
import { expect } from "vitest";
import {
  initialDeploymentState,
  type DeploymentState,
  type Run,
  type StageResult,
} from "../../../src/core/deployment-state.ts";
import type { Effect } from "../../../src/core/effect.ts";
import type {
  Cause,
  FerryEvent,
  OperatorEventType,
  StageEventType,
  StageReport,
} from "../../../src/core/ferry-event.ts";
import type { Lifecycle } from "../../../src/core/lifecycle.ts";
import type { Reason } from "../../../src/core/reason.ts";
import { transition, type TransitionResult } from "../../../src/core/transition.ts";
import type { TransitionContext } from "../../../src/core/transition-context.ts";

/** The time of the deployment's creation; the first event comes a minute later. */
export const T0 = "2030-01-01T00:00:00.000Z";
const STEP_MS = 60_000;

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event without its stamp; `id`, `at`, `actor` and `cause` may still be given to override. */
export type EventSpec = DistributiveOmit<FerryEvent, "id" | "at" | "actor" | "cause"> & {
  readonly id?: string;
  readonly at?: string;
  readonly actor?: string;
  readonly cause?: Cause;
};

/** One step of a path: a label for test titles and a builder that sees the state it applies to. */
export interface Step {
  readonly label: string;
  build(state: DeploymentState): EventSpec;
}

export type Applied = Extract<TransitionResult, { ok: true }>;
export type Refused = Extract<TransitionResult, { ok: false }>;

function step(label: string, build: (state: DeploymentState) => EventSpec): Step {
  return { label, build };
}

/** A trigger for `version`; merges are the usual automatic cause. */
export function deploy(version: string, cause: Cause = "merge"): Step {
  return step(`deploy ${version}`, () => ({ type: "deploy", version, cause }));
}

/** An operator event other than deploy: stop, retry, rollback, pause, resume, drop, remove. */
export function op(type: Exclude<OperatorEventType, "deploy">, cause: Cause = "label"): Step {
  return step(type, () => ({ type, cause }));
}

/** `ferry rollback --to <version>`: a rollback to a chosen earlier good version. */
export function rollbackTo(to: string, cause: Cause = "cli"): Step {
  return step(`rollback to ${to}`, () => ({ type: "rollback", to, cause }));
}

/** An event the lifecycle declares itself (`events:`), e.g. a canary's `promote`. */
export function custom(name: string, cause: Cause = "label"): Step {
  return step(name, () => ({ type: "custom", name, cause }));
}

/** A signal raised by name (multi-region lifecycles). */
export function signal(name: string): Step {
  return step(name, () => ({ type: "signal", signal: name, cause: "api" }));
}

/** The newest stage result still waiting for a runner report, optionally in one region. */
export function runningStage(state: DeploymentState, region?: string): StageResult | undefined {
  for (let i = state.stages.length - 1; i >= 0; i--) {
    const s = state.stages[i]!;
    if (region !== undefined && s.region !== region) continue;
    if (s.status === "dispatching" || s.status === "running") return s;
  }
  return undefined;
}

export type ReportPatch = Partial<StageReport> & { readonly region?: string };

/**
 * A runner report about the stage running now. `patch` overrides the report, e.g. `{ attempt: 1 }`
 * for a late result of an earlier attempt or `{ stage: "install" }` for a stage that is not running.
 */
export function report(type: StageEventType, patch: ReportPatch = {}): Step {
  const { region, ...overrides } = patch;
  const detail = Object.entries(overrides)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(" ");
  return step(`${type}${detail ? ` (${detail})` : ""}`, (state) => {
    const active = runningStage(state, region);
    const base: StageReport = {
      runId: active?.runId ?? state.run?.id ?? 0,
      attempt: active?.attempt ?? state.run?.attempt ?? 0,
      stage: active?.stage ?? "none",
    };
    return { type, stage: { ...base, ...overrides }, cause: "runner", actor: "runner" };
  });
}

export const succeed = (patch?: ReportPatch): Step => report("stage.succeeded", patch);
export const fail = (patch?: ReportPatch): Step => report("stage.failed", patch);
export const timedOut = (patch?: ReportPatch): Step => report("stage.timed-out", patch);

/** The firing of a timer the state holds, at its due time; `due` overrides it (a stale firing). */
export function fire(name: string, due?: string): Step {
  return step(`timer ${name}${due ? ` due ${due}` : ""}`, (state) => {
    const timer = state.timers.find((t) => t.name === name);
    const when = due ?? timer?.due ?? T0;
    return { type: "timer", timer: { name, due: when }, at: when, cause: "timer", actor: "ferry" };
  });
}

/** The same event as `inner`, but with the id of the last event the state applied (a redelivery). */
export function redelivered(inner: Step): Step {
  return step(`${inner.label} (redelivered)`, (state) => ({
    ...inner.build(state),
    id: state.processed.at(-1) ?? "none",
  }));
}

/** Holds one deployment's state and applies steps to it. */
export class Driver {
  state: DeploymentState;
  /** The result of the last applied event. */
  last: Applied | undefined;
  private seq = 0;
  private clock = Date.parse(T0);

  constructor(
    readonly lifecycle: Lifecycle,
    public context: TransitionContext = {},
    deployment = "app",
  ) {
    this.state = initialDeploymentState(lifecycle, deployment, T0);
  }

  /** The current state of the region (the first one by default). */
  current(region?: string): string {
    const name = region ?? Object.keys(this.state.regions)[0]!;
    return this.state.regions[name]!.state;
  }

  /** Stamps a step into an event: unique id, and a time after every earlier event. */
  event(s: Step): FerryEvent {
    const spec = s.build(this.state);
    this.seq += 1;
    const requested = spec.at === undefined ? undefined : Date.parse(spec.at);
    this.clock = Math.max(this.clock + STEP_MS, requested ?? 0);
    return {
      actor: "alice",
      cause: "api",
      ...spec,
      id: spec.id ?? `e${this.seq}`,
      at: spec.at ?? new Date(this.clock).toISOString(),
    } as FerryEvent;
  }

  /** Applies one step; an accepted event moves the state on, a refusal leaves it as it was. */
  apply(s: Step): TransitionResult {
    const result = transition(this.lifecycle, this.state, this.event(s), this.context);
    if (result.ok) {
      this.state = result.state;
      this.last = result;
    }
    return result;
  }

  /** Applies one step that must be accepted and returns its result; a refusal throws with its reason. */
  send(s: Step): Applied {
    const result = this.apply(s);
    if (!result.ok) throw new Error(`${s.label} refused in ${this.current()}: ${result.reason}: ${result.detail}`);
    return result;
  }

  /** Applies the steps in order and returns the state; any refusal throws with its reason. */
  run(...steps: readonly Step[]): DeploymentState {
    for (const s of steps) this.send(s);
    return this.state;
  }

  /** The states the steps move through, in order (see {@link pathOf}); any refusal throws. */
  visit(steps: readonly Step[], region?: string): string[] {
    return steps.flatMap((s) => pathOf(this.send(s), region));
  }

  /** Applies a step that must be refused and returns the refusal. */
  refuse(s: Step): Refused {
    const before = this.state;
    const result = this.apply(s);
    if (result.ok)
      throw new Error(
        `${s.label} was accepted in ${before.regions[Object.keys(before.regions)[0]!]?.state}; now ${this.current()}`,
      );
    return result;
  }

  /** The reason a step would be refused with, or "ok"; never changes the state. */
  probe(s: Step): Reason | "ok" {
    const result = transition(this.lifecycle, this.state, this.event(s), this.context);
    return result.ok ? "ok" : result.reason;
  }
}

/** Runs `steps` on a new deployment and returns the driver, for further steps and assertions. */
export function drive(lifecycle: Lifecycle, steps: readonly Step[], context: TransitionContext = {}): Driver {
  const driver = new Driver(lifecycle, context);
  driver.run(...steps);
  return driver;
}

export function effectsOf<T extends Effect["type"]>(
  effects: readonly Effect[],
  type: T,
): Extract<Effect, { type: T }>[] {
  return effects.filter((e): e is Extract<Effect, { type: T }> => e.type === type);
}

/** The stages the effects ask to run, in order. */
export function stagesRun(effects: readonly Effect[]): string[] {
  return effectsOf(effects, "runStage").map((e) => e.stage);
}

/** The states an event moved through (its history entries' targets), in order; queue and hold notes excluded. */
export function pathOf(result: Applied, region?: string): string[] {
  return result.transitions
    .filter((t) => (region === undefined || t.region === region) && t.note === undefined)
    .map((t) => t.to);
}

/** Every arrow a lifecycle declares: `state --key--> target` (always arrows use the key `always`). */
export interface Arrow {
  readonly region: string;
  readonly from: string;
  readonly key: string;
  readonly to: string;
}

export function arrowsOf(lifecycle: Lifecycle): Arrow[] {
  const arrows: Arrow[] = [];
  for (const [region, def] of Object.entries(lifecycle.regions)) {
    for (const [from, state] of Object.entries(def.states)) {
      for (const [key, handlers] of Object.entries(state.on ?? {})) {
        for (const h of handlers) if (h.target !== undefined) arrows.push({ region, from, key, to: h.target });
      }
      for (const h of state.always ?? [])
        if (h.target !== undefined) arrows.push({ region, from, key: "always", to: h.target });
    }
  }
  return arrows;
}

export function arrowName(a: Arrow): string {
  return `${a.region}: ${a.from} --${a.key}--> ${a.to}`;
}

/**
 * The declared arrows no history entry took; the caller passes every history entry its scenarios
 * produced. `$previous` arrows match an entry to any state; a skipped stage takes its success arrow.
 */
export function untakenArrows(
  lifecycle: Lifecycle,
  taken: readonly { region: string; from: string; event: string; to: string }[],
): string[] {
  const keyOf = (event: string): string => (event === "stage.skipped" ? "stage.succeeded" : event);
  return arrowsOf(lifecycle)
    .filter(
      (a) =>
        !taken.some(
          (t) =>
            t.region === a.region &&
            t.from === a.from &&
            keyOf(t.event) === a.key &&
            (a.to === "$previous" || t.to === a.to),
        ),
    )
    .map(arrowName);
}

/** One arrow of a table: the path that sets it up, the event, and what must hold after it. */
export interface ArrowRow {
  readonly name: string;
  readonly context?: TransitionContext;
  readonly setup: readonly Step[];
  readonly from: string;
  readonly event: Step;
  readonly to: string;
  /** Every state the event enters, in order (auto states included); `[to]` when absent. */
  readonly path?: readonly string[];
  /** The stage the event dispatches with `runStage`, or null for none; unchecked when absent. */
  readonly stage?: string | null;
  /** `error.step` after the event, or null for no error; unchecked when absent. */
  readonly errorStep?: string | null;
  readonly run?: Partial<Run>;
  readonly region?: string;
}

/** Walks one row and asserts it; returns the event's result for further checks (and arrow coverage). */
export function expectArrow(lifecycle: Lifecycle, row: ArrowRow, context: TransitionContext = {}): Applied {
  const driver = drive(lifecycle, row.setup, row.context ?? context);
  expect(driver.current(row.region), "state before the event").toBe(row.from);
  const result = driver.apply(row.event);
  if (!result.ok) throw new Error(`${row.event.label} refused in ${row.from}: ${result.reason}: ${result.detail}`);
  expect(pathOf(result, row.region), "states entered").toEqual(row.path ?? [row.to]);
  expect(driver.current(row.region)).toBe(row.to);
  if (row.stage !== undefined)
    expect(stagesRun(result.effects), "runStage effects").toEqual(row.stage === null ? [] : [row.stage]);
  if (row.errorStep !== undefined) expect(driver.state.error?.step ?? null, "error.step").toBe(row.errorStep);
  if (row.run) expect(driver.state.run).toMatchObject(row.run);
  return result;
}

/** What an event does in a state it does not move: refused with a reason, queued, or held. */
export type Outcome = Reason | "queued" | "held";

/** The events one state refuses (or only queues or holds), after the path that reaches it. */
export interface RefusalRow {
  readonly state: string;
  readonly context?: TransitionContext;
  readonly setup: readonly Step[];
  readonly refuses: readonly (readonly [Step, Outcome])[];
}

/** Flattens refusal rows into `[title, row, step, outcome]` cases for `it.each`. */
export function refusalCases(rows: readonly RefusalRow[]): [string, RefusalRow, Step, Outcome][] {
  return rows.flatMap((row) =>
    row.refuses.map(([s, outcome]): [string, RefusalRow, Step, Outcome] => [
      `${row.state}: ${s.label} → ${outcome}`,
      row,
      s,
      outcome,
    ]),
  );
}

export function expectOutcome(
  lifecycle: Lifecycle,
  row: RefusalRow,
  s: Step,
  outcome: Outcome,
  context: TransitionContext = {},
): void {
  const driver = drive(lifecycle, row.setup, row.context ?? context);
  expect(driver.current(), "state before the event").toBe(row.state);
  const before = driver.state;
  const result = driver.apply(s);
  if (outcome === "queued" || outcome === "held") {
    if (!result.ok) throw new Error(`${s.label} refused in ${row.state}: ${result.reason}: ${result.detail}`);
    expect(driver.current()).toBe(row.state);
    expect(stagesRun(result.effects)).toEqual([]);
    if (outcome === "queued") expect(driver.state.queue.length).toBe(before.queue.length + 1);
    else expect(driver.state.hold).not.toBeNull();
    return;
  }
  expect(result.ok ? "accepted" : result.reason).toBe(outcome);
  expect(driver.state).toBe(before);
}
