import type { DeploymentState } from "./deployment-state.ts";
import type { Lifecycle } from "./lifecycle.ts";
import { pastOutcome } from "./past-run-summary.ts";
import { runEndWords, type RunOutcome } from "./run-end.ts";

/** How an earlier run ended, rebuilt from the state: `RunEnd` without the run and its state. */
export interface ReplacedRunEnd {
  readonly runId: number;
  readonly outcome: RunOutcome;
  readonly reason: string;
  readonly after: string;
  readonly by: number;
}

/**
 * How the run just before the current one ended, judged from what the state keeps of it (its
 * moves, its error, its stage attempts), in the words `transition()` gave it when it ended. For a
 * run whose end was committed but never shown, because the replica that wrote it died before
 * reporting: the next report finishes its surfaces from this.
 */
export function replacedRunEnd(lifecycle: Lifecycle, state: DeploymentState): ReplacedRunEnd | undefined {
  const next = state.run;
  if (!next || next.id <= 1) return undefined;
  const runId = next.id - 1;
  const failedStage = state.stages.findLast(
    (s) => s.runId === runId && (s.status === "failed" || s.status === "timed-out"),
  );
  const step = (state.error?.runId === runId ? state.error.step : undefined) ?? failedStage?.stage;
  const judged = pastOutcome(lifecycle, state, runId);
  const outcome: RunOutcome =
    (judged === "failed" || judged === "rolled-back") && step !== undefined
      ? "failure"
      : judged === "succeeded" || judged === "rolled-back"
        ? "success"
        : "cancelled";
  const words = runEndWords(outcome, step, next.id, next.kind === "rollback", next.version);
  return { runId, outcome, ...words, by: next.id };
}
