/**
 * Hostile input never bloats the state file: a storm of triggers at a busy deployment, or of stage
 * reports with huge text, leaves `deployments/<name>.json` under 64 KiB, and after a trigger storm
 * only the newest version deploys.
 */
import { describe, expect, it } from "vitest";
import { URL_MAX_LENGTH } from "../../src/core/bounded-event.ts";
import { QUEUE_LIMIT, type DeploymentState } from "../../src/core/deployment-state.ts";
import type { Cause } from "../../src/core/ferry-event.ts";
import type { Lifecycle } from "../../src/core/lifecycle.ts";
import { builtinLifecycles } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, Driver, effectsOf, fail, fire, runningStage, succeed, type Step } from "./lifecycles/drive.ts";

const STATE_FILE_BUDGET = 64 * 1024;
const STORM = 5_000;
const CAUSES: readonly Cause[] = ["merge", "push", "label", "cli", "api", "button", "create"];
const LONG_ACTOR = "dependabot-".repeat(100);

const sizeOf = (state: DeploymentState) => JSON.stringify(state).length;

/** A distinct commit-like version per trigger. */
function version(i: number): string {
  return i.toString(16).padStart(40, "0");
}

let delivery = 0;

/** The step sent by `actor` with an id as long as GitHub's delivery ids (a GUID). */
function hostile(inner: Step, actor: string): Step {
  const id = `${(++delivery).toString(16).padStart(8, "0")}-cc78-11e3-81ab-4c9367dc0958`;
  return { label: inner.label, build: (state) => ({ ...inner.build(state), actor, id }) };
}

/** Reports success for whatever stage runs until nothing runs and nothing waits; returns the runs' versions. */
function settle(d: Driver): string[] {
  const dispatched: string[] = [];
  for (let i = 0; i < 100 && runningStage(d.state); i++) {
    const result = d.send(succeed());
    dispatched.push(...effectsOf(result.effects, "runStage").map((e) => e.version));
  }
  expect(runningStage(d.state), "a stage still runs").toBeUndefined();
  return dispatched;
}

const lifecycles = [...builtinLifecycles().values()].map((l) => [l.name, l] as const);

describe("a storm of triggers at a busy deployment", () => {
  it.each(lifecycles)("%s: stays under 64 KiB and then deploys only the newest version", (_, lifecycle: Lifecycle) => {
    const d = new Driver(lifecycle, { allowDrop: true });
    d.send(deploy(version(0)));
    expect(runningStage(d.state), "busy before the storm").toBeDefined();
    let largest = 0;
    let newestAccepted: string | undefined;
    for (let i = 1; i <= STORM; i++) {
      const result = d.apply(hostile(deploy(version(i), CAUSES[i % CAUSES.length]), `${LONG_ACTOR}${i}`));
      if (result.ok) newestAccepted = version(i);
      else expect(result.reason, `trigger ${i}`).toBe("rejected-busy");
      if (i % 100 === 0) largest = Math.max(largest, sizeOf(d.state));
    }
    largest = Math.max(largest, sizeOf(d.state));
    expect(largest).toBeLessThan(STATE_FILE_BUDGET);
    expect(d.state.queue.length).toBeLessThanOrEqual(QUEUE_LIMIT);
    expect(d.state.history.every((h) => h.actor.length <= 64)).toBe(true);
    expect(newestAccepted).toBe(version(STORM));

    const queued = d.state.queue.length > 0;
    const deployed = settle(d);
    // Whatever the lifecycle's policy (queue, or supersede for preview), the newest trigger is the
    // only version that runs after the storm.
    expect(new Set(deployed.filter((v) => v !== version(0)))).toEqual(new Set([version(STORM)]));
    expect(d.state.run?.version).toBe(version(STORM));
    expect(d.state.queue).toEqual([]);
    if (queued) expect(d.state.run?.coalesced).toBe(STORM - 1);
    expect(sizeOf(d.state)).toBeLessThan(STATE_FILE_BUDGET);
  });
});

describe("a storm of stage reports with huge text", () => {
  const HUGE = "x".repeat(100_000);
  it.each(lifecycles)(
    "%s: failing and retrying with 100 kB messages and links stays under 64 KiB",
    (_, lifecycle: Lifecycle) => {
      const stages: Record<string, { retries: number; backoffSeconds: number }> = {};
      for (const region of Object.values(lifecycle.regions))
        for (const state of Object.values(region.states))
          if (state.stage) stages[state.stage] = { retries: 10_000, backoffSeconds: 1 };
      const d = new Driver(lifecycle, { allowDrop: true, stages });
      d.send(hostile(deploy(version(1)), LONG_ACTOR));
      for (let i = 0; i < 300; i++) {
        // Every other link is as long as may be kept; the rest are too long and left out.
        const url = `https://example.com/${i % 2 === 0 ? "y".repeat(URL_MAX_LENGTH - 20) : HUGE}`;
        d.send(hostile(fail({ message: `${HUGE}${i}`, url, externalId: `${9_000_000_000 + i}` }), LONG_ACTOR));
        d.send(fire(`stage-retry:${runningRegion(d.state)}`));
      }
      expect(sizeOf(d.state)).toBeLessThan(STATE_FILE_BUDGET);
      expect(d.state.stages.at(-2)).toMatchObject({ status: "failed", message: expect.stringMatching(/^x+…$/) });
      expect(d.state.stages.filter((s) => s.url !== undefined).every((s) => s.url!.length <= URL_MAX_LENGTH)).toBe(
        true,
      );
      expect(d.state.stages.some((s) => s.url === undefined && s.status === "failed")).toBe(true);
    },
  );

  /** The region whose stage failed last: its retry is what is due. */
  function runningRegion(state: DeploymentState): string {
    return state.timers.find((t) => t.name.startsWith("stage-retry:"))?.region ?? "main";
  }
});
