/**
 * Every attempt of a stage ends with its real outcome. A failed or timed-out attempt with retries
 * left stays `failed`/`timed-out`; the retry after the backoff is the next attempt.
 */
import { describe, expect, it } from "vitest";
import type { DeploymentState, StageStatus } from "../../src/core/deployment-state.ts";
import { deploymentSummary } from "../../src/core/deployment-summary.ts";
import { transition } from "../../src/core/transition.ts";
import { MAX_BACKOFF_SECONDS } from "../../src/core/transition-context.ts";
import { builderLifecycle, RETRY_BUILD_TWICE } from "./lifecycles/builder-lifecycle.ts";
import { deploy, drive, Driver, effectsOf, fail, fire, succeed, timedOut, type Step } from "./lifecycles/drive.ts";

const deadline = fire("stage-deadline:main");
const retryDue = fire("stage-retry:main");

describe("stage results: every attempt ends", () => {
  // [case, how attempts 1, 2, 3 end, the statuses recorded, the state after]
  const rows: [string, Step[], StageStatus[], string][] = [
    [
      "fails, retries, fails, retries, succeeds",
      [fail(), fail(), succeed()],
      ["failed", "failed", "succeeded"],
      "live",
    ],
    [
      "times out (runner report) twice, then succeeds",
      [timedOut(), timedOut(), succeed()],
      ["timed-out", "timed-out", "succeeded"],
      "live",
    ],
    [
      "misses its deadline, fails, then succeeds",
      [deadline, fail(), succeed()],
      ["timed-out", "failed", "succeeded"],
      "live",
    ],
    [
      "fails every attempt and takes the failure arrow",
      [fail(), deadline, fail()],
      ["failed", "timed-out", "failed"],
      "broken",
    ],
  ];

  it.each(rows)("%s", (_case, outcomes, statuses, after) => {
    const d = drive(builderLifecycle(), [deploy("v1")], RETRY_BUILD_TWICE);
    outcomes.forEach((outcome, i) => {
      d.send(outcome);
      // Between attempts only the retry timer waits; the ended attempt already says how it ended.
      if (i < outcomes.length - 1) {
        expect(d.state.stages.at(-1)).toMatchObject({
          attempt: i + 1,
          status: statuses[i],
          finishedAt: d.state.updatedAt,
        });
        expect(d.state.timers.map((t) => t.name)).toEqual(["stage-retry:main"]);
        const retried = d.send(retryDue);
        expect(effectsOf(retried.effects, "runStage")).toMatchObject([{ stage: "build", attempt: i + 2 }]);
      }
    });
    expect(d.current()).toBe(after);
    expect(d.state.stages.map((s) => [s.attempt, s.status])).toEqual(statuses.map((status, i) => [i + 1, status]));
    expect(d.state.stages.every((s) => s.finishedAt !== undefined)).toBe(true);
    expect(d.state.run).toMatchObject({ id: 1, attempt: 3 });
  });

  it("a late report of the ended attempt is stale during the backoff and after the retry starts", () => {
    const d = drive(builderLifecycle(), [deploy("v1"), fail()], RETRY_BUILD_TWICE);
    expect(d.refuse(succeed({ stage: "build", attempt: 1, runId: 1 })).reason).toBe("stale-stage");
    d.send(retryDue);
    expect(d.refuse(succeed({ attempt: 1 })).reason).toBe("stale-attempt");
  });

  it("leaving the state during the backoff drops the retry and keeps the attempt's outcome", () => {
    const d = drive(builderLifecycle("supersede"), [deploy("v1"), fail()], RETRY_BUILD_TWICE);
    const result = d.send(deploy("v2"));
    expect(effectsOf(result.effects, "cancelTimer")).toEqual([{ type: "cancelTimer", name: "stage-retry:main" }]);
    // Nothing was running, so nothing is cancelled: the failed attempt stays failed.
    expect(effectsOf(result.effects, "cancelStage")).toEqual([]);
    expect(d.state.stages.map((s) => [s.runId, s.attempt, s.status])).toEqual([
      [1, 1, "failed"],
      [2, 1, "dispatching"],
    ]);
    expect(d.state.timers.map((t) => t.name)).toEqual(["stage-deadline:main"]);
  });

  it("a state file of an earlier build, waiting to retry with `retrying`, ends that attempt as failed", () => {
    const d = drive(builderLifecycle(), [deploy("v1"), fail()], RETRY_BUILD_TWICE);
    const legacy: DeploymentState = {
      ...d.state,
      stages: d.state.stages.map((s) => ({ ...s, status: "retrying" as const })),
    };
    d.state = legacy;
    const result = d.send(retryDue);
    expect(d.state.stages.map((s) => [s.attempt, s.status])).toEqual([
      [1, "failed"],
      [2, "dispatching"],
    ]);
    expect(effectsOf(result.effects, "runStage")).toMatchObject([{ stage: "build", attempt: 2 }]);
  });

  it("the check run shows the ended attempt and when the next one is due", () => {
    const d = drive(builderLifecycle(), [deploy("v1"), fail({ message: "exit code 1: boom" })], RETRY_BUILD_TWICE);
    const summary = deploymentSummary(builderLifecycle(), d.state);
    expect(summary).toContain("| build | 00:01:00 | 1m | ❌ failed · exit code 1: boom |");
    expect(d.state.timers[0]!.due).toBe("2030-01-01T00:02:10.000Z");
    expect(summary).toContain("**Retrying** `build` as attempt 2 in 10s (00:02:10 UTC).");
    d.send(retryDue);
    const retried = deploymentSummary(builderLifecycle(), d.state);
    expect(retried).not.toContain("**Retrying**");
    // The next attempt is a row of its own (the retry's move), with the failed attempt kept above it.
    expect(retried).toContain("| build | 00:01:00 | 1m | ❌ failed · exit code 1: boom | deploy by @alice |");
    expect(retried).toContain("| build | 00:02:10 | <1s so far | ⏳ dispatching (attempt 2) | retry (attempt 2) |");
  });

  it.each([
    ["doubles from the first wait", { backoffSeconds: 10 }, [10, 20, 40, 80]],
    [
      "stops doubling at MAX_BACKOFF_SECONDS",
      { backoffSeconds: 1000 },
      [1000, 2000, MAX_BACKOFF_SECONDS, MAX_BACKOFF_SECONDS],
    ],
    ["keeps a first wait longer than the cap", { backoffSeconds: 7200 }, [7200, 7200, 7200, 7200]],
  ])("the backoff %s", (_case, settings, waits) => {
    const d = drive(builderLifecycle(), [deploy("v1")], { stages: { build: { retries: 100, ...settings } } });
    for (const wait of waits) {
      d.send(fail());
      expect(Date.parse(d.state.timers[0]!.due) - Date.parse(d.state.updatedAt)).toBe(wait * 1000);
      d.send(retryDue);
    }
  });

  it("many retries neither throw nor wait for years", () => {
    const d = drive(builderLifecycle(), [deploy("v1")], { stages: { build: { retries: 1_000 } } });
    for (let i = 0; i < 60; i++) d.run(fail(), retryDue);
    expect(d.state.run?.attempt).toBe(61);
    d.send(fail());
    expect(Date.parse(d.state.timers[0]!.due) - Date.parse(d.state.updatedAt)).toBe(MAX_BACKOFF_SECONDS * 1000);
  });

  it("never writes `retrying`, whatever the order of failures, timeouts and retries", () => {
    const lifecycle = builderLifecycle();
    const d = new Driver(lifecycle, { stages: { build: { retries: 3, backoffSeconds: 1 } } });
    const steps = [
      deploy("v1"),
      fail(),
      retryDue,
      deadline,
      retryDue,
      timedOut(),
      retryDue,
      succeed(),
      deploy("v2"),
      fail(),
      retryDue,
      fail(),
    ];
    for (const s of steps) {
      const result = transition(lifecycle, d.state, d.event(s), d.context);
      if (!result.ok) throw new Error(`${s.label}: ${result.reason}`);
      d.state = result.state;
      expect(d.state.stages.filter((r) => r.status === "retrying")).toEqual([]);
    }
    expect(d.state.stages.map((s) => `${s.runId}.${s.attempt}:${s.status}`)).toEqual([
      "1.1:failed",
      "1.2:timed-out",
      "1.3:timed-out",
      "1.4:succeeded",
      "2.1:failed",
      "2.2:failed",
    ]);
  });
});

describe("an interrupted attempt (the runner died under it)", () => {
  const interrupted = fail({ interrupted: true, message: "ferry was killed during the stage" });
  // [case, manifest's stage settings, the attempts recorded, the state after, runStage effects of the interruption]
  const rows: [string, { retries?: number; onInterrupt?: "rerun" | "fail" }, StageStatus[], string, number][] = [
    ["runs again at once as attempt 2, by default", {}, ["failed", "dispatching"], "build", 1],
    ["runs again with `onInterrupt: rerun`", { onInterrupt: "rerun" }, ["failed", "dispatching"], "build", 1],
    ["keeps the retries it had left", { retries: 2 }, ["failed", "dispatching"], "build", 1],
    ["takes the failure arrow with `onInterrupt: fail`", { onInterrupt: "fail" }, ["failed"], "broken", 0],
    [
      "takes the failure arrow with `onInterrupt: fail` even with retries",
      { retries: 2, onInterrupt: "fail" },
      ["failed"],
      "broken",
      0,
    ],
  ];

  it.each(rows)("%s", (_case, settings, statuses, after, dispatched) => {
    const d = drive(builderLifecycle(), [deploy("v1")], { stages: { build: settings } });
    const applied = d.send(interrupted);
    expect(d.state.stages.map((s) => s.status)).toEqual(statuses);
    expect(d.state.stages[0]).toMatchObject({ attempt: 1, message: "ferry was killed during the stage" });
    expect(d.current()).toBe(after);
    expect(effectsOf(applied.effects, "runStage")).toHaveLength(dispatched);
    if (dispatched > 0) {
      expect(d.state.run?.attempt).toBe(2);
      // No backoff: nothing waits but the new attempt's deadline.
      expect(d.state.timers.map((t) => t.name)).toEqual(["stage-deadline:main"]);
      expect(d.state.stages[1]).toMatchObject({ attempt: 2, retriesLeft: settings.retries ?? 0 });
    }
  });

  it("a plain failure still uses retries and backoff", () => {
    const d = drive(builderLifecycle(), [deploy("v1")], RETRY_BUILD_TWICE);
    d.send(fail());
    expect(d.state.timers.map((t) => t.name)).toContain("stage-retry:main");
  });
});
