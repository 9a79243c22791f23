import { responseOf, retriesOf, statusOf } from "./github-client.ts";

/**
 * Which of GitHub's rate limits refused a request, if one did. GitHub answers a secondary rate
 * limit with 403 (or 429) and `retry-after` or a message naming it, and a spent primary limit with
 * `x-ratelimit-remaining: 0`; a 403 with none of these is a missing permission. Telling them apart
 * matters because the advice is opposite: wait, or change the installation's permissions.
 */
export function rateLimitOf(error: unknown): "primary" | "secondary" | undefined {
  const status = statusOf(error);
  if (status !== 403 && status !== 429) return undefined;
  const { headers, message } = responseOf(error);
  if (headers["x-ratelimit-remaining"] === "0") return "primary";
  if (/secondary rate limit/i.test(message) || headers["retry-after"] !== undefined) return "secondary";
  if (/rate limit/i.test(message)) return "primary";
  // GitHub documents 429 only for rate limits.
  return status === 429 ? "secondary" : undefined;
}

/** A 403 that is a refusal of the app's or token's permissions, not a rate limit. */
export function isPermissionRefusal(error: unknown): boolean {
  return statusOf(error) === 403 && rateLimitOf(error) === undefined;
}

/** For a request a rate limit refused: which limit, and that ferry's retries are spent; "" otherwise. */
export function rateLimitNote(error: unknown): string {
  const limit = rateLimitOf(error);
  if (limit === undefined) return "";
  // The throttling plugin's count on the final error lags by one, so say only that retries happened.
  const after = retriesOf(error) > 0 ? ", still in force after ferry's retries" : "";
  return ` (GitHub's ${limit} rate limit${after}: not a permission problem; the work can be done again once the limit has passed)`;
}
