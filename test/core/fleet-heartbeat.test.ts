import { describe, expect, it } from "vitest";
import { applyHeartbeat, type Heartbeat } from "../../src/core/fleet-heartbeat.ts";
import { startRollout, type FleetDecision } from "../../src/core/fleet-rollout.ts";
import { INSTANCE_MESSAGE_LIMIT, type FleetInstance, type FleetState } from "../../src/core/fleet-state.ts";
import type { InstanceStatus } from "../../src/core/instance-status.ts";
import { count, fleetOf, policy, T0, T1 } from "./fleet-fixtures.ts";

const beat = (
  id: string,
  version: string | null,
  status: InstanceStatus,
  message: string | null = null,
): Heartbeat => ({
  id,
  version,
  status,
  message,
  at: T1,
});

describe("applyHeartbeat: the instance's record and its answer", () => {
  const fleet: FleetState = { rollout: null, completed: [] };

  it("registers an instance it has not heard of", () => {
    const result = applyHeartbeat(new Map(), fleet, policy(), beat("web-1", "v1", "HEALTHY"));
    expect(result.instance).toEqual({
      id: "web-1",
      currentVersion: "v1",
      status: "HEALTHY",
      message: null,
      lastSeen: T1,
    });
    expect({ desired: result.desiredVersion, needed: result.updateNeeded }).toEqual({ desired: "v1", needed: false });
    expect(result.step.decision).toEqual({ kind: "idle" });
  });

  it("keeps the version on record when the heartbeat has none, and the message while the status holds", () => {
    const known: FleetInstance = {
      id: "a",
      currentVersion: "v1",
      status: "DEGRADED",
      message: "disk 95%",
      lastSeen: T0,
    };
    const inv = new Map([["a", known]]);
    expect(applyHeartbeat(inv, fleet, policy(), beat("a", null, "DEGRADED")).instance).toEqual({
      ...known,
      lastSeen: T1,
    });
    expect(applyHeartbeat(inv, fleet, policy(), beat("a", null, "HEALTHY")).instance.message).toBeNull();
    expect(applyHeartbeat(inv, fleet, policy(), beat("a", "v2", "UNKNOWN")).instance.status).toBe("DEGRADED");
  });

  it("cuts a long message", () => {
    const result = applyHeartbeat(new Map(), fleet, policy(), beat("a", "v1", "FAILED", "x".repeat(10_000)));
    expect(result.instance.message).toHaveLength(INSTANCE_MESSAGE_LIMIT);
  });
});

/**
 * A whole fleet driven only by heartbeats, as the HTTP handler will: four instances in batches of
 * two. v2 rolls out in two batches and completes; v3 fails on two instances, crosses the threshold and rolls back
 * to v2, which completes again.
 */
describe("applyHeartbeat: rollouts driven by heartbeats alone", () => {
  it("deploys v2, then rolls v3 back to v2 when it fails", () => {
    const p = policy({ batchSize: count(2), failureThreshold: count(2) });
    const inventory = new Map(fleetOf(4, "v1"));
    let fleet: FleetState = { rollout: null, completed: ["v1"] };
    const decisions: string[] = [];
    const record = (d: FleetDecision) => {
      if (d.kind !== "idle" && d.kind !== "waiting")
        decisions.push(
          d.kind === "threshold-crossed"
            ? `${d.kind} ${d.failed}/${d.threshold}`
            : d.kind === "batch-advanced"
              ? `batch ${d.batch}: ${d.assigned.join(" ")}`
              : `${d.kind} ${"version" in d ? d.version : ""}`.trim(),
        );
    };
    /** Every instance heartbeats once: an agent told to update does, and `outcome` says how that went. */
    const round = (outcome: (id: string, version: string) => InstanceStatus) => {
      for (const id of [...inventory.keys()]) {
        const known = inventory.get(id)!;
        const ask = applyHeartbeat(
          inventory,
          fleet,
          p,
          beat(id, known.currentVersion, known.status === "FAILED" ? "FAILED" : "HEALTHY"),
        );
        inventory.set(id, ask.instance);
        for (const c of ask.step.changed) inventory.set(c.id, c);
        fleet = ask.step.fleet;
        record(ask.step.decision);
        if (!ask.updateNeeded || ask.desiredVersion === null) continue;
        const status = outcome(id, ask.desiredVersion);
        const done = applyHeartbeat(
          inventory,
          fleet,
          p,
          beat(id, status === "FAILED" ? known.currentVersion : ask.desiredVersion, status),
        );
        inventory.set(id, done.instance);
        for (const c of done.step.changed) inventory.set(c.id, c);
        fleet = done.step.fleet;
        record(done.step.decision);
      }
    };

    const v2 = startRollout(inventory, fleet, p, "v2", T0);
    if (!v2.ok) throw new Error("refused");
    fleet = v2.fleet;
    record(v2.decision);
    for (let i = 0; i < 4 && fleet.rollout?.phase === "running"; i++) round(() => "HEALTHY");
    expect(fleet.rollout).toMatchObject({ version: "v2", phase: "completed" });
    expect([...inventory.values()].map((i) => i.currentVersion)).toEqual(["v2", "v2", "v2", "v2"]);

    const v3 = startRollout(inventory, fleet, p, "v3", T0);
    if (!v3.ok) throw new Error("refused");
    fleet = v3.fleet;
    record(v3.decision);
    round((_, version) => (version === "v3" ? "FAILED" : "HEALTHY"));
    expect(fleet.rollout).toMatchObject({ kind: "rollback", version: "v2", from: "v3" });
    for (let i = 0; i < 4 && fleet.rollout?.phase === "running"; i++) round(() => "HEALTHY");
    expect(fleet.rollout).toMatchObject({ kind: "rollback", version: "v2", phase: "completed" });
    expect([...inventory.values()].map((i) => [i.currentVersion, i.status])).toEqual([
      ["v2", "HEALTHY"],
      ["v2", "HEALTHY"],
      ["v2", "HEALTHY"],
      ["v2", "HEALTHY"],
    ]);
    expect(decisions).toEqual([
      "batch 1: i-00 i-01",
      "batch 2: i-02 i-03",
      "completed v2",
      "batch 1: i-00 i-01",
      "threshold-crossed 2/2",
      // i-02 and i-03 never left v2, so the rollback has nothing to do for them.
      "completed v2",
    ]);
  });
});
