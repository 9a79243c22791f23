/**
 * The example `canary` lifecycle (examples/canary/.ferry/lifecycles/canary.yml): a lifecycle's own
 * events (`promote`, `abort`) handled through its `on` maps, every arrow it declares, the automatic
 * abort on failure, and what the core refuses about custom events.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Lifecycle } from "../../../src/core/lifecycle.ts";
import type { TransitionContext } from "../../../src/core/transition-context.ts";
import { loadLifecycle } from "../../../src/manifest/load-lifecycle.ts";
import { formatSourceError } from "../../../src/manifest/source-error.ts";
import {
  custom,
  deploy,
  drive,
  expectArrow,
  expectOutcome,
  fail,
  op,
  refusalCases,
  succeed,
  untakenArrows,
  type ArrowRow,
  type RefusalRow,
  type Step,
} from "./drive.ts";

const FILE = "examples/canary/.ferry/lifecycles/canary.yml";

function canaryLifecycle(): Lifecycle {
  const loaded = loadLifecycle(readFileSync(new URL(`../../../${FILE}`, import.meta.url), "utf8"), FILE);
  if (!loaded.ok) throw new Error(loaded.errors.map(formatSourceError).join("\n"));
  return loaded.lifecycle;
}

const canary = canaryLifecycle();
const CONTEXT: TransitionContext = { stages: { canary: {}, promote: {}, abort: {}, rollback: {} } };

const ok = succeed();
const CANARY_V1 = [deploy("v1")];
const PAUSED_V1 = [...CANARY_V1, ok];
const PROMOTING_V1 = [...PAUSED_V1, custom("promote")];
const STABLE_V1 = [...PROMOTING_V1, ok];
const CANARY_V2 = [...STABLE_V1, deploy("v2")];
const PAUSED_V2 = [...CANARY_V2, ok];
const ABORTING_V2 = [...PAUSED_V2, custom("abort")];
const ABORTED_V2 = [...ABORTING_V2, ok];
const ROLLING_BACK = [...STABLE_V1, deploy("v2"), ok, custom("promote"), ok, op("rollback")];
const FAILED = [...ABORTING_V2, fail()];

const arrows: ArrowRow[] = [
  { name: "idle → canary", setup: [], from: "idle", event: deploy("v1"), to: "canary", stage: "canary" },
  { name: "canary → paused", setup: CANARY_V1, from: "canary", event: ok, to: "paused", stage: null },
  {
    name: "canary fails → aborting (automatic abort)",
    setup: CANARY_V1,
    from: "canary",
    event: fail(),
    to: "aborting",
    stage: "abort",
    errorStep: "canary",
  },
  {
    name: "canary → aborting on abort, before its checks end",
    setup: CANARY_V1,
    from: "canary",
    event: custom("abort"),
    to: "aborting",
    stage: "abort",
    errorStep: "canary",
  },
  {
    name: "paused → promoting on promote",
    setup: PAUSED_V1,
    from: "paused",
    event: custom("promote"),
    to: "promoting",
    stage: "promote",
    run: { version: "v1", kind: "deploy", id: 1 },
  },
  {
    name: "paused → aborting on abort",
    setup: PAUSED_V2,
    from: "paused",
    event: custom("abort"),
    to: "aborting",
    stage: "abort",
    errorStep: "paused",
  },
  { name: "promoting → stable", setup: PROMOTING_V1, from: "promoting", event: ok, to: "stable", stage: null },
  {
    name: "promoting fails → aborting",
    setup: PROMOTING_V1,
    from: "promoting",
    event: fail(),
    to: "aborting",
    stage: "abort",
    errorStep: "promote",
  },
  { name: "aborting → aborted", setup: ABORTING_V2, from: "aborting", event: ok, to: "aborted", stage: null },
  { name: "aborting fails → failed", setup: ABORTING_V2, from: "aborting", event: fail(), to: "failed" },
  { name: "stable → canary on deploy", setup: STABLE_V1, from: "stable", event: deploy("v2"), to: "canary" },
  {
    name: "stable → rolling_back on rollback",
    setup: [...STABLE_V1, deploy("v2"), ok, custom("promote"), ok],
    from: "stable",
    event: op("rollback"),
    to: "rolling_back",
    stage: "rollback",
    run: { kind: "rollback", version: "v1" },
  },
  { name: "rolling_back → stable", setup: ROLLING_BACK, from: "rolling_back", event: ok, to: "stable" },
  { name: "rolling_back fails → failed", setup: ROLLING_BACK, from: "rolling_back", event: fail(), to: "failed" },
  { name: "aborted → canary on deploy", setup: ABORTED_V2, from: "aborted", event: deploy("v3"), to: "canary" },
  {
    name: "aborted → canary on retry",
    setup: ABORTED_V2,
    from: "aborted",
    event: op("retry"),
    to: "canary",
    run: { version: "v2", attempt: 2 },
  },
  { name: "failed → aborting on retry", setup: FAILED, from: "failed", event: op("retry"), to: "aborting" },
  { name: "failed → canary on deploy", setup: FAILED, from: "failed", event: deploy("v3"), to: "canary" },
  {
    name: "failed → rolling_back on rollback",
    setup: FAILED,
    from: "failed",
    event: op("rollback"),
    to: "rolling_back",
    run: { kind: "rollback", version: "v1" },
  },
];

describe("canary example: every arrow, promote and abort included", () => {
  it("declares promote and abort, with descriptions", () => {
    expect(canary.events).toEqual([
      { name: "promote", description: "Send all traffic to the canary" },
      { name: "abort", description: "Take the canary down" },
    ]);
  });

  it.each(arrows)("$name", (row) => {
    expectArrow(canary, row, CONTEXT);
  });

  it("the table takes every arrow the lifecycle declares", () => {
    const taken = arrows.flatMap((row) => expectArrow(canary, row, CONTEXT).transitions);
    expect(untakenArrows(canary, taken)).toEqual([]);
  });

  it("a promoted canary records its version good; an aborted one leaves the stable version the rollback target", () => {
    const d = drive(canary, ABORTED_V2, CONTEXT);
    expect(d.state.good.map((g) => g.version)).toEqual(["v1"]);
    expect(d.state.error).toMatchObject({ step: "paused", message: "abort in paused" });
    expect(d.state.history.filter((h) => h.event === "promote" || h.event === "abort").map((h) => h.event)).toEqual([
      "promote",
      "abort",
    ]);
  });

  it("a trigger during the gate queues, and runs its own canary once the gate is passed", () => {
    const d = drive(canary, [...PAUSED_V1, deploy("v2")], CONTEXT);
    expect(d.current()).toBe("paused");
    expect(d.state.queue.map((q) => q.version)).toEqual(["v2"]);
    d.run(custom("promote"), ok);
    expect(d.current()).toBe("canary");
    expect(d.state.run).toMatchObject({ version: "v2", id: 2 });
  });
});

const refusals: RefusalRow[] = [
  {
    state: "idle",
    setup: [],
    refuses: [
      [custom("promote"), "not-allowed-in-state"],
      [custom("abort"), "not-allowed-in-state"],
    ],
  },
  {
    state: "canary",
    setup: CANARY_V1,
    refuses: [
      [custom("promote"), "not-allowed-in-state"],
      [deploy("v2"), "queued"],
    ],
  },
  {
    state: "paused",
    setup: PAUSED_V1,
    refuses: [
      // Only declared names are custom events: a built-in name, a signal or a stranger is refused.
      [custom("approve"), "unknown-event"],
      [custom("deploy"), "unknown-event"],
      [custom("stage.succeeded"), "unknown-event"],
      [custom(""), "input-empty"],
      [custom("x".repeat(201)), "input-too-long"],
      [op("retry"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
    ],
  },
  { state: "stable", setup: STABLE_V1, refuses: [[custom("promote"), "not-allowed-in-state"]] },
];

describe("canary example: what each state refuses", () => {
  it.each(refusalCases(refusals))("%s", (_title, row, s: Step, outcome) => {
    expectOutcome(canary, row, s, outcome, CONTEXT);
  });
});
