import type { DeploymentState, Run } from "./deployment-state.ts";
import { isBusy, stateOf, type Draft } from "./draft.ts";
import { shortVersion } from "./short-version.ts";

/** How a run ended when a newer run replaced it. */
export const RUN_OUTCOMES = ["success", "failure", "cancelled"] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/**
 * A run that one `transition()` ended by starting the next: rolled back after a failure, finished
 * before a queued trigger started, or superseded while it worked. `state` is the deployment as the
 * run left it (its regions, error and stages), so surfaces can show the run's own end; the result
 * of the transition shows only the new run.
 */
export interface RunEnd {
  readonly run: Run;
  readonly outcome: RunOutcome;
  /** Why, in words people read: `health-check failed; rolled back by run 3`. */
  readonly reason: string;
  /** What came after it, the end of `reason`: `rolled back by run 3 (rollback)`, `run 2 started after it`. */
  readonly after: string;
  /** The run that replaced it. */
  readonly by: number;
  readonly state: DeploymentState;
}

/**
 * Records the end of the draft's current run, just before run `next` replaces it. Called while the
 * regions still show where the old run stopped. A retry keeps the run, so it ends nothing.
 */
export function endRun(draft: Draft, next: number, rollback: boolean): void {
  const run = draft.run;
  if (!run || run.id === next) return;
  const failed = draft.error?.runId === run.id ? draft.error : undefined;
  const busy = isBusy(draft);
  const outcome: RunOutcome = failed ? "failure" : busy || draft.hold ? "cancelled" : "success";
  const { reason, after } = runEndWords(outcome, failed?.step, next, rollback, draftVersion(draft, rollback));
  // The draft goes on changing in place (regions, queue): the run's end keeps copies.
  const state = stateOf(draft, draft.base);
  draft.ended.push({
    run,
    outcome,
    reason,
    after,
    by: next,
    state: { ...state, regions: { ...state.regions }, queue: [...state.queue] },
  });
}

/**
 * How a run's end reads (`reason`) and what came after it (`after`): the words of `RunEnd`, for
 * the run `next` replaced (`step` is where it failed, `version` what the next run deploys).
 */
export function runEndWords(
  outcome: RunOutcome,
  step: string | undefined,
  next: number,
  rollback: boolean,
  version: string,
): { reason: string; after: string } {
  const by = `run ${next}${rollback ? " (rollback)" : ""}`;
  if (outcome === "failure") {
    const after = `${rollback ? "rolled back by" : "replaced by"} ${by}`;
    return { reason: `${step ?? "the run"} failed; ${after}`, after };
  }
  if (outcome === "cancelled") {
    const after = `superseded by ${by} of ${shortVersion(version)}`;
    return { reason: after, after };
  }
  const after = `${by} started after it`;
  return { reason: `finished; ${after}`, after };
}

/** The version the replacing run will deploy, as far as the draft knows it before it starts. */
function draftVersion(draft: Draft, rollback: boolean): string {
  if (rollback) return draft.good.find((g) => g.version !== draft.run?.version)?.version ?? "";
  return draft.event.type === "deploy" ? draft.event.version : (draft.run?.version ?? "");
}
