import { describe, expect, it } from "vitest";
import { applyHeartbeat } from "../../src/core/fleet-heartbeat.ts";
import { progressRollout, rollbackRollout, startRollout } from "../../src/core/fleet-rollout.ts";
import {
  INITIAL_FLEET_STATE,
  type DegradedPolicy,
  type FleetInstance,
  type FleetState,
} from "../../src/core/fleet-state.ts";
import type { InstanceStatus } from "../../src/core/instance-status.ts";
import {
  desiredVersionOf,
  instanceUpdateState,
  updateNeeded,
  type InstanceUpdateState,
} from "../../src/core/instance-update.ts";
import { count, instance, inventoryOf, policy, running, T1 } from "./fleet-fixtures.ts";

/** A rollout of v2 that has not reached `web-1` yet, and one that has. */
const notReached = running("v2", { kind: "none" });
const reached = running("v2", { kind: "through", id: "web-1" });

interface Row {
  readonly instance: FleetInstance;
  readonly fleet: FleetState;
  readonly degraded?: DegradedPolicy;
  readonly state: InstanceUpdateState;
  readonly desired: string | null;
  readonly updateNeeded: boolean;
}

const row = (
  current: string | null,
  status: InstanceStatus,
  fleet: FleetState,
  state: InstanceUpdateState,
  desired: string | null,
  needed: boolean,
  degraded?: DegradedPolicy,
): Row => ({
  instance: instance("web-1", current, status),
  fleet,
  state,
  desired,
  updateNeeded: needed,
  ...(degraded ? { degraded } : {}),
});

/**
 * The reference's "Instance State Logic" table. Its "Desired State" column is the rollout's
 * version; "(desired: v2.0.0)" marks an instance the rollout has assigned it to. Row 1 holds for
 * any status, so it is one case per status.
 */
const referenceRows: Readonly<Record<string, Row>> = {
  "row 1: v1.0.0 | v1.0.0 | Any (UNKNOWN) | Not Needing Update": row(
    "v1",
    "UNKNOWN",
    running("v1", { kind: "none" }),
    "not-needed",
    "v1",
    false,
  ),
  "row 1: v1.0.0 | v1.0.0 | Any (HEALTHY) | Not Needing Update": row(
    "v1",
    "HEALTHY",
    running("v1", { kind: "none" }),
    "not-needed",
    "v1",
    false,
  ),
  "row 1: v1.0.0 | v1.0.0 | Any (DEGRADED) | Not Needing Update": row(
    "v1",
    "DEGRADED",
    running("v1", { kind: "none" }),
    "not-needed",
    "v1",
    false,
  ),
  "row 1: v1.0.0 | v1.0.0 | Any (FAILED) | Not Needing Update": row(
    "v1",
    "FAILED",
    running("v1", { kind: "none" }),
    "not-needed",
    "v1",
    false,
  ),
  "row 2: v1.0.0 | v2.0.0 | UNKNOWN | Needing Update": row("v1", "UNKNOWN", notReached, "needing-update", "v1", false),
  "row 2: v1.0.0 | v2.0.0 | HEALTHY | Needing Update": row("v1", "HEALTHY", notReached, "needing-update", "v1", false),
  "row 3: v1.0.0 | v2.0.0 | FAILED | Needing Update": row("v1", "FAILED", notReached, "needing-update", "v1", false),
  "row 4: v1.0.0 (desired: v2.0.0) | v2.0.0 | HEALTHY | In Progress (before the instance updates)": row(
    "v1",
    "HEALTHY",
    reached,
    "in-progress",
    "v2",
    true,
  ),
  "row 4: v1.0.0 (desired: v2.0.0) | v2.0.0 | HEALTHY | → Completed (it reports v2.0.0, HEALTHY)": row(
    "v2",
    "HEALTHY",
    reached,
    "completed",
    "v2",
    false,
  ),
  "row 5: v1.0.0 (desired: v2.0.0) | v2.0.0 | FAILED | In Progress → Failed": row(
    "v1",
    "FAILED",
    reached,
    "failed",
    "v2",
    false,
  ),
  "row 5 at the new version: v2.0.0 (desired: v2.0.0) | v2.0.0 | FAILED | Failed": row(
    "v2",
    "FAILED",
    reached,
    "failed",
    "v2",
    false,
  ),
};

/** DEGRADED, which the reference documents and never built, and the states around it. */
const degradedRows: Readonly<Record<string, Row>> = {
  "degraded at the version, policy block: In Progress (holds its place in the batch)": row(
    "v2",
    "DEGRADED",
    reached,
    "in-progress",
    "v2",
    false,
    "block",
  ),
  "degraded at the version, policy fail: Failed": row("v2", "DEGRADED", reached, "failed", "v2", false, "fail"),
  "degraded below the version, policy fail: In Progress (its health is the old version's)": row(
    "v1",
    "DEGRADED",
    reached,
    "in-progress",
    "v2",
    true,
    "fail",
  ),
  "degraded, not reached yet: Needing Update": row("v1", "DEGRADED", notReached, "needing-update", "v1", false, "fail"),
  "unknown at the version once assigned: In Progress until it reports its health": row(
    "v2",
    "UNKNOWN",
    reached,
    "in-progress",
    "v2",
    false,
  ),
  "no rollout ever: Not Needing Update, desired is what it runs": row(
    "v1",
    "HEALTHY",
    INITIAL_FLEET_STATE,
    "not-needed",
    "v1",
    false,
  ),
  "registered without a version, assigned: In Progress, told to update": row(
    null,
    "UNKNOWN",
    reached,
    "in-progress",
    "v2",
    true,
  ),
  "registered without a version, not reached: Needing Update, not told to update": row(
    null,
    "UNKNOWN",
    notReached,
    "needing-update",
    null,
    false,
  ),
};

describe("instance update state", () => {
  it.each(Object.entries({ ...referenceRows, ...degradedRows }))("%s", (_, r) => {
    const degraded = r.degraded ?? "block";
    expect(instanceUpdateState(r.instance, r.fleet, degraded)).toBe(r.state);
    expect(desiredVersionOf(r.instance, r.fleet)).toBe(r.desired);
    expect(updateNeeded(r.instance, r.fleet)).toBe(r.updateNeeded);
  });
});

/**
 * The reference's update-state diagram, each edge driven through the machines that cause it:
 * heartbeats, a batch reaching the instance, a new rollout, a reset.
 */
describe("instance update machine: the reference's edges", () => {
  const p = policy({ batchSize: count(1), failureThreshold: count(2) });
  const stateOf = (fleet: FleetState, i: FleetInstance) => instanceUpdateState(i, fleet, "block");
  const beat = (
    inv: ReturnType<typeof inventoryOf>,
    fleet: FleetState,
    id: string,
    version: string,
    status: InstanceStatus,
  ) => applyHeartbeat(inv, fleet, p, { id, version, status, message: null, at: T1 });

  it("NeedingUpdate → InProgress: the batch reaches it (UpdateDesiredState)", () => {
    const inv = inventoryOf(instance("a", "v1"), instance("b", "v1"));
    const started = startRollout(inv, { rollout: null, completed: ["v1"] }, p, "v2", T1);
    if (!started.ok) throw new Error("refused");
    expect(stateOf(started.fleet, inv.get("a")!)).toBe("in-progress");
    expect(stateOf(started.fleet, inv.get("b")!)).toBe("needing-update");
  });

  it("InProgress → Completed: it reports the version and HEALTHY", () => {
    const inv = inventoryOf(instance("web-1", "v1"), instance("web-2", "v1"));
    const result = beat(inv, reached, "web-1", "v2", "HEALTHY");
    expect(stateOf(result.step.fleet, result.instance)).toBe("completed");
  });

  it("InProgress → Failed: it reports FAILED", () => {
    const inv = inventoryOf(instance("web-1", "v1"), instance("web-2", "v1"));
    const result = beat(inv, reached, "web-1", "v1", "FAILED");
    expect(stateOf(result.step.fleet, result.instance)).toBe("failed");
    expect(result.updateNeeded).toBe(false);
  });

  it("Completed → NeedingUpdate and NotNeeded → NeedingUpdate: a new rollout with another version", () => {
    const inv = inventoryOf(instance("a", "v2"), instance("b", "v2"));
    const done: FleetState = {
      rollout: { ...reached.rollout!, phase: "completed", assigned: { kind: "all" }, endedAt: T1 },
      completed: ["v2", "v1"],
    };
    expect(stateOf(done, inv.get("b")!)).toBe("completed");
    expect(stateOf(running("v2", { kind: "none" }), inv.get("b")!)).toBe("not-needed");
    const started = startRollout(inv, done, p, "v3", T1);
    if (!started.ok) throw new Error("refused");
    expect(stateOf(started.fleet, inv.get("b")!)).toBe("needing-update");
  });

  it("Failed → InProgress: reset and retry (a rollback resets it and sends it back)", () => {
    const inv = inventoryOf(instance("web-1", "v1", "FAILED"), instance("web-2", "v1"));
    const step = rollbackRollout(inv, reached, T1);
    const web1 = step.changed.find((i) => i.id === "web-1")!;
    expect(web1.status).toBe("UNKNOWN");
    expect(stateOf(step.fleet, web1)).toBe("in-progress");
  });

  it("Failed → InProgress: reset and retry (a new rollout's batch reaches a failed instance)", () => {
    const inv = inventoryOf(instance("a", "v1", "FAILED"));
    const step = progressRollout(inv, running("v2", { kind: "none" }), p, T1);
    expect(step.decision).toMatchObject({ kind: "batch-advanced", assigned: ["a"] });
    expect(step.changed).toEqual([{ ...inv.get("a"), status: "UNKNOWN" }]);
    expect(stateOf(step.fleet, step.changed[0]!)).toBe("in-progress");
    expect(updateNeeded(step.changed[0]!, step.fleet)).toBe(true);
  });

  it("a heartbeat that registers an instance the rollout already passed assigns it at once", () => {
    const inv = inventoryOf(instance("web-2", "v1"));
    const result = beat(inv, reached, "web-0", "v1", "HEALTHY");
    expect({ desired: result.desiredVersion, needed: result.updateNeeded }).toEqual({ desired: "v2", needed: true });
  });
});
