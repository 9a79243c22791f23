/**
 * Field readers for untrusted webhook payloads: each returns what it checked or throws
 * {@link PayloadError} naming the field and the delivery, so the delivery can be found in
 * the app's log and GitHub's delivery list.
 */

/**
 * A webhook payload that lacks what GitHub always sends: a bug or a forgery, not a result to
 * count. The one error every webhook's facts throw; the App logs it and ignores the delivery.
 */
export class PayloadError extends Error {
  override readonly name = "PayloadError";
}

export function fail(deliveryId: string, what: string): never {
  throw new PayloadError(`webhook delivery ${deliveryId}: ${what}`);
}

export function record(value: unknown, field: string, deliveryId: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    fail(deliveryId, `${field} is not an object`);
  return value as Record<string, unknown>;
}

export function text(value: unknown, field: string, deliveryId: string): string {
  if (typeof value !== "string" || value === "") fail(deliveryId, `${field} is not a non-empty string`);
  return value;
}

export function positiveInteger(value: unknown, field: string, deliveryId: string): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value <= 0)
    fail(deliveryId, `${field} is not a positive integer`);
  return value;
}

/** `run_attempt` is absent on old GitHub Enterprise Server releases, which have no re-runs: attempt 1. */
export function attemptOf(value: unknown, field: string, deliveryId: string): number {
  return value === undefined || value === null ? 1 : positiveInteger(value, field, deliveryId);
}

/**
 * The first valid time among the candidates, as the core's ISO form (`…000Z`): GitHub writes
 * `…Z` without milliseconds, and the core compares times as strings.
 */
export function timeOf(candidates: readonly unknown[], field: string, deliveryId: string): string {
  for (const value of candidates) {
    if (typeof value !== "string") continue;
    const ms = Date.parse(value);
    if (Number.isFinite(ms)) return new Date(ms).toISOString();
  }
  return fail(deliveryId, `${field} is not a time`);
}

export function actorOf(body: Record<string, unknown>): string {
  const sender = body["sender"];
  const login =
    typeof sender === "object" && sender !== null ? (sender as Record<string, unknown>)["login"] : undefined;
  return typeof login === "string" && login !== "" ? login : "github-actions";
}
