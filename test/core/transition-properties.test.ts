import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { initialDeploymentState, type DeploymentState } from "../../src/core/deployment-state.ts";
import { CAUSES, OPERATOR_EVENTS, type FerryEvent } from "../../src/core/ferry-event.ts";
import type { Lifecycle } from "../../src/core/lifecycle.ts";
import { REASONS } from "../../src/core/reason.ts";
import { transition } from "../../src/core/transition.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycles } from "../../src/manifest/builtin-lifecycles.ts";
import { validateAgainst } from "../../src/manifest/schema-validator.ts";

/**
 * `transition()` on random event sequences: whatever arrives, in whatever order, with whatever
 * texts, it never throws, every state it returns is one the state schema accepts, and the state
 * file stays small. Seeded, so a failure is reproducible.
 */
const SEED = 20261201;
const RUNS = 60;
const MAX_STATE_BYTES = 64 * 1024;

/** One step of a random history, interpreted against the state it meets (see `eventFor`). */
const step = fc.record({
  kind: fc.nat({ max: 9 }),
  pick: fc.nat(),
  version: fc.nat({ max: 7 }),
  text: fc.oneof(fc.constant("tester"), fc.string({ maxLength: 2000 })),
  seconds: fc.integer({ min: -120, max: 7200 }),
  reuseId: fc.boolean(),
});
const COMMANDS = OPERATOR_EVENTS.filter((e) => e !== "deploy");
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function stagesOf(lifecycle: Lifecycle): Record<string, { retries: number }> {
  const stages: Record<string, { retries: number }> = {};
  for (const region of Object.values(lifecycle.regions))
    for (const state of Object.values(region.states)) if (state.stage) stages[state.stage] = { retries: 1 };
  return stages;
}

/** Valid reports for the active stage most of the time; stale, unknown and odd ones the rest. */
function eventFor(s: Step, i: number, state: DeploymentState, at: string): FerryEvent {
  const id = s.pick % 13 === 0 ? s.text : s.reuseId && i > 0 ? `e${i - 1}` : `e${i}`;
  const base = { id, at, actor: s.text, cause: CAUSES[s.pick % CAUSES.length]! };
  const active = state.stages.findLast((r) => r.status === "dispatching" || r.status === "running");
  const report = active
    ? {
        runId: active.runId,
        attempt: active.attempt,
        stage: active.stage,
        message: s.text,
        url: "https://example.com/job/1",
        externalId: String(s.pick),
      }
    : { runId: 1 + (s.pick % 5), attempt: 1, stage: s.text.slice(0, 20) || "install", message: s.text };
  const timer = state.timers[s.pick % Math.max(1, state.timers.length)];
  switch (s.kind) {
    case 0:
    case 1:
      return {
        ...base,
        type: "deploy",
        version: s.pick % 11 === 0 ? s.text : "0123456789abcdef"[s.version]!.repeat(40),
        ...(s.pick % 3 === 0 ? { ref: s.text } : {}),
      };
    case 2:
      return { ...base, type: "stage.started", stage: report };
    case 3:
      return { ...base, type: "stage.succeeded", stage: report };
    case 4:
      return { ...base, type: s.pick % 2 === 0 ? "stage.failed" : "stage.timed-out", stage: report };
    case 5:
      return {
        ...base,
        type: "stage.progress",
        stage: { ...report, counters: { failed: s.pick % 4, completed: s.version, inProgress: 1, total: 8 } },
      };
    case 6:
      return {
        ...base,
        type: "stage.succeeded",
        stage: { ...report, runId: report.runId + 1 + (s.pick % 3), attempt: 1 + (s.version % 3) },
      };
    case 7:
      return { ...base, type: COMMANDS[s.pick % COMMANDS.length]! };
    case 8:
      return timer
        ? { ...base, type: "timer", timer: { name: timer.name, due: timer.due } }
        : { ...base, type: "timer", timer: { name: s.text, due: at } };
    default:
      return { ...base, type: "signal", signal: s.text };
  }
}

describe("transition() on random event sequences", () => {
  it.each([...builtinLifecycles().values()].map((l) => [l.name, l] as const))(
    "%s: never throws; every state is valid and small",
    (_, lifecycle) => {
      const context: TransitionContext = {
        quick: false,
        type: "demo",
        allowDrop: true,
        threshold: 2,
        stages: stagesOf(lifecycle),
        timers: { "pause-after": 3600, "drop-after": 7200 },
      };
      fc.assert(
        fc.property(fc.array(step, { minLength: 1, maxLength: 120 }), (steps) => {
          let clock = Date.parse("2026-01-01T00:00:00.000Z");
          let state = initialDeploymentState(lifecycle, "web", new Date(clock).toISOString());
          steps.forEach((s, i) => {
            clock += s.seconds * 1000;
            const result = transition(lifecycle, state, eventFor(s, i, state, new Date(clock).toISOString()), context);
            if (!result.ok) {
              expect(REASONS).toContain(result.reason);
              return;
            }
            state = result.state;
            const json = JSON.stringify(state);
            expect(validateAgainst("state", JSON.parse(json))).toEqual([]);
            expect(json.length).toBeLessThan(MAX_STATE_BYTES);
            for (const [region, r] of Object.entries(state.regions))
              expect(Object.keys(lifecycle.regions[region]?.states ?? {})).toContain(r.state);
          });
        }),
        { seed: SEED, numRuns: RUNS },
      );
    },
    120_000,
  );
});
