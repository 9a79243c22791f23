import type { AgentReport, FleetAnswer, RequestOutcome } from "./agent-decision.ts";

/** An answer is a few hundred bytes; anything past this is not ferry talking, and is not read. */
export const ANSWER_LIMIT = 16 * 1024;
export const REQUEST_TIMEOUT_MS = 10_000;

export interface FleetClientOptions {
  readonly server: string;
  readonly token: string;
  readonly deployment: string;
  readonly instance: string;
  /** This agent process's boot id, sent with every report's sequence number (see `AgentState.sequence`). */
  readonly boot: string;
  /** Ends any request in flight (the agent is stopping). */
  readonly signal?: AbortSignal;
  readonly timeoutMs?: number;
  /** Default Node's fetch. */
  readonly fetch?: FleetFetch;
}

/**
 * What the client reads of an answer: its status and its body, chunk by chunk. A `Response` is
 * one; the simulator's agents, thousands in one process, answer with a lighter one (a `Response`
 * builds a web stream each, which cost them more CPU than the HTTP itself).
 */
export interface FleetResponse {
  readonly status: number;
  readonly body: {
    getReader(): {
      read(): Promise<{ readonly done: boolean; readonly value?: Uint8Array | undefined }>;
      cancel(): Promise<void>;
    };
  } | null;
}

/** How the client sends a request: Node's `fetch` is one. */
export type FleetFetch = (url: string, init: RequestInit) => Promise<FleetResponse>;

/**
 * The agent's side of the fleet API: a registration or a heartbeat, with Node's fetch. Every
 * failure becomes a `RequestOutcome`: the decision, not the client, chooses between retrying and
 * giving up.
 */
export class FleetClient {
  private readonly base: string;
  /** The request in flight (an agent sends one at a time), for the stop signal to end. */
  private current: AbortController | undefined;

  constructor(private readonly options: FleetClientOptions) {
    const root = options.server.replace(/\/+$/, "");
    this.base = `${root}/ferry/v1/deployments/${encodeURIComponent(options.deployment)}/instances/${encodeURIComponent(options.instance)}`;
    // One listener for the client's life, not one per request: the simulator's agents share one
    // stop signal, and each listener added to it is checked against those already there.
    const stop = options.signal;
    stop?.addEventListener("abort", () => this.current?.abort(stop.reason), { once: true });
  }

  register(version: string | null, report: AgentReport, sequence: number): Promise<RequestOutcome> {
    return this.send("POST", this.base, { ...(version === null ? {} : { version }), ...report, ...this.key(sequence) });
  }

  heartbeat(version: string | null, report: AgentReport, sequence: number): Promise<RequestOutcome> {
    return this.send("PUT", `${this.base}/heartbeat`, { version, ...report, ...this.key(sequence) });
  }

  private key(number: number) {
    return { sequence: { boot: this.options.boot, number } };
  }

  private async send(method: string, url: string, body: unknown): Promise<RequestOutcome> {
    // One controller per request, its timer cleared when the request ends: `AbortSignal.timeout`
    // fires (and builds its error) ten seconds after every request, answered or not. One agent
    // would not notice; the simulator's thousands in one process spent more CPU on it than on HTTP.
    const controller = new AbortController();
    if (this.options.signal?.aborted) controller.abort(this.options.signal.reason);
    this.current = controller;
    const timer = setTimeout(
      () => controller.abort(new DOMException("The operation was aborted due to timeout", "TimeoutError")),
      this.options.timeoutMs ?? REQUEST_TIMEOUT_MS,
    );
    let response: FleetResponse;
    let text: string;
    try {
      response = await (this.options.fetch ?? fetch)(url, {
        method,
        headers: { authorization: `Bearer ${this.options.token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
        signal: controller.signal,
      });
      text = await readBounded(response, ANSWER_LIMIT);
    } catch (error) {
      return { kind: "away", reason: describe(error) };
    } finally {
      clearTimeout(timer);
      this.current = undefined;
    }
    const status = response.status;
    if (status === 429 || status >= 500) return { kind: "away", reason: `HTTP ${status}` };
    if (status < 200 || status >= 300) return { kind: "refused", status, reason: errorOf(text) ?? `HTTP ${status}` };
    const answer = parseAnswer(text);
    // A 2xx that is not ferry's answer (a proxy's page): treat it as the server being away.
    return answer ? { kind: "answer", answer } : { kind: "away", reason: `HTTP ${status} without a fleet answer` };
  }
}

/** Reads a body up to `limit` bytes, and gives up (cancelling the rest) past it. */
export async function readBounded(response: FleetResponse, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done || value === undefined) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw new Error(`answer larger than ${limit} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function parseAnswer(text: string): FleetAnswer | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== "object" || value === null) return undefined;
  const { desiredVersion, updateNeeded, status } = value as Record<string, unknown>;
  if (!(desiredVersion === null || typeof desiredVersion === "string")) return undefined;
  if (typeof updateNeeded !== "boolean" || typeof status !== "string") return undefined;
  return { desiredVersion, updateNeeded, status };
}

function errorOf(text: string): string | undefined {
  try {
    const value = JSON.parse(text) as { error?: unknown };
    return typeof value.error === "string" ? value.error : undefined;
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.name === "TimeoutError") return "no answer in time";
  const cause = (error as { cause?: { code?: unknown } }).cause;
  return typeof cause?.code === "string" ? cause.code : error.message;
}
