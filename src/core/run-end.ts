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
  const by = `run ${next}${rollback ? " (rollback)" : ""}`;
  const reason = failed
    ? `${failed.step} failed; ${rollback ? "rolled back by" : "replaced by"} ${by}`
    : outcome === "cancelled"
      ? `superseded by ${by} of ${shortVersion(draftVersion(draft, rollback))}`
      : `finished; ${by} started after it`;
  // The draft goes on changing in place (regions, queue): the run's end keeps copies.
  const state = stateOf(draft, draft.base);
  draft.ended.push({
    run,
    outcome,
    reason,
    by: next,
    state: { ...state, regions: { ...state.regions }, queue: [...state.queue] },
  });
}

/** The version the replacing run will deploy, as far as the draft knows it before it starts. */
function draftVersion(draft: Draft, rollback: boolean): string {
  if (rollback) return draft.good.find((g) => g.version !== draft.run?.version)?.version ?? "";
  return draft.event.type === "deploy" ? draft.event.version : (draft.run?.version ?? "");
}
