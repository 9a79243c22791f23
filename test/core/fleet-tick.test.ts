import { describe, expect, it } from "vitest";
import type { DeploymentState, Run, StageResult } from "../../src/core/deployment-state.ts";
import { INITIAL_FLEET_RECORD, type FleetRecord } from "../../src/core/fleet-record.ts";
import type { FleetInventory, FleetState } from "../../src/core/fleet-state.ts";
import { fleetTarget, tickFleet, type FleetTick } from "../../src/core/fleet-tick.ts";
import { count, fleetOf, instance, inventoryOf, policy, running, T0, T1 } from "./fleet-fixtures.ts";

/** A deployment state in its rollout stage for run `id` (or in none), with the fleet record given. */
function stateOf(
  run: Pick<Run, "id" | "kind" | "version"> | null,
  fleet?: FleetRecord,
  stage = "running",
): DeploymentState {
  const stages: StageResult[] = run
    ? [
        {
          region: "main",
          state: "running",
          stage: "rollout",
          runId: run.id,
          attempt: 1,
          status: stage as "running",
          startedAt: T0,
        },
      ]
    : [];
  return {
    schemaVersion: 1,
    deployment: "api",
    lifecycle: "rolling",
    regions: { main: { state: "running", since: T0, resting: "unknown" } },
    run: run && { ...run, cause: "cli", actor: "t", attempt: 1, startedAt: T0 },
    runSeq: run?.id ?? 0,
    good: [],
    rolledBack: null,
    queue: [],
    timers: [],
    hold: null,
    error: null,
    stages,
    counters: { failed: 0, completed: 0, inProgress: 0, total: 0 },
    history: [],
    processed: [],
    updatedAt: T0,
    ...(fleet ? { fleet } : {}),
  };
}

const record = (state: FleetState, runId: number): FleetRecord => ({ ...INITIAL_FLEET_RECORD, state, runId });
const deploy = (id: number, version: string) => ({ id, kind: "deploy" as const, version });
const failedFirstTwo: FleetInventory = inventoryOf(
  instance("i-00", "v2", "FAILED"),
  instance("i-01", "v2", "FAILED"),
  instance("i-02", "v1"),
  instance("i-03", "v1"),
);

interface Row {
  readonly inventory: FleetInventory;
  readonly state: DeploymentState;
  readonly changed: boolean;
  readonly decision: string;
  readonly outcome: string | null;
  readonly check?: (tick: FleetTick) => void;
}

const rows: Readonly<Record<string, Row>> = {
  "no run: nothing to decide, nothing to commit": {
    inventory: fleetOf(4),
    state: stateOf(null),
    changed: false,
    decision: "idle",
    outcome: null,
  },
  "a run whose rollout stage already ended: idle": {
    inventory: fleetOf(4),
    state: stateOf(deploy(1, "v2"), undefined, "succeeded"),
    changed: false,
    decision: "idle",
    outcome: null,
  },
  "a new run in its rollout stage starts a rollout and assigns its first batch": {
    inventory: fleetOf(4),
    state: stateOf(deploy(1, "v2")),
    changed: true,
    decision: "started",
    outcome: null,
    check: (t) => {
      expect(t.record.runId).toBe(1);
      expect(t.record.state.rollout).toMatchObject({ version: "v2", assigned: { kind: "through", id: "i-01" } });
      expect(t.record.summary).toMatchObject({ total: 4, byUpdate: { "in-progress": 2, "needing-update": 2 } });
    },
  },
  "the same run, its batch still in progress: waiting, no commit": {
    inventory: fleetOf(4),
    state: stateOf(deploy(1, "v2"), record(running("v2", { kind: "through", id: "i-01" }), 1)),
    changed: false,
    decision: "waiting",
    outcome: null,
  },
  "the same run, every instance at the version and healthy: completed, and the stage succeeds": {
    inventory: fleetOf(4, "v2"),
    state: stateOf(deploy(1, "v2"), record(running("v2", { kind: "through", id: "i-03" }), 1)),
    changed: true,
    decision: "completed",
    outcome: "stage.succeeded",
  },
  "the threshold crossed: the rollout fails without rolling back itself (the lifecycle decides), and the stage fails": {
    inventory: failedFirstTwo,
    state: stateOf(deploy(1, "v2"), record(running("v2", { kind: "through", id: "i-01" }), 1)),
    changed: true,
    decision: "threshold-crossed",
    outcome: "stage.failed",
    check: (t) => {
      expect(t.record.state.rollout).toMatchObject({ kind: "deploy", phase: "failed" });
      const failed = t.outcome?.type === "stage.failed" ? t.outcome.message : "";
      expect(failed).toBe("the failure threshold was crossed rolling out v2: 2 of 4 instances failed; i-00: FAILED");
    },
  },
  "the lifecycle's rollback run: the fleet rolls back, reaching the failed instances at once and resetting them": {
    inventory: failedFirstTwo,
    state: stateOf(
      { id: 2, kind: "rollback", version: "v1" },
      record(
        {
          ...running("v2", { kind: "through", id: "i-01" }),
          rollout: { ...running("v2", { kind: "through", id: "i-01" }).rollout!, phase: "failed", endedAt: T0 },
        },
        1,
      ),
    ),
    changed: true,
    decision: "started",
    outcome: null,
    check: (t) => {
      expect(t.record.state.rollout).toMatchObject({
        kind: "rollback",
        version: "v1",
        from: "v2",
        phase: "running",
        assigned: { kind: "through", id: "i-01" },
      });
      expect(t.resets.map((i) => [i.id, i.status])).toEqual([
        ["i-00", "UNKNOWN"],
        ["i-01", "UNKNOWN"],
      ]);
    },
  },
};

describe("tickFleet: the lifecycle's run drives the fleet, the fleet's end drives the lifecycle", () => {
  it.each(Object.entries(rows))("%s", (_, row) => {
    const tick = tickFleet(
      row.inventory,
      row.state.fleet,
      row.state,
      policy({ batchSize: count(2), failureThreshold: count(2) }),
      T1,
    );
    expect(tick.changed).toBe(row.changed);
    expect(tick.decision.kind).toBe(row.decision);
    expect(tick.outcome?.type ?? null).toBe(row.outcome);
    if (!row.changed) expect(tick.record).toBe(row.state.fleet ?? INITIAL_FLEET_RECORD);
    row.check?.(tick);
  });

  it("decides the same again on the same inputs: a repeated tick writes nothing new", () => {
    const state = stateOf(deploy(1, "v2"));
    const first = tickFleet(fleetOf(4), undefined, state, policy({ batchSize: count(2) }), T1);
    const again = tickFleet(
      fleetOf(4),
      first.record,
      { ...state, fleet: first.record },
      policy({ batchSize: count(2) }),
      T1,
    );
    expect(again.changed).toBe(false);
  });

  it("names the rollout stage's active attempt as the target", () => {
    expect(fleetTarget(stateOf(deploy(3, "v9")))).toEqual({ runId: 3, attempt: 1, kind: "deploy", version: "v9" });
    expect(fleetTarget(stateOf(deploy(3, "v9"), undefined, "failed"))).toBeNull();
  });
});
