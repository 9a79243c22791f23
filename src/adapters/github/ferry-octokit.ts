import { ProbotOctokit } from "probot";

/** Retries of a request GitHub answered 5xx or 429 (Octokit's retry plugin waits 1, 4, 9 s between them). */
export const TRANSIENT_RETRIES = 3;
/** Retries of a request GitHub refused for a rate limit (the throttling plugin waits `retry-after`). */
export const RATE_LIMIT_RETRIES = 3;
/**
 * The longest `retry-after` ferry waits in a request. A longer one (a primary limit that resets
 * within the hour) is not waited out while the repository's queue holds: the request fails, and
 * the next reconcile does its work once GitHub takes requests again.
 */
export const MAX_RATE_LIMIT_WAIT_SECONDS = 120;

type LimitHandler = (
  retryAfter: number,
  options: { readonly method?: string; readonly url?: string },
  octokit: { readonly log: { warn(message: string): void } },
  retryCount: number,
) => boolean;

/** Whether to wait `retryAfter` seconds and retry, or give up and leave the work to the next reconcile. */
function retryLimit(kind: string): LimitHandler {
  return (retryAfter, options, octokit, retryCount) => {
    const retry = retryCount < RATE_LIMIT_RETRIES && retryAfter <= MAX_RATE_LIMIT_WAIT_SECONDS;
    octokit.log.warn(
      `GitHub's ${kind} rate limit on ${options.method ?? ""} ${options.url ?? ""}: ${
        retry
          ? `retrying in ${retryAfter} s (retry ${retryCount + 1} of ${RATE_LIMIT_RETRIES})`
          : `giving up after ${retryCount} retries; the next reconcile does the work`
      }`,
    );
    return retry;
  };
}

/**
 * Probot's Octokit with the retry and throttling plugins set the way ferry needs them, for every
 * client ferry builds: the App's (`ferry serve`, `npm start`), the Action's token client and the
 * engine mode's. 5xx and 429 answers are retried with backoff; secondary and primary rate limits
 * wait the `retry-after` GitHub asks for (Probot's own default gives up on a secondary limit at
 * once), within bounds, so a worker queue never waits an hour. Options given by a caller win, so
 * tests can scale the waits without switching the plugins off.
 */
export const FerryOctokit = ProbotOctokit.defaults((options: Record<string, unknown>) => ({
  ...options,
  retry: { retries: TRANSIENT_RETRIES, ...(options["retry"] as object | undefined) },
  throttle: {
    ...(options["throttle"] as object | undefined),
    onSecondaryRateLimit: retryLimit("secondary"),
    onRateLimit: retryLimit("primary"),
  },
}));
export type FerryOctokit = InstanceType<typeof FerryOctokit>;
