import { resolveAmount } from "./fleet-batches.ts";
import type { PromotionFact } from "./promotion-fact.ts";

/**
 * What the manifest in force tells `transition()` about a deployment. Absent fields take the
 * documented defaults; an absent `stages` map means every stage counts as defined.
 */
export interface StageSettings {
  readonly timeoutSeconds?: number;
  /** Automatic retries after a failure or timeout, each a new attempt. */
  readonly retries?: number;
  /** First backoff; doubled for each further retry. */
  readonly backoffSeconds?: number;
  /** How long the job may wait for an environment's required reviewers; unbounded when absent. */
  readonly approvalTimeoutSeconds?: number;
  /** What an interrupted attempt leads to: run the stage again (default), or fail it. */
  readonly onInterrupt?: "rerun" | "fail";
}

export interface TransitionContext {
  readonly quick?: boolean;
  readonly type?: string;
  readonly allowDrop?: boolean;
  readonly autoRollback?: boolean;
  /** Manifest `strategy.failureThreshold` when it is a count. */
  readonly threshold?: number;
  /**
   * Manifest `strategy.failureThreshold` when it is a percentage: the guard's `threshold` is then
   * this share of the instances the rollout stage reports (`total`), rounded up as the fleet rounds it.
   */
  readonly thresholdPercent?: number;
  readonly stages?: Readonly<Record<string, StageSettings>>;
  /** Timer durations in seconds by timer name, e.g. `pause-after`. */
  readonly timers?: Readonly<Record<string, number>>;
  readonly defaultStageTimeoutSeconds?: number;
  /**
   * Manifest `promotion`, with the versions the source deployment has promoted: a trigger of any
   * other version is refused with `not-promoted`. Decided by the engine from its snapshot.
   */
  readonly promotion?: PromotionFact;
}

/** Thirty minutes: long enough for most deploy jobs, short enough to notice a lost runner. */
export const DEFAULT_STAGE_TIMEOUT_SECONDS = 1800;
export const DEFAULT_BACKOFF_SECONDS = 30;
/**
 * The longest wait between automatic retries: the doubling stops here (as Kubernetes caps its
 * crash-loop backoff), so many retries neither wait for years nor overflow the date arithmetic.
 * A first backoff the manifest sets longer than this is kept.
 */
export const MAX_BACKOFF_SECONDS = 3600;

/** The guards' `threshold`: a count as is, a percentage of `total` (see `resolveAmount`); 1 when the manifest says nothing. */
export function guardThreshold(context: TransitionContext, total: number): number {
  if (context.thresholdPercent !== undefined)
    return resolveAmount({ kind: "percent", percent: context.thresholdPercent }, total);
  return context.threshold ?? 1;
}
