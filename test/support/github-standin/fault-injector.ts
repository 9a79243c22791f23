import { HttpError } from "./http-error.ts";

/** Which requests a fault applies to; every given field must match. */
export interface FaultMatch {
  method?: string;
  /** OpenAPI operationId (`repos/get-content`), path template (`/repos/{owner}/{repo}/contents/{path}`), `graphql` or `git`. */
  route?: string;
}

/** A failure GitHub produces on its own: secondary rate limit (403 or 429), or a server error. */
export interface FaultSpec {
  status: 403 | 429 | 500 | 502 | 503;
  /** Seconds, sent as `retry-after`. */
  retryAfter?: number;
  /** How many matching requests fail (default 1). */
  count?: number;
  match?: FaultMatch;
  /**
   * For 403: `secondary` (default) or `primary` (x-ratelimit-remaining: 0) rate limit, or `permission`: what GitHub
   * answers an app or token that lacks a permission (`Resource not accessible by integration`, no rate-limit headers).
   */
  limit?: "secondary" | "primary" | "permission";
  /**
   * An outage: every matching request fails while this says so (checked at each request, e.g. against the test's
   * clock), however many; the fault is dropped once it says no. `count` is ignored.
   */
  while?: () => boolean;
}

/** The request a fault is checked against. */
export interface FaultTarget {
  method: string;
  operationId: string;
  pathTemplate: string;
}

const SECONDARY =
  "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID ";

/** A REST request held back until the test releases it: a slow answer, placed exactly where a race needs it. */
export interface Hold {
  /** Resolves when the first matching request arrives (and is waiting). */
  readonly reached: Promise<void>;
  /** Lets the held request through, to be answered as usual. */
  release(): void;
}

/** Queues faults a test asks for and answers the next matching requests with them. */
export class FaultInjector {
  private readonly queue: Array<FaultSpec & { remaining: number }> = [];
  private readonly holds: Array<{ match: FaultMatch; reach: () => void; gate: Promise<void> }> = [];

  /**
   * Holds the next REST request that matches until `release()`: what lets a test order two replicas' requests
   * (one replica's write still in flight while the other acts) without timing anything.
   */
  hold(match: FaultMatch): Hold {
    let reach = (): void => undefined;
    let release = (): void => undefined;
    const reached = new Promise<void>((resolve) => (reach = resolve));
    const gate = new Promise<void>((resolve) => (release = resolve));
    this.holds.push({ match, reach, gate });
    return { reached, release };
  }

  /** The gate a request waits at, when a hold matches it; the first matching request takes the hold. */
  gateOf(target: FaultTarget): Promise<void> | undefined {
    const index = this.holds.findIndex((h) => matches(h.match, target));
    if (index === -1) return undefined;
    const [held] = this.holds.splice(index, 1);
    held!.reach();
    return held!.gate;
  }

  /** Makes the next `count` matching requests fail. */
  next(fault: FaultSpec): void {
    this.queue.push({ ...fault, remaining: fault.count ?? 1 });
  }

  /** Drops all queued faults and the holds no request has taken yet. */
  clear(): void {
    this.queue.length = 0;
    this.holds.length = 0;
  }

  /** Faults still waiting for a request. */
  pending(): FaultSpec[] {
    return this.queue.map((f) => ({ ...f, count: f.remaining }));
  }

  /** Takes the first queued fault matching the request, as the error GitHub would answer with. */
  take(target: FaultTarget, requestId: string): HttpError | undefined {
    // An outage that is over is gone before it is matched.
    for (let i = this.queue.length - 1; i >= 0; i--) if (this.queue[i]!.while?.() === false) this.queue.splice(i, 1);
    const index = this.queue.findIndex((f) => matches(f.match, target));
    if (index === -1) return undefined;
    const fault = this.queue[index]!;
    if (!fault.while && --fault.remaining <= 0) this.queue.splice(index, 1);
    const headers: Record<string, string> = {};
    if (fault.retryAfter !== undefined) headers["retry-after"] = String(fault.retryAfter);
    if (fault.status === 403 && fault.limit === "permission") {
      return new HttpError(403, "Resource not accessible by integration", {
        headers: {},
        documentationUrl: "https://docs.github.com/rest",
      });
    }
    if (fault.status === 403 && fault.limit === "primary") {
      headers["x-ratelimit-remaining"] = "0";
      return new HttpError(403, "API rate limit exceeded for installation.", {
        headers,
        documentationUrl: "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api",
      });
    }
    if (fault.status === 403 || fault.status === 429) {
      return new HttpError(fault.status, `${SECONDARY}${requestId}.`, {
        headers,
        documentationUrl:
          "https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits",
      });
    }
    const message =
      fault.status === 500 ? "Server Error" : fault.status === 502 ? "Server Error" : "Service Unavailable";
    return new HttpError(fault.status, message, { headers });
  }
}

function matches(match: FaultMatch | undefined, target: FaultTarget): boolean {
  if (!match) return true;
  if (match.method && match.method.toUpperCase() !== target.method.toUpperCase()) return false;
  if (match.route) {
    const r = match.route;
    const ok =
      r === target.operationId ||
      r === target.pathTemplate ||
      (r === "git" && target.operationId.startsWith("git:")) ||
      (r === "graphql" && target.operationId.startsWith("graphql"));
    if (!ok) return false;
  }
  return true;
}
