import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countFleet, resolveAmount } from "../../src/core/fleet-batches.ts";
import { applyHeartbeat } from "../../src/core/fleet-heartbeat.ts";
import { progressRollout, rollbackRollout, startRollout, type FleetStep } from "../../src/core/fleet-rollout.ts";
import {
  COMPLETED_VERSIONS_LIMIT,
  INITIAL_FLEET_STATE,
  type FleetAmount,
  type FleetInstance,
  type FleetInventory,
  type FleetPolicy,
  type FleetState,
} from "../../src/core/fleet-state.ts";
import { INSTANCE_STATUSES } from "../../src/core/instance-status.ts";
import { instanceUpdateState, isAssigned, updateNeeded } from "../../src/core/instance-update.ts";

/**
 * Random fleets living through random histories: heartbeats (with any version and status, from
 * known and new instances), rollouts started, progress rounds, operator rollbacks. Seeded, so a
 * failure is reproducible.
 */
const SEED = 20261201;
const VERSIONS = ["v0", "v1", "v2", "v3"] as const;
const IDS = Array.from({ length: 14 }, (_, k) => `web-${String(k).padStart(2, "0")}`);

const amount = fc.oneof(
  fc.integer({ min: 1, max: 6 }).map((count): FleetAmount => ({ kind: "count", count })),
  fc.integer({ min: 1, max: 100 }).map((percent): FleetAmount => ({ kind: "percent", percent })),
);
const policyArb = fc.record<FleetPolicy>({
  batchSize: amount,
  failureThreshold: amount,
  autoRollback: fc.boolean(),
  degraded: fc.constantFrom("block", "fail"),
});
const action = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record({
      type: fc.constant("heartbeat" as const),
      id: fc.constantFrom(...IDS),
      version: fc.option(fc.constantFrom(...VERSIONS)),
      status: fc.constantFrom(...INSTANCE_STATUSES),
      // Most beats are an agent doing what it was told; the rest are arbitrary.
      obedient: fc.boolean(),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant("start" as const), version: fc.constantFrom(...VERSIONS) }) },
  { weight: 2, arbitrary: fc.constant({ type: "progress" as const }) },
  { weight: 1, arbitrary: fc.constant({ type: "rollback" as const }) },
);
const initialIds = fc.subarray(IDS, { minLength: 0, maxLength: 10 });

const V0_DEPLOYED: FleetState = {
  rollout: {
    kind: "deploy",
    version: "v0",
    phase: "completed",
    assigned: { kind: "all" },
    batches: 1,
    startedAt: "2026-12-01T09:00:00.000Z",
    endedAt: "2026-12-01T09:30:00.000Z",
    from: null,
  },
  completed: ["v0"],
};

const inProgress = (inventory: FleetInventory, fleet: FleetState, p: FleetPolicy) =>
  countFleet(inventory, fleet, p.degraded).byUpdate["in-progress"];

function store(inventory: Map<string, FleetInstance>, changed: readonly FleetInstance[]) {
  for (const i of changed) inventory.set(i.id, i);
}

describe("fleet machines: properties", () => {
  it("hold their invariants through any history", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        policyArb,
        initialIds,
        fc.boolean(),
        fc.array(action, { maxLength: 120 }),
        (p, ids, deployed, actions) => {
          const inventory = new Map<string, FleetInstance>(
            ids.map((id) => [id, { id, currentVersion: "v0", status: "HEALTHY", message: null, lastSeen: "t" }]),
          );
          // A fresh fleet, or one whose rollout of v0 completed.
          let fleet: FleetState = deployed ? V0_DEPLOYED : INITIAL_FLEET_STATE;
          // Versions whose rollout completed at some point: the only legal rollback targets.
          const everCompleted = new Set<string>(fleet.completed);
          let n = 0;
          for (const a of actions) {
            const at = new Date(Date.UTC(2026, 11, 1, 10, 0, n++)).toISOString();
            let step: FleetStep;
            if (a.type === "heartbeat") {
              const known = inventory.get(a.id);
              // An obedient agent runs the version it was told and reports healthy.
              const told = known && updateNeeded(known, fleet) && fleet.rollout ? fleet.rollout.version : null;
              const beat = {
                id: a.id,
                version: a.obedient && told ? told : a.version,
                status: a.obedient && told ? ("HEALTHY" as const) : a.status,
                message: null,
                at,
              };
              const result = applyHeartbeat(inventory, fleet, p, beat);
              inventory.set(a.id, result.instance);
              step = result.step;
              // The answer never tells an instance the rollout has not reached to update.
              if (result.updateNeeded) expect(step.fleet.rollout && isAssigned(a.id, step.fleet.rollout)).toBe(true);
            } else if (a.type === "start") {
              const started = startRollout(inventory, fleet, p, a.version, at);
              if (!started.ok) {
                expect(fleet.rollout?.phase).toBe("running");
                continue;
              }
              expect(fleet.rollout?.phase).not.toBe("running");
              step = started;
            } else if (a.type === "progress") {
              step = progressRollout(inventory, fleet, p, at);
            } else {
              step = rollbackRollout(inventory, fleet, at);
            }
            store(inventory, step.changed);
            const { decision } = step;
            seen.add(
              decision.kind === "threshold-crossed"
                ? `threshold-crossed ${decision.rollback.ok ? "rolled back" : decision.rollback.reason}`
                : decision.kind,
            );

            // Advancing never takes the in-progress count above the batch size.
            if (decision.kind === "batch-advanced") {
              expect(inProgress(inventory, step.fleet, p)).toBeLessThanOrEqual(
                resolveAmount(p.batchSize, inventory.size),
              );
              expect(decision.assigned.length).toBeGreaterThan(0);
            }
            // A rollback only ever targets a completed version, never the one it abandons.
            const target =
              decision.kind === "rolled-back"
                ? decision.to
                : decision.kind === "threshold-crossed" && decision.rollback.ok
                  ? decision.rollback.to
                  : undefined;
            if (target !== undefined) {
              expect(everCompleted.has(target)).toBe(true);
              expect(target).not.toBe(fleet.rollout?.version);
              // Every instance the abandoned rollout changed goes back.
              expect(step.fleet.rollout?.assigned).toEqual(fleet.rollout?.assigned);
              expect(step.fleet.rollout).toMatchObject({ kind: "rollback", version: target, phase: "running" });
              // Failed instances were reset.
              expect([...inventory.values()].some((i) => i.status === "FAILED")).toBe(false);
            }
            // Completed means no instance the rollout had to update is still needing it, on its way, or failed
            // (judged under the assignment the decision was taken on: none for a rollout that completes as it starts).
            if (decision.kind === "completed") {
              everCompleted.add(decision.version);
              const decidedOn =
                a.type === "start" || !fleet.rollout ? ({ kind: "none" } as const) : fleet.rollout.assigned;
              const running = { ...step.fleet, rollout: { ...step.fleet.rollout!, assigned: decidedOn } };
              const counts = countFleet(inventory, running, p.degraded).byUpdate;
              expect(counts["in-progress"] + counts.failed + counts["needing-update"]).toBe(0);
            }
            // The threshold is crossed exactly when the failed count reaches it.
            if (decision.kind === "threshold-crossed") {
              expect(decision.failed).toBeGreaterThanOrEqual(decision.threshold);
              expect(decision.threshold).toBe(resolveAmount(p.failureThreshold, inventory.size));
            }
            // The completed list stays short, without repeats, and holds only completed versions.
            expect(step.fleet.completed.length).toBeLessThanOrEqual(COMPLETED_VERSIONS_LIMIT);
            expect(new Set(step.fleet.completed).size).toBe(step.fleet.completed.length);
            for (const v of step.fleet.completed) expect(everCompleted.has(v)).toBe(true);
            // A decision that changes nothing leaves the fleet record as it was: no commit.
            if (decision.kind === "idle" || decision.kind === "waiting") expect(step.fleet).toBe(fleet);
            fleet = step.fleet;
          }
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
    // The histories must reach every decision, or the invariants above were checked on nothing.
    expect([...seen].sort()).toEqual([
      "batch-advanced",
      "completed",
      "idle",
      "rollback-refused",
      "rolled-back",
      "threshold-crossed auto-rollback-off",
      "threshold-crossed no-completed-version",
      "threshold-crossed rollback-failed",
      "threshold-crossed rolled back",
      "waiting",
    ]);
  });

  it("deciding twice on the same inputs decides the same, whatever order the inventory is in", () => {
    fc.assert(
      fc.property(
        policyArb,
        fc.array(
          fc.record({
            id: fc.constantFrom(...IDS),
            currentVersion: fc.option(fc.constantFrom(...VERSIONS)),
            status: fc.constantFrom(...INSTANCE_STATUSES),
          }),
        ),
        fc.constantFrom(...VERSIONS),
        (p, records, version) => {
          const instances = records.map((r) => ({ ...r, message: null, lastSeen: "t" }));
          const forward = new Map(instances.map((i) => [i.id, i]));
          const backward = new Map([...forward.entries()].reverse());
          const fleet: FleetState = { rollout: null, completed: ["v0"] };
          const a = startRollout(forward, fleet, p, version, "t");
          expect(startRollout(backward, fleet, p, version, "t")).toEqual(a);
          if (!a.ok) return;
          expect(progressRollout(backward, a.fleet, p, "t")).toEqual(progressRollout(forward, a.fleet, p, "t"));
          for (const i of forward.values())
            expect(instanceUpdateState(i, a.fleet, p.degraded)).toBe(instanceUpdateState(i, a.fleet, p.degraded));
        },
      ),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("percentages round up: the smallest whole number of instances that is at least p% of the fleet, and at least 1", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 1_000_000 }), (percent, total) => {
        const k = resolveAmount({ kind: "percent", percent }, total);
        expect(k).toBeGreaterThanOrEqual(1);
        expect(k * 100).toBeGreaterThanOrEqual(total * percent);
        if (k > 1) expect((k - 1) * 100).toBeLessThan(total * percent);
        // So a p% threshold is crossed exactly when the failed share reaches p%.
        for (const failed of [k - 1, k]) expect(failed >= k).toBe(failed >= 1 && failed * 100 >= total * percent);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
