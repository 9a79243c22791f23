import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerHeartbeat, applyHeartbeat, recordHeartbeat, type Heartbeat } from "../../src/core/fleet-heartbeat.ts";
import { progressRollout, startRollout, type FleetDecision } from "../../src/core/fleet-rollout.ts";
import {
  INSTANCE_MESSAGE_LIMIT,
  type FleetInstance,
  type FleetInventory,
  type FleetState,
  withInstance,
} from "../../src/core/fleet-state.ts";
import { INSTANCE_STATUSES, type InstanceStatus } from "../../src/core/instance-status.ts";
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

describe("withInstance: the inventory with one record changed, without a copy", () => {
  const base = fleetOf(3, "v1");
  it.each([
    ["replaces a known instance in place", { ...base.get("i-01")!, status: "FAILED" as const }, 3],
    ["adds a new one at the end", { ...base.get("i-01")!, id: "i-99" }, 4],
  ])("%s", (_, record, size) => {
    const view = withInstance(base, record);
    expect(view.size).toBe(size);
    expect(view.get(record.id)).toBe(record);
    expect(view.get("i-00")).toBe(base.get("i-00"));
    const expected = [...base.values()].map((i) => (i.id === record.id ? record : i));
    expect([...view.values()]).toEqual(size > base.size ? [...expected, record] : expected);
    expect(base.get(record.id)?.status).toBe(size > base.size ? undefined : "HEALTHY");
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

/**
 * The inventory is not committed: a restart, or a replica that never saw the instances, starts
 * empty. One round of heartbeats, each instance reporting what it runs and its status, must give
 * back the same answers and the same decision, from the committed fleet state alone.
 */
describe("a lost inventory", () => {
  const VERSIONS = ["v1", "v2", "v3"] as const;
  const IDS = Array.from({ length: 12 }, (_, k) => `web-${String(k).padStart(2, "0")}`);
  const record = fc.record({
    currentVersion: fc.option(fc.constantFrom(...VERSIONS)),
    status: fc.constantFrom(...INSTANCE_STATUSES),
  });

  it("is restored by one round of heartbeats", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...IDS), record, { minKeys: 1 }),
        fc.constantFrom(...VERSIONS),
        fc.nat({ max: 4 }),
        fc.integer({ min: 1, max: 5 }),
        (records, version, rounds, batch) => {
          const p = policy({ batchSize: count(batch), failureThreshold: count(IDS.length) });
          const inventory = new Map<string, FleetInstance>(
            Object.entries(records).map(([id, r]) => [id, { id, ...r, message: null, lastSeen: T0 }] as const),
          );
          const started = startRollout(inventory, { rollout: null, completed: ["v1"] }, p, version, T0);
          if (!started.ok) return;
          let fleet = started.fleet;
          for (const c of started.changed) inventory.set(c.id, c);
          for (let i = 0; i < rounds; i++) {
            const step = progressRollout(inventory, fleet, p, T1);
            for (const c of step.changed) inventory.set(c.id, c);
            fleet = step.fleet;
          }
          const rebuilt = new Map<string, FleetInstance>();
          for (const known of inventory.values()) {
            const hb = beat(known.id, known.currentVersion, known.status);
            const before = answerHeartbeat(recordHeartbeat(known, hb), fleet);
            const after = recordHeartbeat(undefined, hb);
            rebuilt.set(after.id, after);
            expect(answerHeartbeat(after, fleet)).toEqual(before);
          }
          const decide = (inv: FleetInventory) => progressRollout(inv, fleet, p, T1);
          const stripped = (step: ReturnType<typeof decide>) => ({
            ...step,
            changed: step.changed.map(({ id, status }) => ({ id, status })),
          });
          expect(stripped(decide(rebuilt))).toEqual(stripped(decide(inventory)));
        },
      ),
      { seed: 20261201, numRuns: 150 },
    );
  });
});
