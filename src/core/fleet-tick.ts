/**
 * One round of a fleet deployment, decided from the deployment's state file and its inventory:
 * the lifecycle says which rollout should run (its run, in the `rollout` stage), the fleet
 * machines carry it out, and the end of the rollout goes back to the lifecycle as the stage's
 * outcome. Pure and level-triggered: deciding again on the same inputs decides the same, so a
 * replica, or a restarted process, may tick whenever it likes.
 */
import type { DeploymentState, RunKind } from "./deployment-state.ts";
import { INITIAL_FLEET_RECORD, summarizeFleet, type FleetRecord } from "./fleet-record.ts";
import { progressRollout, rollbackRollout, startRollout, type FleetDecision } from "./fleet-rollout.ts";
import {
  fleetPhase,
  withInstances,
  type FleetInstance,
  type FleetInventory,
  type FleetPolicy,
  type FleetState,
} from "./fleet-state.ts";

/** The lifecycle stage a fleet runs: the `rolling` lifecycle's `rollout`. */
export const FLEET_STAGE = "rollout";

/** The rollout the lifecycle wants: its current run, while that run's `rollout` stage attempt is active. */
export interface FleetTarget {
  readonly runId: number;
  readonly attempt: number;
  readonly kind: RunKind;
  readonly version: string;
}

export function fleetTarget(state: DeploymentState): FleetTarget | null {
  const run = state.run;
  if (run === null) return null;
  const active = state.stages.findLast(
    (s) => s.stage === FLEET_STAGE && s.runId === run.id && (s.status === "dispatching" || s.status === "running"),
  );
  if (active === undefined) return null;
  return { runId: run.id, attempt: active.attempt, kind: run.kind, version: run.version };
}

/** The stage outcome to send the lifecycle once the rollout of its run has ended. */
export interface FleetOutcome {
  readonly type: "stage.succeeded" | "stage.failed";
  readonly target: FleetTarget;
  readonly message: string;
}

export interface FleetTick {
  readonly record: FleetRecord;
  /** True when `record` differs from the one passed in: a deployment-level change to commit. */
  readonly changed: boolean;
  readonly decision: FleetDecision | { readonly kind: "started"; readonly version: string; readonly runKind: RunKind };
  /** Instance records the step reset, to write back to the inventory. */
  readonly resets: readonly FleetInstance[];
  /** Set while the rollout of the lifecycle's run has ended and the lifecycle still waits for it. */
  readonly outcome: FleetOutcome | null;
}

/**
 * Decides one round. The lifecycle decides rollbacks (its `failed` state rolls back by itself
 * when `autoRollback` allows), so the fleet machines run with automatic rollback off: crossing
 * the threshold fails the rollout and its stage, and the lifecycle's rollback run then starts a
 * rollback rollout here, which reaches at once every instance the failed rollout had reached.
 */
export function tickFleet(
  inventory: FleetInventory,
  record: FleetRecord | undefined,
  state: DeploymentState,
  policy: FleetPolicy,
  at: string,
): FleetTick {
  const before = record ?? INITIAL_FLEET_RECORD;
  const target = fleetTarget(state);
  const manual: FleetPolicy = { ...policy, autoRollback: false };
  if (target === null) return unchanged(before, { kind: "idle" });
  if (before.runId !== target.runId) {
    const started = startFor(inventory, before.state, manual, target, at);
    const next: FleetRecord = {
      ...before,
      state: started.fleet,
      runId: target.runId,
      summary: summarizeFleet(inventory, started.fleet, policy, at),
    };
    return {
      record: next,
      changed: true,
      decision: { kind: "started", version: target.version, runKind: target.kind },
      resets: started.changed,
      outcome: outcomeOf(next, target),
    };
  }
  const step = progressRollout(inventory, before.state, manual, at);
  if (step.fleet === before.state) return { ...unchanged(before, step.decision), outcome: outcomeOf(before, target) };
  const next: FleetRecord = {
    ...before,
    state: step.fleet,
    summary: summarizeFleet(inventory, step.fleet, policy, at),
  };
  return {
    record: next,
    changed: true,
    decision: step.decision,
    resets: step.changed,
    outcome: outcomeOf(next, target),
  };
}

function unchanged(record: FleetRecord, decision: FleetTick["decision"]): FleetTick {
  return { record, changed: false, decision, resets: [], outcome: null };
}

/**
 * The rollout for a new lifecycle run. A rollback run goes back through the fleet's own rollback
 * when it returns to the version the lifecycle chose (it reaches at once what the failed rollout
 * reached); otherwise, and for a deploy, a running rollout is stopped and a new one starts.
 */
function startFor(
  inventory: FleetInventory,
  fleet: FleetState,
  policy: FleetPolicy,
  target: FleetTarget,
  at: string,
): { readonly fleet: FleetState; readonly changed: readonly FleetInstance[] } {
  if (target.kind === "rollback" && fleet.rollout !== null) {
    const back = rollbackRollout(inventory, fleet, at);
    if (back.decision.kind === "rolled-back" && back.decision.to === target.version) {
      // Decide on the inventory as the resets leave it: the failures that caused the rollback do not count against it.
      const reset = withInstances(inventory, back.changed);
      const again = progressRollout(reset, back.fleet, policy, at);
      return { fleet: again.fleet, changed: [...back.changed, ...again.changed] };
    }
  }
  const stopped: FleetState =
    fleet.rollout?.phase === "running"
      ? { ...fleet, rollout: { ...fleet.rollout, phase: "failed", endedAt: at } }
      : fleet;
  const started = startRollout(inventory, stopped, policy, target.version, at);
  // Cannot be refused: a running rollout was stopped just above.
  if (!started.ok) return { fleet: stopped, changed: [] };
  const rollout = started.fleet.rollout;
  const fleetAfter: FleetState =
    target.kind === "rollback" && rollout !== null
      ? { ...started.fleet, rollout: { ...rollout, kind: "rollback", from: fleet.rollout?.version ?? null } }
      : started.fleet;
  return { fleet: fleetAfter, changed: started.changed };
}

function outcomeOf(record: FleetRecord, target: FleetTarget): FleetOutcome | null {
  const fleet = record.state;
  const rollout = fleet.rollout;
  if (rollout === null || rollout.version !== target.version) return null;
  const phase = fleetPhase(fleet);
  if (phase === "completed")
    return { type: "stage.succeeded", target, message: `every instance runs ${rollout.version}` };
  if (phase === "failed") return { type: "stage.failed", target, message: failureMessage(record, rollout.version) };
  return null;
}

/** Why the stage failed, in one line: how many instances failed, and the first one's last word. */
function failureMessage(record: FleetRecord, version: string): string {
  const summary = record.summary;
  const first = summary?.problems.find((p) => p.status === "FAILED") ?? summary?.problems[0];
  const count = summary ? `${summary.byUpdate.failed} of ${summary.total} instances failed` : "instances failed";
  const why = first ? `; ${first.id}: ${first.message ?? first.status}` : "";
  return `the failure threshold was crossed rolling out ${version}: ${count}${why}`;
}
