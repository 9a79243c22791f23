/**
 * The agent's decisions, without I/O: what `ferry agent` does next, given what it knows and what
 * the server answered. The loop (`run-agent.ts`) only carries the actions out, so every branch here
 * is table-tested (test/cli/agent/agent-decision.test.ts).
 */

export type AgentStatus = "UNKNOWN" | "HEALTHY" | "DEGRADED" | "FAILED";

/** What the server answers a registration or a heartbeat (docs/fleet.md#the-api-tokens-and-the-inventory). */
export interface FleetAnswer {
  readonly desiredVersion: string | null;
  readonly updateNeeded: boolean;
  /** The status ferry recorded: a reset shows as UNKNOWN. */
  readonly status: string;
}

export interface AgentReport {
  readonly status: AgentStatus;
  readonly message?: string;
}

export interface AgentState {
  /** Whether a registration was answered; until then requests are registrations. */
  readonly registered: boolean;
  /** The version this instance runs, as far as the agent knows; null keeps the one ferry recorded. */
  readonly version: string | null;
  /** What the next request says. News (an update's or a health check's result) stays here until answered. */
  readonly report: AgentReport;
  /**
   * The last update failed and ferry has not reset the instance yet. Meanwhile a health check is
   * not reported: a HEALTHY old version would lift the failure, ferry would ask for the update
   * again, and the instance would retry a broken update every interval instead of once per reset.
   */
  readonly updateFailed: boolean;
  /** Requests in a row that found the server away: the backoff's exponent. */
  readonly failures: number;
  /**
   * The number the next request carries in its `sequence`, with the agent's boot id: one more for
   * each new report, the same for a resend. A resend after a lost answer may reach ferry after the
   * first copy was applied and a rollback reset the instance; by its number ferry knows it and
   * changes nothing (docs/fleet.md, "What an instance reports").
   */
  readonly sequence: number;
  /**
   * The health the agent last learned (an update that succeeded, a health check), never FAILED. Sent
   * again when ferry's answer says it does not know (a restarted server whose inventory was lost),
   * so a rollout does not wait forever on an instance that has no news to give.
   */
  readonly known?: AgentReport;
}

export function initialAgentState(version: string | null = null): AgentState {
  return { registered: false, version, report: { status: "UNKNOWN" }, updateFailed: false, failures: 0, sequence: 1 };
}

export type RequestOutcome =
  | { readonly kind: "answer"; readonly answer: FleetAnswer }
  /** No answer, a timeout, 429, 5xx (507 included): the server may come back. */
  | { readonly kind: "away"; readonly reason: string }
  /** Any other refusal: asking again will not change it. */
  | { readonly kind: "refused"; readonly status: number; readonly reason: string };

export type AgentAction =
  | { readonly kind: "update"; readonly version: string }
  /** Wait an interval, run the health check if there is one (and it may be reported), then heartbeat. */
  | { readonly kind: "wait"; readonly ms: number; readonly health: boolean }
  /** Send the same request again after `ms`. */
  | { readonly kind: "retry"; readonly ms: number }
  | { readonly kind: "exit"; readonly code: 1 | 2; readonly message: string };

export interface AgentConfig {
  readonly intervalMs: number;
  readonly hasHealth: boolean;
  /** [0, 1): the jitter. Passed in so the decision stays a function of its inputs. */
  readonly random: number;
}

export const BACKOFF_MIN_MS = 1_000;
export const BACKOFF_MAX_MS = 60_000;

/**
 * Exponential backoff with full jitter: a delay drawn from [cap/2, cap], cap = 1 s · 2^(failures-1)
 * up to 60 s. Half of it is fixed so a retry never comes at once; the other half spreads a fleet
 * that lost the server together so it does not come back together.
 */
export function backoffMs(failures: number, random: number): number {
  const cap = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** Math.max(0, Math.min(failures - 1, 16)));
  return Math.round(cap / 2 + (cap / 2) * random);
}

const REFUSALS: Readonly<Record<number, string>> = {
  401: "the server refused the token (401): check --token is `ferry fleet token <deployment>` for this --deployment",
  404: "the server knows no such deployment (404): check --deployment and --server",
  409: "the deployment is not a fleet (409): its manifest needs `strategy.fleet: true`",
};

/** After a request: the state with the answer taken in, and what to do next. */
export function afterRequest(
  state: AgentState,
  outcome: RequestOutcome,
  config: AgentConfig,
): { state: AgentState; action: AgentAction } {
  if (outcome.kind === "refused") {
    const known = REFUSALS[outcome.status];
    // 401, 404 and 409 are the person's to fix, like a usage error; anything else is a fault.
    const action: AgentAction = known
      ? { kind: "exit", code: 2, message: known }
      : { kind: "exit", code: 1, message: `the server refused the request (${outcome.status}): ${outcome.reason}` };
    return { state, action };
  }
  if (outcome.kind === "away") {
    // The same request goes again, with the same sequence: the server may have applied it and only the answer was lost.
    const failures = state.failures + 1;
    return { state: { ...state, failures }, action: { kind: "retry", ms: backoffMs(failures, config.random) } };
  }
  const { answer } = outcome;
  // The report was delivered: from now on a heartbeat says UNKNOWN, "no news", until there is news.
  // Repeating FAILED would undo a reset at the next heartbeat (docs/fleet.md, "What an instance reports").
  const updateFailed = state.updateFailed && answer.status === "FAILED";
  const report: AgentReport =
    answer.status === "UNKNOWN" && state.known && !updateFailed ? state.known : { status: "UNKNOWN" };
  const next: AgentState = {
    ...state,
    registered: true,
    report,
    updateFailed,
    failures: 0,
    sequence: state.sequence + 1,
  };
  if (answer.updateNeeded && answer.desiredVersion !== null && answer.desiredVersion !== state.version)
    return { state: next, action: { kind: "update", version: answer.desiredVersion } };
  return { state: next, action: { kind: "wait", ms: config.intervalMs, health: config.hasHealth && !updateFailed } };
}

/** A command's result: its exit code (null when a signal ended it) and its last non-empty output line. */
export interface CommandResult {
  readonly code: number | null;
  readonly lastLine: string;
}

/**
 * After the update command: HEALTHY and the new version on exit 0, else FAILED with its last line.
 * A failed update leaves the instance somewhere between two versions, so it reports the version
 * it tried: a rollback then asks it to update back, and the old version is deployed again by the
 * same command instead of being assumed to still run.
 */
export function afterUpdate(state: AgentState, version: string, result: CommandResult): AgentState {
  if (result.code === 0) {
    const report: AgentReport = { status: "HEALTHY" };
    return { ...state, version, report, known: report, updateFailed: false };
  }
  const why = result.lastLine || `the update command exited with ${result.code ?? "a signal"}`;
  const { known: _, ...rest } = state;
  return { ...rest, version, report: { status: "FAILED", message: why }, updateFailed: true };
}

/** After the health command: HEALTHY on exit 0, else DEGRADED with its last line. */
export function afterHealth(state: AgentState, result: CommandResult): AgentState {
  const why = result.lastLine || `the health command exited with ${result.code ?? "a signal"}`;
  const report: AgentReport = result.code === 0 ? { status: "HEALTHY" } : { status: "DEGRADED", message: why };
  return { ...state, report, known: report };
}
