import { describe, expect, it } from "vitest";
import {
  afterHealth,
  afterRequest,
  afterUpdate,
  backoffMs,
  BACKOFF_MAX_MS,
  initialAgentState,
  type AgentAction,
  type AgentState,
  type RequestOutcome,
} from "../../../src/cli/agent/agent-decision.ts";

const config = { intervalMs: 10_000, hasHealth: false, random: 0.5 };
const registered: AgentState = { ...initialAgentState("v1"), registered: true };
const answer = (desiredVersion: string | null, updateNeeded: boolean, status = "HEALTHY"): RequestOutcome => ({
  kind: "answer",
  answer: { desiredVersion, updateNeeded, status },
});

describe("afterRequest: what the agent does with an answer", () => {
  const rows: [string, AgentState, RequestOutcome, Partial<typeof config>, AgentAction][] = [
    [
      "same version, nothing to do: wait an interval",
      registered,
      answer("v1", false),
      {},
      { kind: "wait", ms: 10_000, health: false },
    ],
    ["another version, update needed: update", registered, answer("v2", true), {}, { kind: "update", version: "v2" }],
    [
      "another version, no update needed (not reached, or FAILED): wait",
      registered,
      answer("v2", false),
      {},
      { kind: "wait", ms: 10_000, health: false },
    ],
    [
      "update needed but already running it: wait",
      registered,
      answer("v1", true),
      {},
      { kind: "wait", ms: 10_000, health: false },
    ],
    [
      "no desired version yet: wait",
      initialAgentState(),
      answer(null, false, "UNKNOWN"),
      {},
      { kind: "wait", ms: 10_000, health: false },
    ],
    [
      "unknown own version, update needed: update",
      initialAgentState(),
      answer("v2", true),
      {},
      { kind: "update", version: "v2" },
    ],
    [
      "with a health command: wait, then check",
      registered,
      answer("v1", false),
      { hasHealth: true },
      { kind: "wait", ms: 10_000, health: true },
    ],
    [
      "a failed update ferry has not reset: no health report that would lift the failure",
      { ...registered, updateFailed: true },
      answer("v2", false, "FAILED"),
      { hasHealth: true },
      { kind: "wait", ms: 10_000, health: false },
    ],
    [
      "a failed update ferry reset (UNKNOWN): update again",
      { ...registered, updateFailed: true },
      answer("v2", true, "UNKNOWN"),
      { hasHealth: true },
      { kind: "update", version: "v2" },
    ],
    ["server away: back off", registered, { kind: "away", reason: "ECONNREFUSED" }, {}, { kind: "retry", ms: 750 }],
    [
      "401: exit 2, the token",
      registered,
      { kind: "refused", status: 401, reason: "unauthorized" },
      {},
      { kind: "exit", code: 2, message: expect.stringContaining("token") as string },
    ],
    [
      "404: exit 2, the deployment",
      registered,
      { kind: "refused", status: 404, reason: "unknown-deployment" },
      {},
      { kind: "exit", code: 2, message: expect.stringContaining("--deployment") as string },
    ],
    [
      "409: exit 2, not a fleet",
      registered,
      { kind: "refused", status: 409, reason: "not-a-fleet" },
      {},
      { kind: "exit", code: 2, message: expect.stringContaining("strategy.fleet") as string },
    ],
    [
      "400: exit 1, a fault",
      registered,
      { kind: "refused", status: 400, reason: "invalid-body" },
      {},
      { kind: "exit", code: 1, message: expect.stringContaining("invalid-body") as string },
    ],
  ];
  it.each(rows)("%s", (_, state, outcome, overrides, action) => {
    expect(afterRequest(state, outcome, { ...config, ...overrides }).action).toEqual(action);
  });

  it("after an answer, the next report is UNKNOWN: news is sent once, a reset sticks", () => {
    const failed = afterUpdate(registered, "v2", { code: 1, lastLine: "boom" });
    expect(failed.report).toEqual({ status: "FAILED", message: "boom" });
    const next = afterRequest(failed, answer("v2", false, "FAILED"), config).state;
    expect(next).toMatchObject({ registered: true, report: { status: "UNKNOWN" }, updateFailed: true, failures: 0 });
    // ferry reset it: the failure is over for the agent too.
    expect(afterRequest(next, answer("v2", true, "UNKNOWN"), config).state.updateFailed).toBe(false);
  });

  it("ferry's answer says UNKNOWN (it lost its inventory): the health the agent knows is sent again, FAILED never", () => {
    const updated = afterUpdate(registered, "v2", { code: 0, lastLine: "" });
    const delivered = afterRequest(updated, answer("v2", false, "HEALTHY"), config).state;
    expect(delivered.report).toEqual({ status: "UNKNOWN" });
    expect(afterRequest(delivered, answer("v2", false, "UNKNOWN"), config).state.report).toEqual({ status: "HEALTHY" });
    const degraded = afterHealth(delivered, { code: 1, lastLine: "slow" });
    const lost = afterRequest(
      afterRequest(degraded, answer("v2", false, "DEGRADED"), config).state,
      answer("v2", false, "UNKNOWN"),
      config,
    );
    expect(lost.state.report).toEqual({ status: "DEGRADED", message: "slow" });
    // A failed update is forgotten, not repeated: a reset to UNKNOWN must stick.
    const failed = afterUpdate(updated, "v3", { code: 1, lastLine: "boom" });
    const reset = afterRequest(
      afterRequest(failed, answer("v3", false, "FAILED"), config).state,
      answer("v2", true, "UNKNOWN"),
      config,
    );
    expect(reset.state.report).toEqual({ status: "UNKNOWN" });
    expect(reset.action).toEqual({ kind: "update", version: "v2" });
  });

  it("while the server is away the news is kept, and the failures count up; an answer resets them", () => {
    const news = { ...registered, report: { status: "HEALTHY" as const } };
    const away = afterRequest(news, { kind: "away", reason: "HTTP 503" }, config).state;
    expect(away).toEqual({ ...news, failures: 1 });
    const again = afterRequest(away, { kind: "away", reason: "HTTP 503" }, config).state;
    expect(again.failures).toBe(2);
    expect(afterRequest(again, answer("v1", false), config).state.failures).toBe(0);
  });

  it("numbers its reports: a resend keeps the number, each new report takes the next one", () => {
    // Starts at 1: the registration.
    expect(initialAgentState().sequence).toBe(1);
    const rows: [string, (s: AgentState) => AgentState, number][] = [
      [
        "the update fails: its FAILED report is news, not yet sent",
        (s) => afterUpdate(s, "v2", { code: 1, lastLine: "boom" }),
        4,
      ],
      [
        "no answer: the FAILED report is resent, same number",
        (s) => afterRequest(s, { kind: "away", reason: "no answer in time" }, config).state,
        4,
      ],
      ["still none: same number again", (s) => afterRequest(s, { kind: "away", reason: "HTTP 503" }, config).state, 4],
      [
        "answered: the next report is a new one",
        (s) => afterRequest(s, answer("v1", true, "UNKNOWN"), config).state,
        5,
      ],
      ["the health check's result rides on that new report", (s) => afterHealth(s, { code: 0, lastLine: "" }), 5],
      ["answered again: the next number", (s) => afterRequest(s, answer("v1", false), config).state, 6],
    ];
    let state: AgentState = { ...registered, sequence: 4 };
    for (const [step, next, sequence] of rows) {
      state = next(state);
      expect({ step, sequence: state.sequence }).toEqual({ step, sequence });
    }
    // The resent request is the same request: the same report, with the same number.
    const failed = afterUpdate({ ...registered, sequence: 4 }, "v2", { code: 1, lastLine: "boom" });
    const resend = afterRequest(failed, { kind: "away", reason: "no answer in time" }, config).state;
    expect({ report: resend.report, sequence: resend.sequence }).toEqual({ report: failed.report, sequence: 4 });
  });

  it("an unanswered registration is sent again as a registration", () => {
    const away = afterRequest(initialAgentState(), { kind: "away", reason: "x" }, config).state;
    expect(away.registered).toBe(false);
  });
});

describe("afterUpdate and afterHealth: what the next report says", () => {
  it.each([
    [
      "exit 0: HEALTHY, on the new version",
      { code: 0, lastLine: "done" },
      { version: "v2", report: { status: "HEALTHY" }, updateFailed: false },
    ],
    [
      "exit 3: FAILED with the last line, on the version it tried",
      { code: 3, lastLine: "disk full" },
      { version: "v2", report: { status: "FAILED", message: "disk full" }, updateFailed: true },
    ],
    [
      "no output: the exit code says why",
      { code: 3, lastLine: "" },
      { report: { status: "FAILED", message: "the update command exited with 3" } },
    ],
    [
      "killed by a signal",
      { code: null, lastLine: "" },
      { report: { status: "FAILED", message: "the update command exited with a signal" } },
    ],
  ])("update %s", (_, result, expected) => {
    expect(afterUpdate(registered, "v2", result)).toMatchObject(expected);
  });
  it.each([
    ["exit 0: HEALTHY", { code: 0, lastLine: "ok" }, { status: "HEALTHY" }],
    ["exit 1: DEGRADED with the last line", { code: 1, lastLine: "slow" }, { status: "DEGRADED", message: "slow" }],
    [
      "exit 1, silent: DEGRADED with the code",
      { code: 1, lastLine: "" },
      { status: "DEGRADED", message: "the health command exited with 1" },
    ],
  ])("health %s", (_, result, report) => {
    expect(afterHealth(registered, result).report).toEqual(report);
  });
});

describe("backoffMs", () => {
  it.each([
    [1, 0, 500],
    [1, 0.999, 1000],
    [2, 0, 1000],
    [3, 1, 4000],
    [7, 1, 60_000],
    [7, 0, 30_000],
    [1_000, 1, 60_000],
  ])("after %i failures with jitter %f: %i ms", (failures, random, ms) => {
    expect(backoffMs(failures, random)).toBe(ms);
  });
  it("grows, and never exceeds the cap nor falls under half a second", () => {
    for (let f = 1; f < 40; f++) {
      for (const r of [0, 0.3, 0.999]) {
        const ms = backoffMs(f, r);
        expect(ms).toBeGreaterThanOrEqual(500);
        expect(ms).toBeLessThanOrEqual(BACKOFF_MAX_MS);
        expect(backoffMs(f + 1, r)).toBeGreaterThanOrEqual(ms);
      }
    }
  });
});
