/**
 * Generic semantics of `transition()`, on a small inline two-stage lifecycle and the built-ins:
 * idempotency, concurrency policies, rollback holds, stale reports, deadlines, retries, holds,
 * timers, purity and the bounds that keep the state file small.
 */
import { describe, expect, it } from "vitest";
import {
  HISTORY_LIMIT,
  initialDeploymentState,
  PROCESSED_LIMIT,
  type DeploymentState,
} from "../../src/core/deployment-state.ts";
import type { Cause } from "../../src/core/ferry-event.ts";
import type { ConcurrencyPolicy, Lifecycle } from "../../src/core/lifecycle.ts";
import { transition } from "../../src/core/transition.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import {
  deploy,
  drive,
  Driver,
  effectsOf,
  fail,
  fire,
  op,
  redelivered,
  report,
  rollbackTo,
  succeed,
  T0,
  type Step,
} from "./lifecycles/drive.ts";

const ok = (stage: string): Step => succeed({ stage });

function addSeconds(iso: string, seconds: number): string {
  return new Date(Date.parse(iso) + seconds * 1000).toISOString();
}

/** idle → build → ship → live; a resting live deployment skips the build on the next deploy. */
function pipeline(concurrency: ConcurrencyPolicy = "queue"): Lifecycle {
  const stage = (name: string, next: string) => ({
    kind: "stage" as const,
    stage: name,
    on: { "stage.succeeded": [{ target: next }], "stage.failed": [{ target: "broken" }] },
  });
  return {
    name: `pipeline-${concurrency}`,
    description: "test pipeline",
    concurrency,
    regions: {
      main: {
        initial: "idle",
        states: {
          idle: { kind: "steady", on: { deploy: [{ target: "build" }] } },
          build: stage("build", "ship"),
          ship: stage("ship", "live"),
          live: { kind: "steady", on: { deploy: [{ target: "ship" }], rollback: [{ target: "ship" }] } },
          broken: {
            kind: "failed",
            on: { deploy: [{ target: "build" }], retry: [{ target: "build" }], rollback: [{ target: "ship" }] },
          },
        },
      },
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

describe("transition: identity of events and lifecycles", () => {
  it("refuses an event id it already applied, whatever the event is now", () => {
    const d = drive(pipeline(), [deploy("v1")]);
    const id = d.state.processed.at(-1)!;
    expect(d.refuse(redelivered(deploy("v1")))).toMatchObject({
      reason: "duplicate-event",
      detail: expect.stringContaining(id),
    });
    expect(d.refuse(redelivered(op("pause"))).reason).toBe("duplicate-event");
    expect(d.refuse(redelivered(ok("build"))).reason).toBe("duplicate-event");
  });

  it("refuses a state written for another lifecycle", () => {
    const state = initialDeploymentState(builtinLifecycle("rolling"), "app", T0);
    const result = transition(pipeline(), state, new Driver(pipeline()).event(deploy("v1")));
    expect(result).toMatchObject({
      ok: false,
      reason: "lifecycle-mismatch",
      detail: expect.stringContaining("rolling"),
    });
  });
});

describe("transition: triggers while busy", () => {
  it.each(["queue", "reject", "supersede"] as const)("policy %s, deploying v2 while v1 builds", (policy) => {
    const d = drive(pipeline(policy), [deploy("v1")]);
    if (policy === "reject") {
      const refused = d.refuse(deploy("v2"));
      expect(refused.reason).toBe("rejected-busy");
      expect(refused.detail).toContain("run 1 (v1)");
      expect(refused.detail).toContain("build");
      return;
    }
    const result = d.send(deploy("v2", "push"));
    if (policy === "queue") {
      expect(d.current()).toBe("build");
      expect(d.state.run).toMatchObject({ id: 1, version: "v1" });
      expect(d.state.queue).toEqual([
        { eventId: d.state.processed.at(-1), version: "v2", cause: "push", actor: "alice", at: d.state.updatedAt },
      ]);
      expect(result.transitions).toMatchObject([
        { from: "build", to: "build", note: expect.stringContaining("queued v2") },
      ]);
      expect(effectsOf(result.effects, "runStage")).toEqual([]);
    } else {
      expect(d.state.run).toMatchObject({ id: 2, version: "v2" });
      expect(d.state.queue).toEqual([]);
      expect(effectsOf(result.effects, "cancelStage")).toEqual([
        { type: "cancelStage", stage: "build", runId: 1, attempt: 1, reason: "superseded" },
      ]);
      expect(effectsOf(result.effects, "runStage")).toMatchObject([{ stage: "build", version: "v2", runId: 2 }]);
      expect(d.state.stages.map((s) => [s.runId, s.status])).toEqual([
        [1, "cancelled"],
        [2, "dispatching"],
      ]);
    }
  });

  it.each([
    ["idle: the new run builds", [], "build", "stale-stage"],
    ["live: the new run only ships", [deploy("v1"), ok("build"), ok("ship")], "ship", "stale-attempt"],
  ] as const)(
    "supersede starts the new run from where the deployment last rested, %s",
    (_case, earlier, target, late) => {
      const d = drive(pipeline("supersede"), [...earlier, deploy("v2")]);
      if (d.current() === "build") d.send(ok("build"));
      expect(d.current()).toBe("ship");
      const result = d.send(deploy("v3"));
      expect(d.current()).toBe(target);
      expect(effectsOf(result.effects, "cancelStage")).toMatchObject([{ stage: "ship", reason: "superseded" }]);
      expect(effectsOf(result.effects, "runStage")).toMatchObject([{ stage: target, version: "v3" }]);
      // The superseded run's late report is refused.
      expect(d.refuse(succeed({ stage: "ship", runId: d.state.run!.id - 1 })).reason).toBe(late);
    },
  );

  it.each([
    ["the version already queued", "v2", "already queued"],
    ["the version being deployed", "v1", "already deploying"],
  ])("the queue refuses %s", (_case, version, detail) => {
    const d = drive(pipeline(), [deploy("v1"), deploy("v2")]);
    expect(d.refuse(deploy(version, "label"))).toMatchObject({
      reason: "already-queued",
      detail: expect.stringContaining(detail),
    });
  });
});

describe("transition: rollbacks", () => {
  /** v1 then v2 live, then rolled back to v1. */
  const ROLLED_BACK = [deploy("v1"), ok("build"), ok("ship"), deploy("v2"), ok("ship"), op("rollback"), ok("ship")];

  it("a completed rollback leaves the previous version good and remembers the one it undid", () => {
    const d = drive(pipeline(), ROLLED_BACK);
    expect(d.state.run).toMatchObject({ id: 3, kind: "rollback", version: "v1", from: "v2" });
    expect(d.state.rolledBack).toMatchObject({ version: "v2", runId: 3 });
    expect(d.state.good[0]).toMatchObject({ version: "v1", runId: 3 });
  });

  // [version, cause, outcome]
  const sticks: [string, Cause, string][] = [
    ["v2", "merge", "version-rolled-back"],
    ["v2", "push", "version-rolled-back"],
    ["v2", "label", "ok"],
    ["v2", "cli", "ok"],
    ["v3", "push", "ok"],
    ["v3", "merge", "ok"],
  ];

  it.each(sticks)("after a rollback, deploying %s by %s: %s", (version, cause, outcome) => {
    const d = drive(pipeline(), ROLLED_BACK);
    expect(d.probe(deploy(version, cause))).toBe(outcome);
    if (outcome !== "ok") return;
    d.send(deploy(version, cause));
    expect(d.state.run).toMatchObject({ kind: "deploy", version, cause });
    expect(d.state.rolledBack).toBeNull();
  });

  it("refuses a rollback with no earlier good version", () => {
    const d = drive(pipeline(), [deploy("v1"), ok("build"), ok("ship")]);
    expect(d.refuse(op("rollback"))).toMatchObject({ reason: "no-previous-version" });
  });

  const THREE_GOOD = [deploy("v1"), ok("build"), ok("ship"), deploy("v2"), ok("ship"), deploy("v3"), ok("ship")];
  const rollbacksTo: [string, string, string][] = [
    ["v1", "an older good version", "ok"],
    ["v2", "the newest other good version", "ok"],
    ["v3", "the version running now", "not-a-good-version"],
    ["v9", "a version that never ran well", "not-a-good-version"],
  ];
  it.each(rollbacksTo)("a rollback --to %s (%s): %s", (to, _what, outcome) => {
    const d = drive(pipeline(), THREE_GOOD);
    if (outcome !== "ok") return void expect(d.refuse(rollbackTo(to))).toMatchObject({ reason: outcome });
    d.send(rollbackTo(to));
    expect(d.state.run).toMatchObject({ kind: "rollback", version: to, from: "v3", cause: "cli" });
    expect(d.state.rolledBack).toMatchObject({ version: "v3" });
  });
});

describe("transition: stage reports, deadlines and retries", () => {
  it("refuses reports for another attempt, another run or another stage", () => {
    const d = drive(pipeline(), [deploy("v1"), fail(), op("retry")]);
    expect(d.state.run).toMatchObject({ id: 1, attempt: 2 });
    expect(d.refuse(succeed({ attempt: 1 }))).toMatchObject({
      reason: "stale-attempt",
      detail: expect.stringContaining("attempt 2"),
    });
    expect(d.refuse(succeed({ runId: 7 })).reason).toBe("stale-attempt");
    expect(d.refuse(succeed({ stage: "ship" })).reason).toBe("stale-stage");
    d.send(ok("build"));
    expect(d.refuse(fail({ stage: "build", attempt: 2 })).reason).toBe("stale-stage");
  });

  it.each([
    [
      "the deadline timer fires",
      fire("stage-deadline:main"),
      [{ type: "cancelStage", stage: "build", runId: 1, attempt: 1, reason: "timed-out" }],
    ],
    ["the runner reports stage.timed-out", report("stage.timed-out"), []],
  ])("a stage fails when %s", (_case, event, cancels) => {
    const d = drive(pipeline(), [deploy("v1")], { stages: { build: { timeoutSeconds: 600 }, ship: {} } });
    expect(d.state.timers).toEqual([
      { name: "stage-deadline:main", due: addSeconds(d.state.updatedAt, 600), region: "main", runId: 1 },
    ]);
    const result = d.send(event);
    expect(d.current()).toBe("broken");
    expect(d.state.error).toMatchObject({ step: "build", state: "build", runId: 1 });
    expect(d.state.stages.at(-1)).toMatchObject({ stage: "build", status: "timed-out" });
    expect(d.state.timers).toEqual([]);
    expect(effectsOf(result.effects, "cancelStage")).toEqual(cancels);
  });

  it("retries a failing stage with exponential backoff, each retry a new attempt and stage result", () => {
    const d = drive(pipeline(), [deploy("v1")], { stages: { build: { retries: 2, backoffSeconds: 10 }, ship: {} } });
    for (const [attempt, backoff] of [
      [1, 10],
      [2, 20],
    ] as const) {
      d.send(fail());
      expect(d.current()).toBe("build");
      expect(d.state.timers).toEqual([
        { name: "stage-retry:main", due: addSeconds(d.state.updatedAt, backoff), region: "main", runId: 1 },
      ]);
      expect(d.state.stages.at(-1)).toMatchObject({ attempt, status: "failed", finishedAt: d.state.updatedAt });
      expect(d.refuse(fail({ stage: "build", attempt })).reason).toBe("stale-stage");
      const retried = d.send(fire("stage-retry:main"));
      expect(d.state.run).toMatchObject({ id: 1, attempt: attempt + 1 });
      expect(effectsOf(retried.effects, "runStage")).toMatchObject([{ stage: "build", attempt: attempt + 1 }]);
      expect(retried.transitions).toMatchObject([{ from: "build", to: "build", event: "retry" }]);
    }
    d.send(fail());
    expect(d.current()).toBe("broken");
    expect(d.state.stages.map((s) => [s.attempt, s.status, s.retriesLeft])).toEqual([
      [1, "failed", 2],
      [2, "failed", 1],
      [3, "failed", 0],
    ]);
  });

  it("a missed deadline is retried like a failure while retries are left", () => {
    const d = drive(pipeline(), [deploy("v1"), fire("stage-deadline:main")], {
      stages: { build: { retries: 1, backoffSeconds: 5 }, ship: {} },
    });
    expect(d.state.stages.at(-1)).toMatchObject({ status: "timed-out" });
    d.run(fire("stage-retry:main"), ok("build"));
    expect(d.current()).toBe("ship");
  });
});

describe("transition: generic hold", () => {
  it("pause lets the running stage finish, defers the next one and queues triggers until resume", () => {
    const d = drive(pipeline(), [deploy("v1"), op("pause")]);
    expect(d.state.hold).toMatchObject({ actor: "alice", deferred: [] });
    expect(d.refuse(op("pause"))).toMatchObject({ reason: "already-held", detail: expect.stringContaining("alice") });
    const finished = d.send(ok("build"));
    expect(d.current()).toBe("ship");
    expect(effectsOf(finished.effects, "runStage")).toEqual([]);
    expect(d.state.hold!.deferred).toEqual([{ region: "main", state: "ship" }]);
    d.send(deploy("v2"));
    expect(d.state.queue.map((q) => q.version)).toEqual(["v2"]);
    const resumed = d.send(op("resume"));
    expect(d.state.hold).toBeNull();
    expect(effectsOf(resumed.effects, "runStage")).toMatchObject([{ stage: "ship", version: "v1", runId: 1 }]);
    expect(d.refuse(op("resume")).reason).toBe("not-held");
    d.send(ok("ship"));
    expect(d.state.run).toMatchObject({ version: "v2" });
  });

  it.each([
    ["while resting", [deploy("v1"), succeed(), op("pause")]],
    ["after the run finished during the hold", [deploy("v1"), op("pause"), succeed()]],
  ])("resume starts a trigger queued during the hold %s", (_case, setup) => {
    const d = drive(builtinLifecycle("rolling"), [...setup, deploy("v2")]);
    expect(d.current()).toBe("completed");
    expect(d.state.queue).toHaveLength(1);
    const resumed = d.send(op("resume"));
    expect(d.current()).toBe("running");
    expect(d.state.queue).toEqual([]);
    expect(effectsOf(resumed.effects, "runStage")).toMatchObject([{ stage: "rollout", version: "v2" }]);
  });
});

describe("transition: timers", () => {
  it("refuses a timer that is not set, or set for another time", () => {
    const d = drive(pipeline(), [deploy("v1")]);
    const { name, due } = d.state.timers[0]!;
    expect(d.refuse(fire(name, addSeconds(due, 1))).reason).toBe("stale-timer");
    d.send(ok("build"));
    const deadline = d.state.timers[0]!;
    d.send(ok("ship"));
    expect(d.refuse(fire(name, deadline.due))).toMatchObject({
      reason: "stale-timer",
      detail: expect.stringContaining("stage-deadline:main"),
    });
  });

  it("consumes a timer nobody handles", () => {
    const d = new Driver(pipeline());
    d.state = { ...d.state, timers: [{ name: "reminder", due: "2030-01-02T00:00:00.000Z" }] };
    const result = d.send(fire("reminder"));
    expect(d.state.timers).toEqual([]);
    expect(d.current()).toBe("idle");
    expect(result.transitions).toEqual([]);
  });
});

describe("transition: purity and bounds", () => {
  it("gives deep-equal results for the same inputs and never mutates the input state", () => {
    const d = drive(pipeline(), [deploy("v1"), deploy("v2")], { stages: { build: { retries: 1 }, ship: {} } });
    const state = deepFreeze(structuredClone(d.state)) as DeploymentState;
    const snapshot = structuredClone(state);
    for (const step of [ok("build"), fail(), fire("stage-deadline:main"), deploy("v3"), op("pause"), op("stop")]) {
      const event = d.event(step);
      const first = transition(d.lifecycle, state, event, d.context);
      const second = transition(d.lifecycle, state, event, d.context);
      expect(second).toEqual(first);
      expect(state).toEqual(snapshot);
    }
  });

  it(`keeps the last ${HISTORY_LIMIT} history entries and ${PROCESSED_LIMIT} processed event ids`, () => {
    const d = new Driver(pipeline());
    const ids: string[] = [];
    for (let i = 0; i < 130; i++) {
      for (const type of ["pause", "resume"] as const) ids.push(d.send(op(type)).state.processed.at(-1)!);
    }
    expect(d.state.history).toHaveLength(HISTORY_LIMIT);
    expect(d.state.history.at(-1)).toMatchObject({ event: "resume", eventId: ids.at(-1) });
    expect(d.state.processed).toEqual(ids.slice(-PROCESSED_LIMIT));
    expect(d.refuse(redelivered(op("pause"))).reason).toBe("duplicate-event");
  });
});
