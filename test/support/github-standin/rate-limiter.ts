/** Tracks per-credential usage to send GitHub's x-ratelimit-* headers; it never refuses (faults do that). */
export class RateLimiter {
  private readonly used = new Map<string, { used: number; reset: number }>();

  constructor(private readonly limit = 5000) {}

  /** Counts one request for a credential and resource, and returns the headers GitHub sends with it. */
  headers(credential: string, resource: "core" | "graphql" | "git"): Record<string, string> {
    const key = `${resource}:${credential}`;
    const now = Math.floor(Date.now() / 1000);
    let entry = this.used.get(key);
    if (!entry || entry.reset <= now) {
      entry = { used: 0, reset: now + 3600 };
      this.used.set(key, entry);
    }
    entry.used++;
    return {
      "x-ratelimit-limit": String(this.limit),
      "x-ratelimit-remaining": String(Math.max(0, this.limit - entry.used)),
      "x-ratelimit-used": String(entry.used),
      "x-ratelimit-reset": String(entry.reset),
      "x-ratelimit-resource": resource,
    };
  }
}
