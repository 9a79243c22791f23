import type { DeploymentError, DeploymentState, StageResult } from "./deployment-state.ts";

/** The failure a run's page explains: which run failed, where, and the stage attempt whose log shows it. */
export interface RunFailure {
  readonly runId: number | undefined;
  /** The version the failed run deployed, when the state still knows it. */
  readonly version: string | undefined;
  readonly error: DeploymentError;
  /** The failed (or timed-out) stage attempt, with its log link; absent when no stage failed (a timer, a threshold). */
  readonly stage: StageResult | undefined;
  /** True when the failure belongs to an earlier run that the current (rollback) run undoes. */
  readonly earlier: boolean;
}

/**
 * The failure behind the current run's page. A rollback run keeps the error of the run it undoes
 * (`startRun` leaves it in place), and `stages` keeps that run's attempts, so the rollback run's
 * page can name the failed run, its place and its log without any other record.
 */
export function runFailure(state: DeploymentState): RunFailure | undefined {
  const { run } = state;
  const error = state.error ?? undoneFailure(state);
  if (!error) return undefined;
  const earlier = run !== null && error.runId !== undefined && error.runId !== run.id;
  // An error of an earlier run matters only to the rollback that undoes it; a new deploy run clears it anyway.
  if (earlier && run.kind !== "rollback") return undefined;
  const failed = (s: StageResult): boolean =>
    s.runId === error.runId && (s.status === "failed" || s.status === "timed-out");
  const stage =
    state.stages.findLast((s) => failed(s) && s.stage === error.step && s.state === error.state) ??
    state.stages.findLast((s) => failed(s) && s.state === error.state);
  const version = earlier ? run.from : run?.version;
  return { runId: error.runId, version, error, stage, earlier };
}

/**
 * A retried rollback starts a new attempt, which clears the error; the stage results still hold
 * the failed attempt of the run the rollback undoes, so its page keeps naming it.
 */
function undoneFailure(state: DeploymentState): DeploymentError | undefined {
  const run = state.run;
  if (run?.kind !== "rollback" || state.rolledBack?.runId !== run.id) return undefined;
  // The run before the rollback ended with its last stage attempt; only a failed one explains it.
  const stage = state.stages.findLast((s) => s.runId === run.id - 1);
  if (!stage || (stage.status !== "failed" && stage.status !== "timed-out")) return undefined;
  return {
    step: stage.stage,
    state: stage.state,
    message: stage.message ?? `stage ${stage.stage} ${stage.status}`,
    at: stage.finishedAt ?? stage.startedAt,
    runId: stage.runId,
  };
}
