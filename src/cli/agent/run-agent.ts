import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import {
  afterHealth,
  afterRequest,
  afterUpdate,
  initialAgentState,
  type AgentAction,
  type AgentState,
  type RequestOutcome,
} from "./agent-decision.ts";
import { FleetClient, type FleetFetch } from "./fleet-client.ts";
import { runAgentCommand } from "./run-agent-command.ts";

export interface AgentOptions {
  readonly server: string;
  readonly token: string;
  readonly deployment: string;
  readonly instance: string;
  readonly update: string;
  readonly health?: string;
  readonly intervalMs: number;
  /** The version the instance runs at start, when known; otherwise ferry's record is kept. */
  readonly version?: string;
  /** Stops the agent: the wait, the request or the command in progress ends, and `runAgent` returns. */
  readonly signal?: AbortSignal;
  /** Each thing the agent does, as one line. */
  readonly log: (line: string) => void;
  /** For tests: called with every action decided, before it is carried out. */
  readonly onAction?: (action: AgentAction, state: AgentState) => void;
  readonly random?: () => number;
  /** This process's boot id (see `FleetClient`); default 16 random base64url characters, new at every start. */
  readonly boot?: string;
  /** Runs the update and health commands; default `runAgentCommand` (bash). The simulator runs none. */
  readonly runCommand?: typeof runAgentCommand;
  /** Waits an interval or a backoff, resolving false when stopped; default a timer. The simulator waits for its round. */
  readonly wait?: (ms: number, signal: AbortSignal) => Promise<boolean>;
  /** The fetch requests go through; default Node's. The simulator times each request with it. */
  readonly fetch?: FleetFetch;
}

export type AgentExit =
  { readonly kind: "stopped" } | { readonly kind: "exit"; readonly code: 1 | 2; readonly message: string };

/**
 * `ferry agent`'s loop: register, then heartbeat every interval; run the update command when ferry
 * says so and report its result; run the health check each interval; back off while the server is
 * away. Every choice is `agent-decision.ts`'s; this only carries them out.
 */
export async function runAgent(options: AgentOptions): Promise<AgentExit> {
  const signal = options.signal ?? new AbortController().signal;
  const random = options.random ?? Math.random;
  const runCommand = options.runCommand ?? runAgentCommand;
  const wait = options.wait ?? sleepUnlessStopped;
  // Random rather than clock-derived: a restarted agent must not depend on the clock having moved forward.
  const boot = options.boot ?? randomBytes(12).toString("base64url");
  const client = new FleetClient({ ...options, boot, signal });
  const env = { FERRY_DEPLOYMENT: options.deployment, FERRY_INSTANCE: options.instance };
  const config = { intervalMs: options.intervalMs, hasHealth: options.health !== undefined };
  let state = initialAgentState(options.version ?? null);
  const send = (): Promise<RequestOutcome> =>
    state.registered
      ? client.heartbeat(state.version, state.report, state.sequence)
      : client.register(state.version, state.report, state.sequence);
  const health = async () => {
    if (options.health === undefined) return;
    const result = await runCommand(options.health, { ...env, ...versionEnv(state.version) }, noop, signal);
    if (signal.aborted) return;
    state = afterHealth(state, result);
    if (state.report.status === "DEGRADED") options.log(`health check failed: ${state.report.message ?? ""}`);
  };
  let outcome = await send();
  while (!signal.aborted) {
    const decided = afterRequest(state, outcome, { ...config, random: random() });
    if (!state.registered && decided.state.registered) options.log(`registered with ${options.server}`);
    state = decided.state;
    const action = decided.action;
    options.onAction?.(action, state);
    if (action.kind === "exit") return action;
    if (action.kind === "update") {
      options.log(`updating to ${action.version}`);
      const result = await runCommand(
        options.update,
        { ...env, FERRY_VERSION: action.version },
        (line) => options.log(`  ${line}`),
        signal,
      );
      if (signal.aborted) break;
      state = afterUpdate(state, action.version, result);
      options.log(
        state.report.status === "FAILED"
          ? `update to ${action.version} failed: ${state.report.message ?? ""}`
          : `updated to ${action.version}`,
      );
      if (result.code === 0) await health();
    } else {
      if (action.kind === "retry") options.log(`server away (${awayReason(outcome)}); retrying in ${action.ms} ms`);
      if (!(await wait(action.ms, signal))) break;
      if (action.kind === "wait" && action.health) await health();
    }
    if (signal.aborted) break;
    outcome = await send();
  }
  return { kind: "stopped" };
}

/** Resolves false when the agent is stopped during the wait. */
async function sleepUnlessStopped(ms: number, signal: AbortSignal): Promise<boolean> {
  try {
    await sleep(ms, undefined, { signal });
    return true;
  } catch {
    return false;
  }
}

const noop = () => {};

function versionEnv(version: string | null): Record<string, string> {
  return version === null ? {} : { FERRY_VERSION: version };
}

function awayReason(outcome: RequestOutcome): string {
  return outcome.kind === "away" ? outcome.reason : outcome.kind;
}
