import type { ViolationKind } from "./http-error.ts";
import { isoTime } from "./iso-time.ts";

/** A request that broke GitHub's contract, or an answer/webhook of the stand-in that broke GitHub's description. */
export interface Violation {
  kind: ViolationKind;
  method: string;
  path: string;
  /** OpenAPI operationId, `graphql:<name>`, `webhook:<event>` or `unknown`. */
  operation: string;
  status: number;
  reason: string;
  at: string;
}

/** An error answer GitHub would give (every 4xx/5xx, violation or not). */
export interface Rejection {
  method: string;
  path: string;
  operation: string;
  status: number;
  message: string;
  at: string;
}

/** One request the stand-in served. */
export interface RequestRecord {
  method: string;
  path: string;
  operation: string;
  status: number;
  durationMs: number;
}

/** What the stand-in saw: violations (tests assert none), all rejections, warnings and the request log. */
export class StandinLog {
  readonly violations: Violation[] = [];
  readonly rejections: Rejection[] = [];
  /** Things GitHub tolerates but that are probably mistakes, e.g. query parameters GitHub ignores. */
  readonly warnings: string[] = [];
  readonly requests: RequestRecord[] = [];

  /** Records a violation. */
  violation(v: Omit<Violation, "at">): void {
    this.violations.push({ ...v, at: isoTime() });
  }

  /** Records an error answer. */
  rejection(r: Omit<Rejection, "at">): void {
    this.rejections.push({ ...r, at: isoTime() });
  }

  /** Forgets everything recorded so far. */
  clear(): void {
    this.violations.length = 0;
    this.rejections.length = 0;
    this.warnings.length = 0;
    this.requests.length = 0;
  }
}
