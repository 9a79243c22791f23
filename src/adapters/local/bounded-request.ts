/** A request with a time limit that also ends when the step is cancelled, and the reason fetch hides. */

export type Bounded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly timedOut: boolean; readonly error: unknown };

/** Runs `work` with a signal aborted after `ms` or when `outer` aborts; says which. */
export async function boundedRequest<T>(
  ms: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<Bounded<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = Number.isFinite(ms)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, ms)
    : undefined;
  const onAbort = () => controller.abort();
  outer?.addEventListener("abort", onAbort, { once: true });
  try {
    return { ok: true, value: await work(controller.signal) };
  } catch (error) {
    return { ok: false, timedOut, error };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onAbort);
  }
}

/** fetch hides the reason (ECONNREFUSED) in `cause`. */
export function fetchFailure(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
}
