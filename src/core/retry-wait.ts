import type { DeploymentState } from "./deployment-state.ts";
import { humanDuration } from "./human-time.ts";

/** A stage waiting out its retry backoff: which try comes next, of how many, and when. */
export interface RetryWait {
  readonly region: string;
  readonly stage: string;
  /** The try that comes next, counting from 1 for the stage's first in this state of this run. */
  readonly next: number;
  /** Tries in all: those made and those left. */
  readonly of: number;
  /** When the backoff ends (the `stage-retry` timer's due time). */
  readonly due: string;
  /** Why the last try failed. */
  readonly message?: string;
  /** When the last try ended: the backoff counts from here. */
  readonly failedAt?: string;
}

/**
 * Every stage of the deployment now waiting out a retry backoff: a `stage-retry` timer whose
 * region's last try failed. Tries are counted per stage, state and run, so a stage that runs
 * again after an interruption counts that try too.
 */
export function retryWaits(state: DeploymentState): RetryWait[] {
  const waits: RetryWait[] = [];
  for (const timer of state.timers) {
    if (!timer.name.startsWith("stage-retry:") || timer.region === undefined) continue;
    const last = state.stages.findLast((s) => s.region === timer.region);
    if (!last || (last.status !== "failed" && last.status !== "timed-out")) continue;
    const tries = state.stages.filter(
      (s) => s.region === last.region && s.state === last.state && s.stage === last.stage && s.runId === last.runId,
    ).length;
    waits.push({
      region: last.region,
      stage: last.stage,
      next: tries + 1,
      of: tries + Math.max(1, last.retriesLeft ?? 1),
      due: timer.due,
      ...(last.message === undefined ? {} : { message: last.message }),
      ...(last.finishedAt === undefined ? {} : { failedAt: last.finishedAt }),
    });
  }
  return waits;
}

/** `retrying in 10s (2/3)`, counted down to `now`; `retrying now (2/3)` once the backoff is over. */
export function retryText(wait: RetryWait, now: string): string {
  const left = Date.parse(wait.due) - Date.parse(now);
  // Whole seconds rounded up: "in 0s" would say it is over while it is not.
  const when = left > 0 ? `in ${humanDuration(Math.ceil(left / 1000) * 1000)}` : "now";
  return `retrying ${when} (${wait.next}/${wait.of})`;
}
