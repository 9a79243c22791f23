import type { Clock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";

/**
 * Waits between attempts to act on a label or a button. Each GitHub request is already retried by
 * Octokit's retry and throttling plugins; these attempts cover the rest (a state commit that kept
 * conflicting, a request that failed after its own retries), and are short because the
 * repository's queue waits meanwhile.
 */
export const ACT_RETRY_WAITS_MS: readonly number[] = [1_000, 4_000];

export type Acted<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: Error };

/**
 * Runs `act` until it succeeds or the attempts are spent. `act` must be safe to repeat: its
 * events carry one id across attempts, so an attempt that did commit before failing is a duplicate
 * the next time. The caller reports a final failure on the pull request: a label or a button is
 * an edge, and nobody else would ever learn that it did nothing. It waits through the app's clock, like every
 * other wait and deadline of the app, so a clock that is moved by hand moves past the waits too.
 */
export async function actWithRetries<T>(
  act: () => Promise<T>,
  log: Logger,
  what: string,
  sleep: Clock["sleep"],
  waitsMs: readonly number[] = ACT_RETRY_WAITS_MS,
): Promise<Acted<T>> {
  for (let attempt = 0; ; attempt++) {
    try {
      return { ok: true, value: await act() };
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      const wait = waitsMs[attempt];
      if (wait === undefined) {
        log.error({ err: error, attempts: attempt + 1 }, `${what}: giving up`);
        return { ok: false, error };
      }
      log.warn({ err: error, attempt: attempt + 1, waitMs: wait }, `${what}: failed; trying again`);
      await sleep(wait);
    }
  }
}
