import { describe, expect, it } from "vitest";
import {
  progressRollout,
  rollbackRollout,
  startRollout,
  type FleetDecision,
  type FleetStep,
} from "../../src/core/fleet-rollout.ts";
import {
  fleetPhase,
  INITIAL_FLEET_STATE,
  type FleetPhase,
  type FleetRollout,
  type FleetState,
} from "../../src/core/fleet-state.ts";
import { count, fleetOf, instance, inventoryOf, percent, policy, running, T0, T1, with_ } from "./fleet-fixtures.ts";

/** Ten instances i-00…i-09; the first `n` updated to v2 and healthy. */
const updated = (n: number, rest: "v1" | "v2" = "v1") =>
  inventoryOf(...[...fleetOf(10).values()].map((i, k) => instance(i.id, k < n ? "v2" : rest, "HEALTHY")));
const through = (id: string) => ({ kind: "through", id }) as const;

interface DeploymentRow {
  /** The round the row describes: the inputs it gives the machine, and the step that comes out. */
  readonly step: () => FleetStep;
  readonly decision: FleetDecision;
  readonly phase: FleetPhase;
  readonly rollout?: Partial<FleetRollout>;
  /** Instances reset by the step, as `[id, status]`. */
  readonly changed?: readonly (readonly [string, string])[];
}

/** The reference's "Deployment State Logic" table, one case per row, named after it. */
const deploymentRows: Readonly<Record<string, DeploymentRow>> = {
  "row 1: Running | All instances completed | Completed | Mark deployment successful": {
    step: () => progressRollout(updated(10), running("v2", through("i-09")), policy(), T1),
    decision: { kind: "completed", version: "v2" },
    phase: "completed",
    rollout: { assigned: { kind: "all" }, endedAt: T1 },
  },
  "row 2: Running | Failed instances >= threshold | Failed | Trigger automatic rollback": {
    step: () =>
      progressRollout(
        with_(updated(2), instance("i-02", "v1", "FAILED"), instance("i-03", "v1", "FAILED")),
        running("v2", through("i-03")),
        policy({ batchSize: count(4), failureThreshold: count(2) }),
        T1,
      ),
    decision: { kind: "threshold-crossed", version: "v2", failed: 2, threshold: 2, rollback: { ok: true, to: "v1" } },
    // The failed rollout is replaced by the rollback, which sends back every instance it changed.
    phase: "running",
    rollout: { kind: "rollback", version: "v1", from: "v2", assigned: through("i-03"), startedAt: T1 },
    changed: [
      ["i-02", "UNKNOWN"],
      ["i-03", "UNKNOWN"],
    ],
  },
  "row 3: Running | Batch in progress | Running | Wait for current batch": {
    // i-00 and i-01 completed, i-02 still updating: its batch is not done, even with two slots free.
    step: () => progressRollout(updated(2), running("v2", through("i-02")), policy({ batchSize: count(3) }), T1),
    decision: { kind: "waiting", reason: "batch-in-progress" },
    phase: "running",
    rollout: { assigned: through("i-02"), batches: 1 },
  },
  "row 4: Running | Batch has capacity | Running | Start next batch": {
    // The batch i-00…i-02 is done: the next three start.
    step: () => progressRollout(updated(3), running("v2", through("i-02")), policy({ batchSize: count(3) }), T1),
    decision: { kind: "batch-advanced", batch: 2, assigned: ["i-03", "i-04", "i-05"] },
    phase: "running",
    rollout: { assigned: through("i-05"), batches: 2 },
  },
  "row 5: Failed | Rollback triggered | Running | Start rollback deployment": {
    step: () => {
      const inv = with_(updated(1), instance("i-01", "v1", "FAILED"));
      const failed = progressRollout(inv, running("v2", through("i-01")), policy({ autoRollback: false }), T0);
      expect(fleetPhase(failed.fleet)).toBe("failed");
      return rollbackRollout(inv, failed.fleet, T1);
    },
    decision: { kind: "rolled-back", from: "v2", to: "v1" },
    phase: "running",
    rollout: { kind: "rollback", version: "v1", startedAt: T1 },
    changed: [["i-01", "UNKNOWN"]],
  },
};

describe("deployment state logic: the reference's rows", () => {
  it.each(Object.entries(deploymentRows))("%s", (_, row) => {
    const step = row.step();
    expect(step.decision).toEqual(row.decision);
    expect(fleetPhase(step.fleet)).toBe(row.phase);
    if (row.rollout) expect(step.fleet.rollout).toMatchObject(row.rollout);
    expect(step.changed.map((i) => [i.id, i.status])).toEqual(row.changed ?? []);
  });

  it("row 1 records the version as completed, a rollback target from then on", () => {
    expect(
      deploymentRows["row 1: Running | All instances completed | Completed | Mark deployment successful"]!.step().fleet
        .completed,
    ).toEqual(["v2", "v1"]);
  });
});

/** The reference's deployment diagram and flow charts, beyond the table. */
describe("deployment state machine: the reference's diagram and flows", () => {
  it("Unknown → Running: TriggerDeployment assigns the first batch", () => {
    expect(fleetPhase(INITIAL_FLEET_STATE)).toBe("unknown");
    const started = startRollout(fleetOf(10), INITIAL_FLEET_STATE, policy({ batchSize: count(3) }), "v2", T0);
    expect(started).toMatchObject({
      ok: true,
      decision: { kind: "batch-advanced", batch: 1, assigned: ["i-00", "i-01", "i-02"] },
    });
    if (started.ok) expect(fleetPhase(started.fleet)).toBe("running");
  });

  it("Running → Failed: failure threshold exceeded, with automatic rollback off", () => {
    const inv = with_(updated(0), instance("i-00", "v1", "FAILED"));
    const step = progressRollout(inv, running("v2", through("i-00")), policy({ autoRollback: false }), T1);
    expect(step.decision).toMatchObject({
      kind: "threshold-crossed",
      rollback: { ok: false, reason: "auto-rollback-off" },
    });
    expect(step.fleet.rollout).toMatchObject({ phase: "failed", endedAt: T1, version: "v2" });
    expect(step.changed).toEqual([]);
  });

  it("Completed → Running: a new deployment", () => {
    const done = progressRollout(updated(10), running("v2", through("i-09")), policy(), T0).fleet;
    const started = startRollout(updated(10), done, policy(), "v3", T1);
    expect(started).toMatchObject({ ok: true, decision: { kind: "batch-advanced", batch: 1, assigned: ["i-00"] } });
  });

  it("Failed → Running: a new deployment after a failed one (a fix) is not refused", () => {
    const inv = with_(updated(0), instance("i-00", "v1", "FAILED"));
    const failed = progressRollout(inv, running("v2", through("i-00")), policy({ autoRollback: false }), T0).fleet;
    expect(startRollout(inv, failed, policy(), "v3", T1)).toMatchObject({ ok: true });
  });

  it("Check if Rollout in Progress → ErrRolloutInProgress", () => {
    const fleet = running("v2", through("i-00"));
    expect(startRollout(updated(0), fleet, policy(), "v3", T1)).toEqual({
      ok: false,
      reason: "rollout-in-progress",
      running: "v2",
    });
  });

  it("Any Instances Need Update? No → Mark as Completed", () => {
    const started = startRollout(updated(10), { rollout: null, completed: ["v1"] }, policy(), "v2", T0);
    expect(started).toMatchObject({ ok: true, decision: { kind: "completed", version: "v2" } });
    if (started.ok) expect(started.fleet.completed).toEqual(["v2", "v1"]);
  });

  it("an empty inventory completes at once", () => {
    expect(startRollout(new Map(), INITIAL_FLEET_STATE, policy(), "v1", T0)).toMatchObject({
      ok: true,
      decision: { kind: "completed" },
    });
  });

  it("Get Running Deployment → none: nothing to decide", () => {
    expect(progressRollout(updated(0), INITIAL_FLEET_STATE, policy(), T1).decision).toEqual({ kind: "idle" });
  });

  it("Rollback: Previous Deployment Found? No → ErrNoPreviousDeploymentFound; the running rollout is still cancelled and failed instances reset", () => {
    const inv = with_(updated(0), instance("i-00", "v1", "FAILED"));
    const step = rollbackRollout(inv, running("v1", through("i-00"), []), T1);
    expect(step.decision).toEqual({ kind: "rollback-refused", reason: "no-completed-version" });
    expect(step.fleet.rollout).toMatchObject({ phase: "failed", endedAt: T1 });
    expect(step.changed).toEqual([{ ...inv.get("i-00"), status: "UNKNOWN" }]);
  });

  it("the first rollout crossing the threshold has nothing to roll back to", () => {
    const inv = with_(updated(0), instance("i-00", "v1", "FAILED"));
    const step = progressRollout(inv, running("v1", through("i-00"), []), policy(), T1);
    expect(step.decision).toMatchObject({ rollback: { ok: false, reason: "no-completed-version" } });
    expect(fleetPhase(step.fleet)).toBe("failed");
  });

  it("a rollback with nothing deployed yet is refused", () => {
    expect(rollbackRollout(updated(0), INITIAL_FLEET_STATE, T1).decision).toEqual({
      kind: "rollback-refused",
      reason: "no-rollout",
    });
  });

  it("a failing rollback fails and does not roll back again", () => {
    const rollback: FleetState = {
      rollout: { ...running("v1", through("i-00")).rollout!, kind: "rollback", from: "v2" },
      completed: ["v1", "v0"],
    };
    const inv = with_(updated(0), instance("i-00", "v2", "FAILED"));
    const step = progressRollout(inv, rollback, policy(), T1);
    expect(step.decision).toMatchObject({
      kind: "threshold-crossed",
      rollback: { ok: false, reason: "rollback-failed" },
    });
    expect(fleetPhase(step.fleet)).toBe("failed");
  });

  it("an operator's rollback of a completed rollout sends every instance back to the completed version before it", () => {
    const done = progressRollout(updated(10), running("v2", through("i-09")), policy(), T0).fleet;
    const step = rollbackRollout(updated(10), done, T1);
    expect(step.decision).toEqual({ kind: "rolled-back", from: "v2", to: "v1" });
    expect(step.fleet.rollout?.assigned).toEqual({ kind: "all" });
  });
});

describe("failures below the threshold, and DEGRADED", () => {
  it("a failure below the threshold does not stop the batches, and the rollout does not complete past it", () => {
    const inv = with_(updated(1), instance("i-01", "v1", "FAILED"));
    const p = policy({ batchSize: count(2), failureThreshold: count(2) });
    const next = progressRollout(inv, running("v2", through("i-01")), p, T1);
    expect(next.decision).toEqual({ kind: "batch-advanced", batch: 2, assigned: ["i-02", "i-03"] });
    const allButOne = with_(updated(10), instance("i-01", "v1", "FAILED"));
    const last = progressRollout(allButOne, running("v2", through("i-09")), p, T1);
    expect(last.decision).toEqual({ kind: "waiting", reason: "nothing-to-assign" });
  });

  it("DEGRADED under `block` holds its slot and keeps the rollout from completing", () => {
    const inv = with_(updated(10), instance("i-09", "v2", "DEGRADED"));
    const step = progressRollout(inv, running("v2", through("i-09")), policy({ degraded: "block" }), T1);
    expect(step.decision).toEqual({ kind: "waiting", reason: "batch-in-progress" });
  });

  it("DEGRADED under `fail` counts against the threshold", () => {
    const inv = with_(updated(10), instance("i-09", "v2", "DEGRADED"));
    const step = progressRollout(inv, running("v2", through("i-09")), policy({ degraded: "fail" }), T1);
    expect(step.decision).toMatchObject({ kind: "threshold-crossed", failed: 1, rollback: { ok: true, to: "v1" } });
    // Degraded is not failed: a rollback does not reset it.
    expect(step.changed).toEqual([]);
  });

  it("a percentage threshold: 25% of 10 instances is crossed at 3 failures, not 2", () => {
    const p = policy({ batchSize: count(10), failureThreshold: percent(25) });
    const two = with_(updated(0), instance("i-00", "v1", "FAILED"), instance("i-01", "v1", "FAILED"));
    expect(progressRollout(two, running("v2", through("i-09")), p, T1).decision.kind).toBe("waiting");
    const three = with_(two, instance("i-02", "v1", "FAILED"));
    expect(progressRollout(three, running("v2", through("i-09")), p, T1).decision).toMatchObject({
      kind: "threshold-crossed",
      failed: 3,
      threshold: 3,
    });
  });
});
