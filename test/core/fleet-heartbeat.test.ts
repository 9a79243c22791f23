import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  answerHeartbeat,
  applyHeartbeat,
  isAppliedReport,
  recordHeartbeat,
  type Heartbeat,
} from "../../src/core/fleet-heartbeat.ts";
import { progressRollout, rollbackRollout, startRollout, type FleetDecision } from "../../src/core/fleet-rollout.ts";
import {
  INSTANCE_MESSAGE_LIMIT,
  type FleetInstance,
  type FleetInventory,
  type FleetState,
  type ReportSequence,
  withInstance,
  withInstances,
} from "../../src/core/fleet-state.ts";
import { INSTANCE_STATUSES, type InstanceStatus } from "../../src/core/instance-status.ts";
import { count, fleetOf, instance, policy, running, T0, T1, with_ } from "./fleet-fixtures.ts";

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
 * The report's idempotency key. The scene of the bug it fixes: an agent's FAILED report (boot
 * `boot-aaaa`, number 5) was applied but its answer lost; the rollback then reset the instance to
 * UNKNOWN; the agent's resend of the same report must not make it FAILED again.
 */
describe("recordHeartbeat: a report already applied changes nothing", () => {
  const key = (boot: string, number: number): ReportSequence => ({ boot, number });
  const applied = key("boot-aaaa", 5);
  /** The instance as the rollback's reset left it: UNKNOWN at the version it tried, its last report still known. */
  const reset: FleetInstance = {
    id: "a",
    currentVersion: "v2",
    status: "UNKNOWN",
    message: "v2 is broken",
    lastSeen: T0,
    lastReport: applied,
  };
  const { lastReport: _, ...withoutKey } = reset;
  const failed = (sequence?: ReportSequence): Heartbeat => ({
    ...beat("a", "v2", "FAILED", "v2 is broken"),
    ...(sequence === undefined ? {} : { sequence }),
  });
  /** The FAILED report applied, with the key the record keeps. */
  const applies = (lastReport: ReportSequence | undefined): FleetInstance => ({
    id: "a",
    currentVersion: "v2",
    status: "FAILED",
    message: "v2 is broken",
    lastSeen: T1,
    ...(lastReport === undefined ? {} : { lastReport }),
  });

  const rows: [string, FleetInstance | undefined, Heartbeat, FleetInstance | "unchanged"][] = [
    ["a resend of the applied report, after the reset", reset, failed(applied), "unchanged"],
    ["an older report of the same agent process, arriving late", reset, failed(key("boot-aaaa", 4)), "unchanged"],
    [
      "a new report of the same agent process, at the same version",
      reset,
      failed(key("boot-aaaa", 6)),
      applies(key("boot-aaaa", 6)),
    ],
    ["a report without a sequence (an older agent): applies, and the key stays", reset, failed(), applies(applied)],
    [
      "a restarted agent (another boot, counting from 1 again)",
      reset,
      failed(key("boot-bbbb", 1)),
      applies(key("boot-bbbb", 1)),
    ],
    ["a record without a key (its agent sent none until now)", withoutKey, failed(applied), applies(applied)],
    ["an instance ferry has not heard of (a lost inventory)", undefined, failed(applied), applies(applied)],
  ];
  it.each(rows)("%s", (_name, previous, heartbeat, expected) => {
    const record = recordHeartbeat(previous, heartbeat);
    if (expected === "unchanged") expect(record).toBe(previous);
    else expect(record).toEqual(expected);
  });

  it.each([
    [undefined, undefined, false],
    [applied, undefined, false],
    [undefined, applied, false],
    [applied, applied, true],
    [applied, key("boot-aaaa", 1), true],
    [applied, key("boot-aaaa", 6), false],
    [applied, key("boot-bbbb", 5), false],
  ])("isAppliedReport(last %o, sequence %o) is %s", (last, sequence, expected) => {
    expect(isAppliedReport(last, sequence)).toBe(expected);
  });

  it("keeps the key through a rollback's reset, so the resend is answered with the way back", () => {
    const p = policy({ batchSize: count(2), failureThreshold: count(2) });
    const failedAt = (id: string, number: number): FleetInstance => ({
      ...instance(id, "v2", "FAILED"),
      lastReport: key(`boot-${id}`, number),
    });
    const inventory = new Map([
      ["i-00", failedAt("i-00", 5)],
      ["i-01", failedAt("i-01", 7)],
      ["i-02", instance("i-02", "v1")],
    ]);
    const back = rollbackRollout(inventory, running("v2", { kind: "through", id: "i-01" }), T0);
    expect(back.decision).toEqual({ kind: "rolled-back", from: "v2", to: "v1" });
    expect(back.changed).toEqual([
      { ...failedAt("i-00", 5), status: "UNKNOWN" },
      { ...failedAt("i-01", 7), status: "UNKNOWN" },
    ]);
    for (const c of back.changed) inventory.set(c.id, c);
    const resent = applyHeartbeat(inventory, back.fleet, p, {
      ...beat("i-00", "v2", "FAILED", "boom"),
      sequence: key("boot-i-00", 5),
    });
    expect(resent.instance).toBe(inventory.get("i-00"));
    expect(resent.instance.status).toBe("UNKNOWN");
    expect({ desired: resent.desiredVersion, needed: resent.updateNeeded }).toEqual({ desired: "v1", needed: true });
    expect(resent.step.decision.kind).toBe("waiting");
    // Without the key the same report fails it again, and it is not asked back: what older agents still risk.
    const unkeyed = applyHeartbeat(inventory, back.fleet, p, beat("i-00", "v2", "FAILED", "boom"));
    expect(unkeyed.instance.status).toBe("FAILED");
    expect(unkeyed.updateNeeded).toBe(false);
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

describe("withInstances: the inventory with many records changed, one overlay", () => {
  const base = fleetOf(4, "v1");
  const failed = (id: string): FleetInstance => ({ ...base.get(id)!, status: "FAILED" });
  const added = (id: string): FleetInstance => ({ ...base.get("i-00")!, id });
  it.each([
    ["none", []],
    ["known ones in place", [failed("i-01"), failed("i-03")]],
    ["new ones at the end, in the order given", [added("i-98"), failed("i-00"), added("i-97")]],
    ["a later record of the same id wins", [failed("i-02"), { ...failed("i-02"), message: "again" }]],
  ])("%s: reads like a copy with the records set", (_, records: FleetInstance[]) => {
    const view = withInstances(base, records);
    const copy = with_(base, ...records);
    expect(view.size).toBe(copy.size);
    expect([...view.values()]).toEqual([...copy.values()]);
    for (const id of [...copy.keys(), "i-nobody"]) expect(view.get(id)).toBe(copy.get(id));
    expect([...base.values()].every((i) => i.status === "HEALTHY")).toBe(true);
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
