/**
 * rolling follows the deployment states of the fleet controller it models (docs/lifecycles.md):
 * Unknown → Running → Completed | Failed, with the failure threshold on progress counters and the
 * automatic rollback to the previous completed version.
 */
import { describe, expect, it } from "vitest";
import type { Counters } from "../../../src/core/ferry-event.ts";
import type { TransitionContext } from "../../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../../src/manifest/builtin-lifecycles.ts";
import {
  deploy,
  drive,
  effectsOf,
  expectArrow,
  expectOutcome,
  fail,
  op,
  pathOf,
  refusalCases,
  report,
  runningStage,
  succeed,
  untakenArrows,
  type RefusalRow,
  type Step,
} from "./drive.ts";

const rolling = builtinLifecycle("rolling");

const failures = (failed: number, more: Partial<Counters> = {}): Step =>
  report("stage.progress", { counters: { failed, ...more } });
/** v1 completed, then v2 rolling out. */
const V2_RUNNING = [deploy("v1"), succeed(), deploy("v2")];

describe("rolling: the model's deployment states", () => {
  it("[*] → Unknown: a new deployment record rests in unknown, shown neutral", () => {
    expect(drive(rolling, []).current()).toBe("unknown");
    expect(rolling.regions.main!.states.unknown!.report).toBe("neutral");
  });

  it("Unknown → Running (TriggerDeployment): the rollout stage is dispatched for the version", () => {
    const result = expectArrow(rolling, {
      name: "",
      setup: [],
      from: "unknown",
      event: deploy("v1"),
      to: "running",
      stage: "rollout",
      run: { id: 1, kind: "deploy", version: "v1", cause: "merge" },
    });
    expect(effectsOf(result.effects, "runStage")).toMatchObject([{ version: "v1", runId: 1, attempt: 1 }]);
  });

  it("Running → Completed (all instances updated): the version becomes the last good one", () => {
    const event = report("stage.succeeded", { counters: { completed: 4, total: 4 } });
    const result = expectArrow(rolling, {
      name: "",
      setup: [deploy("v1")],
      from: "running",
      event,
      to: "completed",
      stage: null,
      errorStep: null,
    });
    expect(result.state.good).toMatchObject([{ version: "v1", runId: 1 }]);
    expect(result.state.counters).toMatchObject({ completed: 4, total: 4, failed: 0 });
    expect(result.state.timers).toEqual([]);
  });

  it("Completed → Running (new deployment triggered): a new run with fresh counters", () => {
    const result = expectArrow(rolling, {
      name: "",
      setup: [deploy("v1"), succeed()],
      from: "completed",
      event: deploy("v2"),
      to: "running",
      stage: "rollout",
      run: { id: 2, kind: "deploy", version: "v2" },
    });
    expect(result.state.counters).toEqual({ failed: 0, completed: 0, inProgress: 0, total: 0 });
  });

  // [case, threshold (undefined = default 1), counters reported, expected state]
  const progress: [string, number | undefined, Partial<Counters>, string][] = [
    ["below the threshold keeps running", 3, { failed: 2, completed: 5, inProgress: 2, total: 10 }, "running"],
    ["no failures keeps running", 3, { failed: 0, completed: 1, inProgress: 2, total: 10 }, "running"],
    ["failed == threshold fails", 3, { failed: 3, completed: 5, inProgress: 2, total: 10 }, "failed"],
    ["failed > threshold fails", 3, { failed: 7, total: 10 }, "failed"],
    ["default threshold 1: one failure fails", undefined, { failed: 1, total: 10 }, "failed"],
    ["default threshold 1: no failure keeps running", undefined, { completed: 9, total: 10 }, "running"],
  ];

  it.each(progress)("Running progress: %s", (_case, threshold, counters, expected) => {
    const d = drive(rolling, [deploy("v1")], threshold === undefined ? {} : { threshold });
    const result = d.send(report("stage.progress", { counters }));
    expect(d.current()).toBe(expected);
    expect(d.state.counters).toMatchObject(counters);
    if (expected === "running") {
      expect(result.transitions).toEqual([]);
      expect(runningStage(d.state)).toMatchObject({ stage: "rollout", status: "running" });
    } else {
      // Failure threshold exceeded: the rollout is cancelled and the failure recorded against it.
      expect(effectsOf(result.effects, "cancelStage")).toMatchObject([
        { stage: "rollout", runId: 1, reason: "left-state" },
      ]);
      expect(d.state.error).toMatchObject({ step: "rollout", state: "running", runId: 1 });
      expect(d.state.stages.at(-1)).toMatchObject({ status: "cancelled" });
    }
  });

  it("Running → Failed on stage.failed too", () => {
    const d = drive(rolling, [deploy("v1"), fail({ message: "batch 2 unhealthy" })]);
    expect(d.current()).toBe("failed");
    expect(d.state.error).toMatchObject({ step: "rollout", message: "batch 2 unhealthy", runId: 1 });
  });

  // Entering failed: [case, context, steps after v2 started, expected state, expected run]
  const autoRollback: [string, TransitionContext, Step[], string, object][] = [
    [
      "previous completed version, threshold → rollback to it",
      { threshold: 2 },
      [failures(2)],
      "running",
      { id: 3, kind: "rollback", version: "v1", from: "v2", cause: "rollback", actor: "ferry" },
    ],
    [
      "previous completed version, stage.failed → rollback to it",
      {},
      [fail()],
      "running",
      { id: 3, kind: "rollback", version: "v1", from: "v2" },
    ],
    [
      "autoRollback: false, threshold → stays failed",
      { threshold: 2, autoRollback: false },
      [failures(2)],
      "failed",
      { id: 2, kind: "deploy", version: "v2" },
    ],
    [
      "autoRollback: false, stage.failed → stays failed",
      { autoRollback: false },
      [fail()],
      "failed",
      { id: 2, kind: "deploy" },
    ],
    [
      "the failing run is itself the rollback → stays failed",
      {},
      [fail(), fail()],
      "failed",
      { id: 3, kind: "rollback", version: "v1" },
    ],
    [
      "the failing rollback over the threshold → stays failed",
      {},
      [failures(1), failures(1)],
      "failed",
      { id: 3, kind: "rollback" },
    ],
  ];

  it.each(autoRollback)("Failed → Running (automatic rollback): %s", (_case, context, steps, expected, run) => {
    const d = drive(rolling, [...V2_RUNNING, ...steps], context);
    expect(d.current()).toBe(expected);
    expect(d.state.run).toMatchObject(run);
    const result = d.last!;
    if (expected === "running") {
      expect(pathOf(result)).toEqual(["failed", "running"]);
      expect(effectsOf(result.effects, "runStage")).toMatchObject([{ stage: "rollout", version: "v1", runId: 3 }]);
      expect(d.state.rolledBack).toMatchObject({ version: "v2", runId: 3 });
      expect(d.state.error).toMatchObject({ step: "rollout", runId: 2 });
      expect(d.state.counters.failed).toBe(0);
    } else {
      expect(pathOf(result)).toEqual(["failed"]);
      expect(effectsOf(result.effects, "runStage")).toEqual([]);
    }
  });

  it("Running → Failed with no previous completed version stays failed", () => {
    const d = drive(rolling, [deploy("v1"), failures(1)]);
    expect(d.current()).toBe("failed");
    expect(d.state.run).toMatchObject({ kind: "deploy", version: "v1" });
  });

  it("the automatic rollback completes on the previous version and blocks automatic redeploys of the failed one", () => {
    const d = drive(rolling, [...V2_RUNNING, fail(), succeed()]);
    expect(d.current()).toBe("completed");
    expect(d.state.good.map((g) => g.version)).toEqual(["v1"]);
    expect(d.refuse(deploy("v2", "merge")).reason).toBe("version-rolled-back");
    d.send(deploy("v2", "label"));
    expect(d.state.run).toMatchObject({ kind: "deploy", version: "v2" });
  });

  it("Failed → Running (TriggerRollback): an explicit rollback to the previous completed version", () => {
    const setup = [...V2_RUNNING, fail()];
    const run = { id: 3, kind: "rollback", version: "v1", from: "v2", cause: "label", actor: "alice" } as const;
    const result = expectArrow(rolling, {
      name: "",
      context: { autoRollback: false },
      setup,
      from: "failed",
      event: op("rollback"),
      to: "running",
      stage: "rollout",
      run,
    });
    expect(effectsOf(result.effects, "runStage")).toMatchObject([{ version: "v1", runId: 3 }]);
  });

  it.each([
    ["retry: a new attempt of the same run", op("retry"), { id: 2, kind: "deploy", version: "v2", attempt: 2 }],
    ["deploy: a new run", deploy("v3"), { id: 3, kind: "deploy", version: "v3", attempt: 1 }],
  ] as const)("Failed → Running by %s", (_case, event, run) => {
    expectArrow(rolling, {
      name: "",
      context: { autoRollback: false },
      setup: [...V2_RUNNING, fail()],
      from: "failed",
      event,
      to: "running",
      stage: "rollout",
      errorStep: null,
      run,
    });
  });

  it("Completed → Running by an explicit rollback to the version before", () => {
    const d = drive(rolling, [...V2_RUNNING, succeed(), op("rollback", "button")]);
    expect(d.state.run).toMatchObject({ kind: "rollback", version: "v1", from: "v2", cause: "button" });
    d.send(succeed());
    expect(d.current()).toBe("completed");
    expect(d.state.good[0]).toMatchObject({ version: "v1" });
  });

  it("Running → Running by TriggerRollback during a rollout: the rollout is cancelled, the rollback run starts", () => {
    const d = drive(rolling, V2_RUNNING);
    const result = d.send(op("rollback"));
    expect(pathOf(result)).toEqual(["running"]);
    expect(d.state.run).toMatchObject({ id: 3, kind: "rollback", version: "v1", from: "v2", cause: "label" });
    expect(effectsOf(result.effects, "cancelStage")).toMatchObject([{ stage: "rollout", runId: 2 }]);
    expect(effectsOf(result.effects, "runStage")).toMatchObject([{ stage: "rollout", runId: 3, version: "v1" }]);
  });

  it("a trigger during a rollout queues (the model: rollout in progress) and starts when the rollout completes", () => {
    const d = drive(rolling, [...V2_RUNNING, deploy("v3")]);
    expect(d.state.queue.map((q) => q.version)).toEqual(["v3"]);
    const result = d.send(succeed());
    expect(pathOf(result)).toEqual(["completed", "running"]);
    expect(d.state.run).toMatchObject({ version: "v3" });
  });
});

describe("rolling: arrow coverage", () => {
  // Each scenario's whole history (setup included) counts: [context, steps].
  const scenarios: [TransitionContext, Step[]][] = [
    [{}, [deploy("v1"), report("stage.succeeded", { counters: { completed: 4, total: 4 } })]],
    [{}, [...V2_RUNNING, succeed(), op("rollback", "button"), succeed()]],
    [{ threshold: 3 }, [deploy("v1"), failures(3)]],
    [{}, [deploy("v1"), fail()]],
    [{ threshold: 2 }, [...V2_RUNNING, failures(2)]],
    [{}, [...V2_RUNNING, fail(), fail()]],
    [{ autoRollback: false }, [...V2_RUNNING, fail(), op("rollback")]],
    [{ autoRollback: false }, [...V2_RUNNING, fail(), op("retry")]],
    [{ autoRollback: false }, [...V2_RUNNING, fail(), deploy("v3")]],
    [{}, [...V2_RUNNING, op("rollback")]],
    [{}, [...V2_RUNNING, deploy("v3"), succeed()]],
  ];

  it("the scenarios take every arrow the lifecycle declares", () => {
    const taken = scenarios.flatMap(([context, steps]) => drive(rolling, steps, context).state.history);
    expect(untakenArrows(rolling, taken)).toEqual([]);
  });
});

describe("rolling: refused events", () => {
  const rows: RefusalRow[] = [
    {
      state: "unknown",
      setup: [],
      refuses: [
        [op("rollback"), "not-allowed-in-state"],
        [op("retry"), "not-allowed-in-state"],
        [op("stop"), "not-allowed-in-state"],
        [op("resume"), "not-held"],
        [succeed({ stage: "rollout" }), "stale-stage"],
      ],
    },
    {
      state: "running",
      setup: V2_RUNNING,
      refuses: [
        [op("retry"), "not-allowed-in-state"],
        [op("drop"), "not-allowed-in-state"],
        [deploy("v2"), "already-queued"],
        [deploy("v3"), "queued"],
        [succeed({ stage: "other" }), "stale-stage"],
        [succeed({ runId: 1 }), "stale-attempt"],
      ],
    },
    {
      state: "completed",
      setup: [deploy("v1"), succeed()],
      refuses: [
        [op("rollback"), "no-previous-version"],
        [op("retry"), "not-allowed-in-state"],
        [op("stop"), "not-allowed-in-state"],
        [fail({ stage: "rollout" }), "stale-stage"],
      ],
    },
    {
      state: "failed",
      context: { autoRollback: false },
      setup: [...V2_RUNNING, fail()],
      refuses: [
        [op("stop"), "not-allowed-in-state"],
        [op("remove"), "not-allowed-in-state"],
        [report("stage.progress", { stage: "rollout", counters: { failed: 5 } }), "stale-stage"],
      ],
    },
  ];

  it.each(refusalCases(rows))("%s", (_title, row, step, outcome) => expectOutcome(rolling, row, step, outcome));
});
