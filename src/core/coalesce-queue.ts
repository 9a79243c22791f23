import { QUEUE_LIMIT, type QueuedTrigger } from "./deployment-state.ts";

export interface CoalescedQueue {
  /** The newest triggers, at most the limit; the oldest kept one counts the dropped ones. */
  readonly queue: QueuedTrigger[];
  /** How many triggers were dropped, counting those each had itself superseded. */
  readonly dropped: number;
}

/**
 * Newest wins: keeps the newest `limit` triggers of `queue` (oldest first) and drops the rest.
 * Deploying a trigger that a newer one would replace at once only delays the newer one, so the
 * dropped ones are counted into the oldest kept entry, the one that superseded them.
 */
export function coalesceQueue(queue: readonly QueuedTrigger[], limit: number = QUEUE_LIMIT): CoalescedQueue {
  if (queue.length <= limit) return { queue: [...queue], dropped: 0 };
  const cut = queue.length - limit;
  const dropped = coalescedIn(queue.slice(0, cut));
  const kept = queue.slice(cut);
  const [first, ...rest] = kept;
  if (!first) return { queue: [], dropped };
  return { queue: [{ ...first, coalesced: (first.coalesced ?? 0) + dropped }, ...rest], dropped };
}

/** The triggers `entries` stand for: each one and those it had superseded. */
export function coalescedIn(entries: readonly QueuedTrigger[]): number {
  return entries.reduce((sum, entry) => sum + 1 + (entry.coalesced ?? 0), 0);
}
