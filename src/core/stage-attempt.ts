import {
  activeStage,
  addTimer,
  currentDef,
  Refusal,
  regionOf,
  removeTimer,
  replaceStage,
  type Draft,
} from "./draft.ts";
import { addSeconds } from "./duration.ts";
import type { StageReport } from "./ferry-event.ts";
import type { StageResult } from "./deployment-state.ts";
import { routeEvent } from "./route-event.ts";
import { DEFAULT_BACKOFF_SECONDS, MAX_BACKOFF_SECONDS } from "./transition-context.ts";

/** The timer that bounds a job's wait for required reviewers, per region. */
export const APPROVAL_TIMER = "stage-approval";

/**
 * The region and stage attempt a runner's report is about. Refuses a report about a stage that
 * is not running now (`stale-stage`) or about another run or attempt of it (`stale-attempt`).
 */
export function reportedAttempt(draft: Draft, report: StageReport): [string, StageResult] {
  for (const region of Object.keys(draft.regions)) {
    const active = activeStage(draft, region);
    if (!active || active.stage !== report.stage) continue;
    if (report.runId !== active.runId || report.attempt !== active.attempt) {
      throw new Refusal(
        "stale-attempt",
        `result for run ${report.runId} attempt ${report.attempt}; stage ${report.stage} is at run ${active.runId} attempt ${active.attempt}`,
      );
    }
    return [region, active];
  }
  throw new Refusal("stale-stage", `stage ${report.stage} is not running now`);
}

/** Ends the attempt: its timers go, and the record gets the outcome and the end time. */
export function finishAttempt(draft: Draft, region: string, active: StageResult, patch: Partial<StageResult>): void {
  removeTimer(draft, `stage-deadline:${region}`);
  removeTimer(draft, `${APPROVAL_TIMER}:${region}`);
  replaceStage(draft, active, { ...active, ...patch, finishedAt: draft.event.at });
}

/**
 * A failure or timeout. The attempt ends with that outcome either way; while retries are left
 * (and `retry` allows them) a new attempt follows after a backoff (the `stage-retry` timer is all
 * that waits), else the region takes the failure arrow.
 */
export function failAttempt(
  draft: Draft,
  region: string,
  active: StageResult,
  outcome: "stage.failed" | "stage.timed-out",
  message: string,
  patch: Partial<StageResult>,
  retry = true,
): void {
  const retriesLeft = retry ? (active.retriesLeft ?? 0) : 0;
  const status = outcome === "stage.failed" ? "failed" : "timed-out";
  finishAttempt(draft, region, active, { ...patch, status, message });
  if (retriesLeft > 0) {
    const settings = draft.context.stages?.[active.stage];
    const used = (settings?.retries ?? retriesLeft) - retriesLeft;
    const first = settings?.backoffSeconds ?? DEFAULT_BACKOFF_SECONDS;
    const backoff = Math.min(first * 2 ** used, Math.max(first, MAX_BACKOFF_SECONDS));
    addTimer(draft, {
      name: `stage-retry:${region}`,
      due: addSeconds(draft.event.at, backoff),
      region,
      runId: active.runId,
    });
    return;
  }
  const state = regionOf(draft, region).state;
  draft.error = { step: active.stage, message, at: draft.event.at, state, runId: active.runId };
  const key =
    outcome === "stage.timed-out" && currentDef(draft, region).on?.["stage.timed-out"]
      ? "stage.timed-out"
      : "stage.failed";
  routeEvent(draft, key, region);
}
