/**
 * `transition().ended`: a run replaced by a newer one in the same event ends with its own
 * outcome, reason and last state, so its surfaces can show its end and not the new run's.
 */
import { describe, expect, it } from "vitest";
import { deploymentVerdict } from "../../src/core/deployment-verdict.ts";
import type { Lifecycle } from "../../src/core/lifecycle.ts";
import { replacedRunEnd } from "../../src/core/replaced-run-end.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, Driver, fail, succeed, type Step } from "./lifecycles/drive.ts";

const standard = builtinLifecycle("standard");
const rolling = builtinLifecycle("rolling");
const stack = builtinLifecycle("stack-migration");
const supersede: Lifecycle = { ...standard, concurrency: "supersede" };

const ok = (stage: string): Step => succeed({ stage });
/** The manifest declares install, health-check and rollback; the other optional stages are skipped. */
const declared: TransitionContext = { stages: { install: {}, "health-check": {}, rollback: {} } };
/** v1 deployed by the standard lifecycle. */
const v1Running = [deploy("v1"), ok("install"), ok("health-check")];

interface Case {
  readonly name: string;
  readonly lifecycle: Lifecycle;
  readonly context?: TransitionContext;
  readonly before: readonly Step[];
  readonly step: Step;
  readonly ended: {
    run: number;
    version: string;
    outcome: string;
    reason: string;
    by: number;
    regions: object;
    title: string;
  };
}

const cases: readonly Case[] = [
  {
    name: "standard: a failed health check rolls back; the failed run ends failure",
    lifecycle: standard,
    context: declared,
    before: [...v1Running, deploy("v2"), ok("install")],
    step: fail({ stage: "health-check" }),
    ended: {
      run: 2,
      version: "v2",
      outcome: "failure",
      reason: "health-check failed; rolled back by run 3 (rollback)",
      by: 3,
      regions: { main: { state: "rollback_needed" } },
      title: "Failed: v2 failed health-check (stage health-check failed); rolled back by run 3 (rollback)",
    },
  },
  {
    name: "rolling: a failed rollout rolls back by itself; the failed run ends failure",
    lifecycle: rolling,
    before: [deploy("v1"), ok("rollout"), deploy("v2")],
    step: fail({ stage: "rollout" }),
    ended: {
      run: 2,
      version: "v2",
      outcome: "failure",
      reason: "rollout failed; rolled back by run 3 (rollback)",
      by: 3,
      regions: { main: { state: "failed" } },
      title: "Failed: v2 failed rollout (stage rollout failed); rolled back by run 3 (rollback)",
    },
  },
  {
    name: "stack-migration: the queued trigger starts when the run ends; the finished run ends success",
    lifecycle: stack,
    before: [deploy("v1"), ok("wait-stable"), ok("create"), ok("db-migrate"), deploy("v2")],
    step: ok("scale-up"),
    ended: {
      run: 1,
      version: "v1",
      outcome: "success",
      reason: "finished; run 2 started after it",
      by: 2,
      regions: { stack: { state: "stable" }, deployment: { state: "done" } },
      title: "Deployed v1 in 5m, 4/4 stages; run 2 started after it",
    },
  },
  {
    name: "supersede: a newer trigger replaces a run in progress; the replaced run ends cancelled",
    lifecycle: supersede,
    context: declared,
    before: [...v1Running, deploy("v2")],
    step: deploy("v3"),
    ended: {
      run: 2,
      version: "v2",
      outcome: "cancelled",
      reason: "superseded by run 3 of v3",
      by: 3,
      regions: { main: { state: "installing" } },
      title: "Cancelled: v2 in installing, superseded by run 3 of v3",
    },
  },
];

describe("transition().ended", () => {
  it.each(cases)("$name", ({ lifecycle, context, before, step, ended }) => {
    const driver = new Driver(lifecycle, context);
    driver.run(...before);
    const result = driver.send(step);
    expect(result.ended).toHaveLength(1);
    const [end] = result.ended;
    expect(end).toMatchObject({ outcome: ended.outcome, reason: ended.reason, by: ended.by });
    expect(end!.run).toMatchObject({ id: ended.run, version: ended.version });
    expect(end!.state.run?.id).toBe(ended.run);
    expect(end!.state.regions).toMatchObject(ended.regions);
    expect(result.state.run?.id).toBe(ended.by);
    // Its check run's title: the verdict of the run as it ended, in plain text.
    const style = { now: end!.state.updatedAt, actors: "github" as const };
    expect(deploymentVerdict(lifecycle, end!.state, style, { plain: true, ended: end! })).toBe(ended.title);
    // A report lost in a crash is finished later from the state alone: the end rebuilt from it reads the same.
    expect(replacedRunEnd(lifecycle, result.state)).toEqual({
      runId: ended.run,
      outcome: end!.outcome,
      reason: end!.reason,
      after: end!.after,
      by: end!.by,
    });
  });

  it("a new deploy after a run finished ends it as success (the engine reports it only if it had not shown that)", () => {
    const driver = new Driver(rolling);
    driver.run(deploy("v1"), ok("rollout"));
    expect(driver.send(deploy("v2")).ended).toMatchObject([
      { run: { id: 1 }, outcome: "success", reason: "finished; run 2 started after it", by: 2 },
    ]);
  });

  it("a retry keeps the run: nothing ends", () => {
    const driver = new Driver(standard);
    driver.run(deploy("v1"), ok("validate"), ok("fetch"), ok("prepare"), fail({ stage: "install" }));
    expect(driver.current()).toBe("failed");
    const retried = driver.send({ ...deploy("v1"), label: "retry", build: () => ({ type: "retry" }) } as Step);
    expect(retried.ended).toEqual([]);
    expect(retried.state.run).toMatchObject({ id: 1, attempt: 2 });
  });
});
