import { describe, expect, it } from "vitest";
import { countFleet, planBatch, resolveAmount } from "../../src/core/fleet-batches.ts";
import { compareInstanceIds, type FleetAmount } from "../../src/core/fleet-state.ts";
import { guardThreshold, type TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, drive, report } from "./lifecycles/drive.ts";
import { count, fleetOf, instance, inventoryOf, percent, running } from "./fleet-fixtures.ts";

describe("resolveAmount: counts as written, percentages of the inventory rounded up, at least one", () => {
  const cases: readonly (readonly [string, FleetAmount, number, number])[] = [
    ["a count is a count", count(3), 10, 3],
    ["a count larger than the fleet stays (the batch is just everyone)", count(50), 10, 50],
    ["25% of 10 is 2.5, rounded up to 3", percent(25), 10, 3],
    ["25% of 8 is exactly 2", percent(25), 8, 2],
    ["10% of 10,000 is 1,000", percent(10), 10_000, 1_000],
    ["1% of 10 is 0.1, rounded up to 1", percent(1), 10, 1],
    ["100% is everyone", percent(100), 7, 7],
    ["any percentage of an empty fleet is 1, never 0", percent(50), 0, 1],
    ["33% of 3 is 0.99, rounded up to 1", percent(33), 3, 1],
    ["34% of 3 is 1.02, rounded up to 2", percent(34), 3, 2],
    [
      "7% of 300 is exactly 21 (300 × 0.07 in floating point is 21.000000000000004, which would round up to 22)",
      percent(7),
      300,
      21,
    ],
  ];
  it.each(cases)("%s", (_, amount, total, expected) => {
    expect(resolveAmount(amount, total)).toBe(expected);
  });
});

describe("batch order", () => {
  it("sorts ids by code unit, not by locale or by number", () => {
    const ids = ["web-2", "Web-3", "web-10", "web-1", "äpi", "api"];
    expect([...ids].sort(compareInstanceIds)).toEqual(["Web-3", "api", "web-1", "web-10", "web-2", "äpi"]);
  });

  it("plans the same batch whatever order the inventory was filled in", () => {
    const a = fleetOf(8);
    const b = inventoryOf(...[...a.values()].reverse());
    const rollout = running("v2", { kind: "none" }).rollout!;
    expect(planBatch(b, rollout, 3, "block")).toEqual(planBatch(a, rollout, 3, "block"));
    expect(planBatch(a, rollout, 3, "block").assigned).toEqual(["i-00", "i-01", "i-02"]);
  });
});

describe("planBatch", () => {
  const rollout = running("v2", { kind: "through", id: "b" }).rollout!;

  it("starts after the last assigned id and passes instances that already run the version without a slot", () => {
    const inv = inventoryOf(
      instance("a", "v1"),
      instance("b", "v1"),
      instance("c", "v2", "HEALTHY"),
      instance("d", "v1"),
      instance("e", "v2", "DEGRADED"),
      instance("f", "v1"),
    );
    // c is completed once passed, d takes the one slot, e (degraded at v2) would take a slot under `block`.
    expect(planBatch(inv, rollout, 1, "block")).toEqual({ assigned: ["c", "d"], through: "d", reset: [] });
    // Under `fail`, e counts as failed at once and takes no slot; f then does.
    expect(planBatch(inv, rollout, 2, "fail").assigned).toEqual(["c", "d", "e", "f"]);
  });

  it("resets a failed instance it assigns: the new version gives it a new start, and it takes a slot", () => {
    const inv = inventoryOf(instance("c", "v1", "FAILED"), instance("d", "v1"));
    expect(planBatch(inv, rollout, 1, "block")).toEqual({
      assigned: ["c"],
      through: "c",
      reset: [{ ...instance("c", "v1"), status: "UNKNOWN" }],
    });
  });

  it("assigns nobody with no slot, or nobody left", () => {
    expect(planBatch(inventoryOf(instance("c", "v1")), rollout, 0, "block").through).toBeUndefined();
    expect(planBatch(inventoryOf(instance("a", "v1")), rollout, 5, "block").through).toBeUndefined();
  });
});

describe("countFleet", () => {
  it("counts by update state and by status", () => {
    const inv = inventoryOf(
      instance("a", "v2"),
      instance("b", "v1", "FAILED"),
      instance("c", "v1", "DEGRADED"),
      instance("d", "v2", "UNKNOWN"),
    );
    expect(countFleet(inv, running("v2", { kind: "through", id: "b" }), "block")).toEqual({
      total: 4,
      byUpdate: { "not-needed": 1, "needing-update": 1, "in-progress": 0, completed: 1, failed: 1 },
      byStatus: { UNKNOWN: 1, HEALTHY: 1, DEGRADED: 1, FAILED: 1 },
    });
  });
});

/**
 * The stage-run `rolling` lifecycle reads the same threshold: a percentage is resolved against
 * the `total` its rollout stage reports, rounded as the fleet rounds it.
 */
describe("the rolling lifecycle's guard threshold", () => {
  const rolling = builtinLifecycle("rolling");
  const cases: readonly (readonly [string, TransitionContext, number, number, string])[] = [
    ["25% of 10: 2 failures keep running", { thresholdPercent: 25 }, 2, 10, "running"],
    ["25% of 10: 3 failures fail (2.5 rounds up to 3)", { thresholdPercent: 25 }, 3, 10, "failed"],
    ["25% of 8: 2 failures fail", { thresholdPercent: 25 }, 2, 8, "failed"],
    ["1% of 10: 1 failure fails (never a threshold of 0)", { thresholdPercent: 1 }, 1, 10, "failed"],
    ["a count is a count", { threshold: 3 }, 2, 10, "running"],
    ["no threshold: 1", {}, 1, 10, "failed"],
  ];
  it.each(cases)("%s", (_, context, failed, total, expected) => {
    expect(guardThreshold(context, total)).toBe(
      resolveAmount(
        context.thresholdPercent === undefined
          ? { kind: "count", count: context.threshold ?? 1 }
          : { kind: "percent", percent: context.thresholdPercent },
        total,
      ),
    );
    const d = drive(rolling, [deploy("v1")], context);
    d.send(report("stage.progress", { counters: { failed, completed: 0, inProgress: 1, total } }));
    expect(d.current()).toBe(expected);
  });
});
