/**
 * The check run's buttons fit the run's state: what the lifecycle accepts now, most important
 * first, three at most; none on a finished run's Pause, none on an ended or blocked page.
 */
import { describe, expect, it } from "vitest";
import { runButtons } from "../../src/core/run-buttons.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, drive, fail, op, succeed, type Step } from "./lifecycles/drive.ts";

const standard = builtinLifecycle("standard");
const preview = builtinLifecycle("preview");
const FULL: TransitionContext = {
  stages: Object.fromEntries(
    ["validate", "fetch", "prepare", "install", "activate", "health-check", "update", "rollback"].map((s) => [s, {}]),
  ),
};
const PREVIEW: TransitionContext = {
  stages: { initialize: {}, deploy: {}, pause: {}, drop: {} },
  timers: { "pause-after": 3600, "drop-after": 7 * 86_400 },
  allowDrop: true,
};
const V1 = "ea861e269c0fe6d9cd0ac1fab7cae4aa39c20b22";
const V2 = "8d15309e2d1fa29cb010091d722796918f8afaa8";
const ok = succeed();
const FIRST: Step[] = [deploy(V1), ok, ok, ok, ok, ok, ok];

const CASES: readonly {
  readonly name: string;
  readonly lifecycle: typeof standard;
  readonly context: TransitionContext;
  readonly steps: readonly Step[];
  readonly page?: { ended?: boolean; blocked?: boolean };
  readonly labels: readonly string[];
}[] = [
  {
    name: "a first deploy still going: Pause",
    lifecycle: standard,
    context: FULL,
    steps: FIRST.slice(0, 3),
    labels: ["Pause"],
  },
  {
    name: "a held run: Resume, no second Pause",
    lifecycle: standard,
    context: FULL,
    steps: [...FIRST.slice(0, 3), op("pause")],
    labels: ["Resume"],
  },
  {
    name: "a finished first deploy: nothing (no Pause on a finished run)",
    lifecycle: standard,
    context: FULL,
    steps: FIRST,
    labels: [],
  },
  {
    name: "a failed first deploy: Retry",
    lifecycle: standard,
    context: FULL,
    steps: [deploy(V1), ok, fail()],
    labels: ["Retry"],
  },
  {
    name: "after a rollback: Redeploy the version it undid",
    lifecycle: standard,
    context: FULL,
    steps: [...FIRST, deploy(V2), ok, ok, ok, fail(), ok],
    labels: ["Redeploy 8d15309"],
  },
  {
    name: "a second good version: Roll back",
    lifecycle: standard,
    context: FULL,
    steps: [...FIRST, deploy(V2), ok, ok, ok, ok],
    labels: ["Roll back"],
  },
  {
    name: "a running preview: Pause (scale to zero) and Drop",
    lifecycle: preview,
    context: PREVIEW,
    steps: [deploy(V1), ok, ok],
    labels: ["Pause", "Drop"],
  },
  {
    name: "a paused preview: Resume and Drop",
    lifecycle: preview,
    context: PREVIEW,
    steps: [deploy(V1), ok, ok, op("pause"), ok],
    labels: ["Resume", "Drop"],
  },
  {
    name: "an ended run's page: none",
    lifecycle: standard,
    context: FULL,
    steps: FIRST.slice(0, 3),
    page: { ended: true },
    labels: [],
  },
  {
    name: "a blocked deployment: none",
    lifecycle: standard,
    context: FULL,
    steps: FIRST.slice(0, 3),
    page: { blocked: true },
    labels: [],
  },
];

describe("runButtons", () => {
  it.each(CASES)("$name", ({ lifecycle, context, steps, page, labels }) => {
    const d = drive(lifecycle, steps, context);
    const buttons = runButtons(lifecycle, d.state, page);
    expect(buttons.map((b) => b.label)).toEqual(labels);
    expect(buttons.length).toBeLessThanOrEqual(3);
    for (const b of buttons) expect(b.identifier.length).toBeLessThanOrEqual(20);
  });

  it("never offers more than three, declared events first", () => {
    const canary = builtinLifecycle("standard");
    const many = {
      ...canary,
      events: [{ name: "a1" }, { name: "a2" }, { name: "a3" }],
      on: { a1: [{}], a2: [{}], a3: [{}] },
    };
    const d = drive(standard, FIRST.slice(0, 3), FULL);
    expect(runButtons(many, d.state).map((b) => b.identifier)).toEqual(["a1", "a2", "a3"]);
  });
});
