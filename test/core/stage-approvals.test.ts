/**
 * A stage's job held by a GitHub environment's required reviewers: the wait suspends the stage's
 * deadline, `approvalTimeout` bounds it, an approval is recorded under the reviewer and the job's
 * own events move the stage on, a rejection fails the stage. Time comes only from the events
 * (the driver's clock moves a minute per step, or to a timer's due time).
 */
import { describe, expect, it } from "vitest";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { deploymentSummary, stateLine } from "../../src/core/deployment-summary.ts";
import type { Lifecycle } from "../../src/core/lifecycle.ts";
import type { Reason } from "../../src/core/reason.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import {
  deploy,
  drive,
  effectsOf,
  fail,
  fire,
  report,
  runningStage,
  succeed,
  type EventSpec,
  type Step,
} from "./lifecycles/drive.ts";

/** idle → install → live, with a failed state: one stage to hold. */
const LIFECYCLE: Lifecycle = {
  name: "held",
  description: "test lifecycle with one stage that may wait for approval",
  concurrency: "queue",
  regions: {
    main: {
      initial: "idle",
      states: {
        idle: { kind: "steady", on: { deploy: [{ target: "install" }] } },
        install: {
          kind: "stage",
          stage: "install",
          on: { "stage.succeeded": [{ target: "live" }], "stage.failed": [{ target: "broken" }] },
        },
        live: { kind: "steady", on: { deploy: [{ target: "install" }] } },
        broken: { kind: "failed", on: { deploy: [{ target: "install" }] } },
      },
    },
  },
};

/** A 10-minute deadline, a retry (which approvals never use), and an hour for reviewers. */
const CONTEXT: TransitionContext = {
  stages: { install: { timeoutSeconds: 600, retries: 1, approvalTimeoutSeconds: 3600 } },
};

function about(state: DeploymentState) {
  const active = runningStage(state);
  return {
    runId: active?.runId ?? 0,
    attempt: active?.attempt ?? 0,
    stage: active?.stage ?? "none",
    externalId: "9001",
  };
}

function approvalStep(label: string, build: (state: DeploymentState) => EventSpec): Step {
  return { label, build };
}

const waiting = (reviewers: string[] = ["lead", "acme/ops"], environment = "production"): Step =>
  approvalStep(`waiting in ${environment}`, (state) => ({
    type: "stage.waiting",
    stage: about(state),
    approval: { environment, reviewers },
    cause: "runner",
    actor: "github-actions",
  }));

const decided = (type: "stage.approved" | "stage.rejected", by: string, comment?: string): Step =>
  approvalStep(`${type} by ${by}`, (state) => ({
    type,
    stage: about(state),
    review: { environment: "production", ...(comment === undefined ? {} : { comment }) },
    cause: "runner",
    actor: by,
  }));

const approved = (by = "lead", comment?: string) => decided("stage.approved", by, comment);
const rejected = (by = "lead", comment?: string) => decided("stage.rejected", by, comment);
const started = report("stage.started");
const approvalTimer = fire("stage-approval:main");
const deadline = fire("stage-deadline:main");

const timerNames = (state: DeploymentState) => state.timers.map((t) => t.name);

describe("a stage waiting for approval", () => {
  it("suspends the deadline, arms the approval timeout and shows who may approve", () => {
    const d = drive(LIFECYCLE, [deploy("v1")], CONTEXT);
    const result = d.send(waiting());
    expect(timerNames(d.state)).toEqual(["stage-approval:main"]);
    expect(effectsOf(result.effects, "cancelTimer")).toEqual([{ type: "cancelTimer", name: "stage-deadline:main" }]);
    const stage = d.state.stages.at(-1)!;
    expect(stage).toMatchObject({
      status: "dispatching",
      approval: {
        environment: "production",
        reviewers: ["lead", "acme/ops"],
        since: d.state.updatedAt,
        state: "waiting",
      },
    });
    expect(d.state.timers[0]!.due).toBe(new Date(Date.parse(d.state.updatedAt) + 3_600_000).toISOString());
    expect(d.state.history.at(-1)).toMatchObject({
      from: "install",
      to: "install",
      event: "stage.waiting",
      note: "install awaiting approval in production",
    });
    expect(stateLine(d.state)).toBe("install on v1 (run 1) — awaiting approval in production");
    expect(deploymentSummary(LIFECYCLE, d.state)).toContain(
      "**Awaiting approval in production** since just now (00:02:00 UTC)",
    );
    expect(deploymentSummary(LIFECYCLE, d.state)).toContain("May approve: @lead, @acme/ops.");
  });

  it("an approval is recorded under the reviewer, and the deadline resumes, moved on by the wait", () => {
    const d = drive(LIFECYCLE, [deploy("v1")], CONTEXT);
    const original = d.state.stages.at(-1)!.deadline!;
    d.send(waiting());
    const since = d.state.updatedAt;
    d.send(approved("lead", "ship it"));
    const waited = Date.parse(d.state.updatedAt) - Date.parse(since);
    const stage = d.state.stages.at(-1)!;
    expect(stage.deadline).toBe(new Date(Date.parse(original) + waited).toISOString());
    expect(d.state.timers).toEqual([{ name: "stage-deadline:main", due: stage.deadline, region: "main", runId: 1 }]);
    expect(stage.approval).toMatchObject({
      state: "approved",
      by: "lead",
      comment: "ship it",
      decidedAt: d.state.updatedAt,
    });
    expect(d.state.history.at(-1)).toMatchObject({
      event: "stage.approved",
      actor: "lead",
      note: "install approved in production: ship it",
    });
    expect(stateLine(d.state)).toBe("install on v1 (run 1)");
    // The job's own events move the stage as always.
    d.run(started, succeed());
    expect(d.current()).toBe("live");
  });

  it("a rejection fails the stage without retrying, and the lifecycle's failure path runs", () => {
    const d = drive(LIFECYCLE, [deploy("v1"), waiting()], CONTEXT);
    const result = d.send(rejected("lead", "not during the freeze"));
    expect(d.current()).toBe("broken");
    expect(d.state.stages.at(-1)).toMatchObject({
      status: "failed",
      message: "rejected by @lead: not during the freeze",
      approval: { state: "rejected", by: "lead", comment: "not during the freeze" },
    });
    expect(d.state.error).toMatchObject({ step: "install", message: "rejected by @lead: not during the freeze" });
    expect(d.state.history.at(-1)).toMatchObject({
      from: "install",
      to: "broken",
      event: "stage.failed",
      actor: "lead",
    });
    expect(timerNames(d.state)).toEqual([]);
    expect(effectsOf(result.effects, "runStage")).toEqual([]);
    // GitHub ends the rejected run as failed; its late result changes nothing.
    expect(d.refuse(fail({ stage: "install", runId: 1, attempt: 1 })).reason).toBe("stale-stage");
  });

  it("a rejection without a comment says who rejected", () => {
    const d = drive(LIFECYCLE, [deploy("v1"), waiting(), rejected("carol")], CONTEXT);
    expect(d.state.error?.message).toBe("rejected by @carol");
  });

  it("approvalTimeout: the stage times out without retrying and its workflow run is cancelled", () => {
    const d = drive(LIFECYCLE, [deploy("v1"), report("stage.dispatched", { externalId: "9001" }), waiting()], CONTEXT);
    const result = d.send(approvalTimer);
    expect(effectsOf(result.effects, "cancelStage")).toEqual([
      { type: "cancelStage", stage: "install", runId: 1, attempt: 1, externalId: "9001", reason: "timed-out" },
    ]);
    expect(d.state.stages.at(-1)).toMatchObject({
      status: "timed-out",
      message: "approval timed out after 1h in production",
      approval: { state: "timed-out" },
    });
    expect(d.current()).toBe("broken");
    expect(timerNames(d.state)).toEqual([]);
  });

  it("the stage deadline does not fire while the job waits, however long, and what was left of it remains after", () => {
    const d = drive(LIFECYCLE, [deploy("v1")], { stages: { install: { timeoutSeconds: 600 } } });
    const due = d.state.timers[0]!.due;
    d.send(waiting());
    const left = Date.parse(due) - Date.parse(d.state.updatedAt);
    // Without approvalTimeout nothing is armed: the wait is GitHub's to bound.
    expect(d.state.timers).toEqual([]);
    expect(d.refuse(fire("stage-deadline:main", due)).reason).toBe("stale-timer");
    const nextDay = "2030-01-02T00:00:00.000Z";
    d.send({ ...approved(), build: (s) => ({ ...approved().build(s), at: nextDay }) });
    expect(d.state.timers.map((t) => [t.name, t.due])).toEqual([
      ["stage-deadline:main", new Date(Date.parse(nextDay) + left).toISOString()],
    ]);
  });

  it("a job that starts while ferry still sees it waiting was approved: the deadline resumes, and the reviewer's event still names them", () => {
    const d = drive(LIFECYCLE, [deploy("v1"), waiting(), started], CONTEXT);
    expect(d.state.stages.at(-1)).toMatchObject({ status: "running", approval: { state: "approved" } });
    expect(d.state.stages.at(-1)!.approval).not.toHaveProperty("by");
    expect(timerNames(d.state)).toEqual(["stage-deadline:main"]);
    d.send(approved("lead"));
    expect(d.state.stages.at(-1)!.approval).toMatchObject({ state: "approved", by: "lead" });
    expect(d.state.history.at(-1)).toMatchObject({ event: "stage.approved", actor: "lead" });
    expect(timerNames(d.state)).toEqual(["stage-deadline:main"]);
  });

  it("an approval whose wait was never reported is still recorded", () => {
    const d = drive(LIFECYCLE, [deploy("v1"), approved("lead")], CONTEXT);
    expect(d.state.stages.at(-1)!.approval).toMatchObject({ state: "approved", by: "lead", reviewers: [] });
    expect(timerNames(d.state)).toEqual(["stage-deadline:main"]);
  });

  it("a second wait signal fills in the reviewers the first did not know, and moves nothing", () => {
    const d = drive(LIFECYCLE, [deploy("v1"), waiting([])], CONTEXT);
    const before = d.state;
    d.send(waiting(["lead"]));
    expect(d.state.stages.at(-1)!.approval).toEqual({ ...before.stages.at(-1)!.approval, reviewers: ["lead"] });
    expect(d.state.timers).toEqual(before.timers);
    expect(d.state.history).toEqual(before.history);
  });

  it("leaving the state while the job waits drops the approval timer and cancels the run", () => {
    const supersede: Lifecycle = { ...LIFECYCLE, name: "held-supersede", concurrency: "supersede" };
    const d = drive(supersede, [deploy("v1"), waiting()], CONTEXT);
    const result = d.send(deploy("v2"));
    expect(effectsOf(result.effects, "cancelTimer")).toContainEqual({
      type: "cancelTimer",
      name: "stage-approval:main",
    });
    expect(effectsOf(result.effects, "cancelStage")).toMatchObject([{ runId: 1, reason: "superseded" }]);
    expect(timerNames(d.state)).toEqual(["stage-deadline:main"]);
  });

  // [case, steps before, the step refused, reason]
  const refusals: [string, Step[], Step, Reason][] = [
    ["a wait after the approval", [waiting(), approved()], waiting(), "approval-settled"],
    ["a wait after the job started", [started], waiting(), "approval-settled"],
    ["a second approval", [waiting(), approved("lead")], approved("carol"), "approval-settled"],
    ["a rejection after an approval", [waiting(), approved("lead")], rejected("carol"), "approval-settled"],
    ["an approval after the stage ended", [waiting(), rejected()], approved(), "stale-stage"],
    [
      "a late approval timer after the approval",
      [waiting(), approved()],
      fire("stage-approval:main", "2030-01-01T01:02:00.000Z"),
      "stale-timer",
    ],
    [
      "an approval for an earlier attempt",
      [waiting()],
      { ...approved(), build: (s) => ({ ...approved().build(s), stage: { ...about(s), attempt: 7 } }) },
      "stale-attempt",
    ],
  ];

  it.each(refusals)("refuses %s", (_case, before, step, reason) => {
    const d = drive(LIFECYCLE, [deploy("v1"), ...before], CONTEXT);
    expect(d.refuse(step).reason).toBe(reason);
  });

  it("an environment name is an identifier: empty or overlong ones are refused; comments and reviewers are cut", () => {
    const d = drive(LIFECYCLE, [deploy("v1")], CONTEXT);
    expect(d.refuse(waiting(["lead"], "")).reason).toBe("input-empty");
    expect(d.refuse(waiting(["lead"], "e".repeat(201))).reason).toBe("input-too-long");
    d.send(waiting(Array.from({ length: 9 }, (_, i) => `user${i}-${"x".repeat(120)}`)));
    const reviewers = d.state.stages.at(-1)!.approval!.reviewers;
    expect(reviewers).toHaveLength(6);
    expect(reviewers.every((r) => r.length === 100 && r.endsWith("…"))).toBe(true);
    d.send(rejected("lead", "no ".repeat(200)));
    expect(d.state.stages.at(-1)!.approval!.comment!.length).toBe(300);
  });

  it("the deadline itself still fires when the job never waited", () => {
    const d = drive(LIFECYCLE, [deploy("v1")], CONTEXT);
    d.send(deadline);
    expect(d.state.stages.at(-1)).toMatchObject({ status: "timed-out" });
  });
});
