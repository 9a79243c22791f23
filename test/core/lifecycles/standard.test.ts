/**
 * The `standard` lifecycle against the runtime-manager state machine it follows
 * (docs/lifecycles.md): every arrow of its diagram and of its transition list, the failure arrows
 * (RollbackNeeded, RollbackFailed), the install, update, rollback and delete flows, and what each
 * state refuses.
 */
import { describe, expect, it } from "vitest";
import type { TransitionContext } from "../../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../../src/manifest/builtin-lifecycles.ts";
import {
  deploy,
  drive,
  expectArrow,
  expectOutcome,
  fail,
  fire,
  op,
  pathOf,
  redelivered,
  refusalCases,
  stagesRun,
  succeed,
  timedOut,
  untakenArrows,
  type ArrowRow,
  type RefusalRow,
  type Step,
} from "./drive.ts";

const standard = builtinLifecycle("standard");

const STAGES = [
  "validate",
  "fetch",
  "prepare",
  "install",
  "activate",
  "health-check",
  "update",
  "rollback",
  "stop",
  "uninstall",
];
/** A manifest that defines every stage, so no state is skipped. */
const FULL: TransitionContext = { stages: Object.fromEntries(STAGES.map((s) => [s, {}])) };
/** A manifest with only the required stages: every optional state is skipped. */
const MINIMAL: TransitionContext = { stages: { install: {}, rollback: {} } };

const ok = succeed();
const times = (n: number, s: Step): Step[] => Array.from({ length: n }, () => s);

// Paths to each state with the FULL manifest.
const VALIDATING = [deploy("v1")];
const FETCHING = [...VALIDATING, ok];
const PREPARING = [...FETCHING, ok];
const INSTALLING = [...PREPARING, ok];
const ACTIVATING = [...INSTALLING, ok];
const HEALTH_CHECKING = [...ACTIVATING, ok];
const RUNNING_V1 = [...HEALTH_CHECKING, ok];
const UPDATING = [...RUNNING_V1, deploy("v2")];
const RUNNING_V2 = [...UPDATING, ...times(4, ok)];
const ROLLING_BACK = [...UPDATING, fail()];
const ROLLBACK_FAILED = [...ROLLING_BACK, fail()];
const STOPPING = [...RUNNING_V1, op("stop")];
const UNINSTALLING = [...STOPPING, ok];
const FAILED_INSTALL = [...INSTALLING, fail()];
const FAILED_STOP = [...STOPPING, fail()];
const FAILED_UNINSTALL = [...UNINSTALLING, fail()];
const FIRST_INSTALL_FAILS = ["rollback_needed", "failed"];
const ROLLS_BACK = ["rollback_needed", "rolling_back"];

const arrows: ArrowRow[] = [
  // Install flow: REQUEST RECEIVED → VALIDATING → FETCHING → PREPARING → INSTALLING → ACTIVATING → HEALTHCHECK → RUNNING
  {
    name: "request received → validating",
    setup: [],
    from: "requested",
    event: deploy("v1"),
    to: "validating",
    stage: "validate",
    run: { version: "v1", kind: "deploy", attempt: 1 },
  },
  { name: "validating → fetching", setup: VALIDATING, from: "validating", event: ok, to: "fetching", stage: "fetch" },
  { name: "fetching → preparing", setup: FETCHING, from: "fetching", event: ok, to: "preparing", stage: "prepare" },
  {
    name: "preparing → installing",
    setup: PREPARING,
    from: "preparing",
    event: ok,
    to: "installing",
    stage: "install",
  },
  {
    name: "installing → activating",
    setup: INSTALLING,
    from: "installing",
    event: ok,
    to: "activating",
    stage: "activate",
  },
  {
    name: "activating → health check",
    setup: ACTIVATING,
    from: "activating",
    event: ok,
    to: "health_checking",
    stage: "health-check",
  },
  {
    name: "health check success → running",
    setup: HEALTH_CHECKING,
    from: "health_checking",
    event: ok,
    to: "running",
    stage: null,
    errorStep: null,
    run: { version: "v1" },
  },
  // Any failure before Running → ROLLBACK NEEDED: nothing to roll back to on a first install, so failed.
  {
    name: "validating failure, first install → failed",
    setup: VALIDATING,
    from: "validating",
    event: fail(),
    to: "failed",
    path: FIRST_INSTALL_FAILS,
    errorStep: "validate",
  },
  {
    name: "fetching failure (checksum), first install → failed",
    setup: FETCHING,
    from: "fetching",
    event: fail(),
    to: "failed",
    path: FIRST_INSTALL_FAILS,
    errorStep: "fetch",
  },
  {
    name: "preparing failure, first install → failed",
    setup: PREPARING,
    from: "preparing",
    event: fail(),
    to: "failed",
    path: FIRST_INSTALL_FAILS,
    errorStep: "prepare",
  },
  {
    name: "installing failure, first install → failed",
    setup: INSTALLING,
    from: "installing",
    event: fail(),
    to: "failed",
    path: FIRST_INSTALL_FAILS,
    errorStep: "install",
  },
  {
    name: "activating failure, first install → failed",
    setup: ACTIVATING,
    from: "activating",
    event: fail(),
    to: "failed",
    path: FIRST_INSTALL_FAILS,
    errorStep: "activate",
  },
  {
    name: "health check failed, first install → failed",
    setup: HEALTH_CHECKING,
    from: "health_checking",
    event: fail(),
    to: "failed",
    path: FIRST_INSTALL_FAILS,
    errorStep: "health-check",
    stage: null,
  },
  {
    name: "health check timed out, first install → failed",
    setup: HEALTH_CHECKING,
    from: "health_checking",
    event: timedOut(),
    to: "failed",
    path: FIRST_INSTALL_FAILS,
    errorStep: "health-check",
  },
  {
    name: "install deadline passes → failed",
    setup: INSTALLING,
    from: "installing",
    event: fire("stage-deadline:main"),
    to: "failed",
    path: FIRST_INSTALL_FAILS,
    errorStep: "install",
  },
  // Update flow: RUNNING → UPDATING → INSTALLING (new version) → ACTIVATING → HEALTHCHECK → RUNNING
  {
    name: "running, update request → updating",
    setup: RUNNING_V1,
    from: "running",
    event: deploy("v2"),
    to: "updating",
    stage: "update",
    run: { version: "v2", kind: "deploy" },
  },
  {
    name: "updating → installing the new version",
    setup: UPDATING,
    from: "updating",
    event: ok,
    to: "installing",
    stage: "install",
    run: { version: "v2" },
  },
  // Failures with an earlier good version: ROLLBACK NEEDED → ROLLBACK, UPDATING → ROLLBACK.
  {
    name: "updating failure → rollback",
    setup: UPDATING,
    from: "updating",
    event: fail(),
    to: "rolling_back",
    path: ROLLS_BACK,
    stage: "rollback",
    errorStep: "update",
    run: { kind: "rollback", version: "v1", from: "v2" },
  },
  {
    name: "health check failed on update → rollback",
    setup: [...UPDATING, ...times(3, ok)],
    from: "health_checking",
    event: fail(),
    to: "rolling_back",
    path: ROLLS_BACK,
    stage: "rollback",
    errorStep: "health-check",
    run: { kind: "rollback", version: "v1" },
  },
  {
    name: "validating failure with an earlier good version → rollback",
    setup: [...ROLLBACK_FAILED, deploy("v3")],
    from: "validating",
    event: fail(),
    to: "rolling_back",
    path: ROLLS_BACK,
    errorStep: "validate",
    run: { kind: "rollback", version: "v1", from: "v3" },
  },
  // Rollback flow: ROLLING BACK → RUNNING (previous version), or RollbackFailed.
  {
    name: "rolling back succeeds → running on the previous version",
    setup: ROLLING_BACK,
    from: "rolling_back",
    event: ok,
    to: "running",
    stage: null,
    run: { kind: "rollback", version: "v1" },
  },
  {
    name: "rolling back fails → rollback failed",
    setup: ROLLING_BACK,
    from: "rolling_back",
    event: fail(),
    to: "rollback_failed",
    stage: null,
    errorStep: "rollback",
  },
  {
    name: "running, rollback → rolling back to the previous version",
    setup: RUNNING_V2,
    from: "running",
    event: op("rollback"),
    to: "rolling_back",
    stage: "rollback",
    run: { kind: "rollback", version: "v1", from: "v2" },
  },
  // Delete flow: RUNNING → STOPPING → UNINSTALLING → DELETED; removing the manifest tears down too.
  {
    name: "running, stop → stopping",
    setup: RUNNING_V1,
    from: "running",
    event: op("stop"),
    to: "stopping",
    stage: "stop",
  },
  {
    name: "running, manifest removed → stopping",
    setup: RUNNING_V1,
    from: "running",
    event: op("remove"),
    to: "stopping",
    stage: "stop",
  },
  {
    name: "stopping → uninstalling",
    setup: STOPPING,
    from: "stopping",
    event: ok,
    to: "uninstalling",
    stage: "uninstall",
  },
  { name: "uninstalling → deleted", setup: UNINSTALLING, from: "uninstalling", event: ok, to: "deleted", stage: null },
  {
    name: "requested, manifest removed → deleted",
    setup: [],
    from: "requested",
    event: op("remove"),
    to: "deleted",
    stage: null,
  },
  {
    name: "stopping failure → failed",
    setup: STOPPING,
    from: "stopping",
    event: fail(),
    to: "failed",
    errorStep: "stop",
  },
  {
    name: "uninstalling failure → failed",
    setup: UNINSTALLING,
    from: "uninstalling",
    event: fail(),
    to: "failed",
    errorStep: "uninstall",
  },
  // Recovery from failed: retry resumes where it failed; deploy, rollback and teardown.
  {
    name: "failed (stop), retry → stopping",
    setup: FAILED_STOP,
    from: "failed",
    event: op("retry"),
    to: "stopping",
    stage: "stop",
    errorStep: null,
    run: { attempt: 2 },
  },
  {
    name: "failed (uninstall), retry → uninstalling",
    setup: FAILED_UNINSTALL,
    from: "failed",
    event: op("retry"),
    to: "uninstalling",
    stage: "uninstall",
    errorStep: null,
  },
  {
    name: "failed (install), retry → validating, new attempt",
    setup: FAILED_INSTALL,
    from: "failed",
    event: op("retry"),
    to: "validating",
    stage: "validate",
    errorStep: null,
    run: { version: "v1", attempt: 2 },
  },
  {
    name: "failed, deploy → validating, new run",
    setup: FAILED_INSTALL,
    from: "failed",
    event: deploy("v2"),
    to: "validating",
    stage: "validate",
    run: { version: "v2", attempt: 1, id: 2 },
  },
  {
    name: "failed, rollback → rolling back",
    setup: [...RUNNING_V2, op("stop"), fail()],
    from: "failed",
    event: op("rollback"),
    to: "rolling_back",
    stage: "rollback",
    run: { kind: "rollback", version: "v1" },
  },
  {
    name: "failed, stop → stopping",
    setup: FAILED_INSTALL,
    from: "failed",
    event: op("stop"),
    to: "stopping",
    stage: "stop",
  },
  {
    name: "failed, manifest removed → stopping",
    setup: FAILED_INSTALL,
    from: "failed",
    event: op("remove"),
    to: "stopping",
    stage: "stop",
  },
  {
    name: "rollback failed, retry → rolling back, new attempt",
    setup: ROLLBACK_FAILED,
    from: "rollback_failed",
    event: op("retry"),
    to: "rolling_back",
    stage: "rollback",
    errorStep: null,
    run: { kind: "rollback", version: "v1", attempt: 2 },
  },
  {
    name: "rollback failed, deploy → validating",
    setup: ROLLBACK_FAILED,
    from: "rollback_failed",
    event: deploy("v3"),
    to: "validating",
    stage: "validate",
    run: { kind: "deploy", version: "v3" },
  },
  {
    name: "rollback failed, stop → stopping",
    setup: ROLLBACK_FAILED,
    from: "rollback_failed",
    event: op("stop"),
    to: "stopping",
    stage: "stop",
  },
  {
    name: "rollback failed, manifest removed → stopping",
    setup: ROLLBACK_FAILED,
    from: "rollback_failed",
    event: op("remove"),
    to: "stopping",
    stage: "stop",
  },
  // Optional stages the manifest leaves out are skipped at once, each skipped state still in the history.
  {
    name: "minimal manifest: deploy skips to installing",
    context: MINIMAL,
    setup: [],
    from: "requested",
    event: deploy("v1"),
    to: "installing",
    path: ["validating", "fetching", "preparing", "installing"],
    stage: "install",
  },
  {
    name: "minimal manifest: installed → running",
    context: MINIMAL,
    setup: [deploy("v1")],
    from: "installing",
    event: ok,
    to: "running",
    path: ["activating", "health_checking", "running"],
    stage: null,
  },
  {
    name: "minimal manifest: update skips to installing",
    context: MINIMAL,
    setup: [deploy("v1"), ok],
    from: "running",
    event: deploy("v2"),
    to: "installing",
    path: ["updating", "installing"],
    stage: "install",
  },
  {
    name: "manifest without the required install stage → failed at once",
    context: { stages: { rollback: {} } },
    setup: [],
    from: "requested",
    event: deploy("v1"),
    to: "failed",
    path: ["validating", "fetching", "preparing", "installing", ...FIRST_INSTALL_FAILS],
    stage: null,
    errorStep: "install",
  },
  {
    name: "minimal manifest: stop → deleted",
    context: MINIMAL,
    setup: [deploy("v1"), ok],
    from: "running",
    event: op("stop"),
    to: "deleted",
    path: ["stopping", "uninstalling", "deleted"],
    stage: null,
  },
];

describe("standard lifecycle: every arrow of its model", () => {
  it.each(arrows)("$name", (row) => {
    expectArrow(standard, row, FULL);
  });

  it("the table takes every arrow the lifecycle declares", () => {
    const taken = arrows.flatMap((row) => expectArrow(standard, row, FULL).transitions);
    expect(untakenArrows(standard, taken)).toEqual([]);
  });
});

describe("standard lifecycle: flows", () => {
  it("install flow: requested → … → running, one stage per state", () => {
    const d = drive(standard, [], FULL);
    const visited: string[] = [];
    const dispatched: string[] = [];
    for (const s of [deploy("v1"), ...times(6, ok)]) {
      const result = d.send(s);
      visited.push(...pathOf(result));
      dispatched.push(...stagesRun(result.effects));
    }
    expect(visited).toEqual([
      "validating",
      "fetching",
      "preparing",
      "installing",
      "activating",
      "health_checking",
      "running",
    ]);
    expect(dispatched).toEqual(["validate", "fetch", "prepare", "install", "activate", "health-check"]);
    expect(d.state.good.map((g) => g.version)).toEqual(["v1"]);
    expect(d.state.timers).toEqual([]);
  });

  it("update flow: running → updating → installing → activating → health_checking → running on the new version", () => {
    const d = drive(standard, RUNNING_V1, FULL);
    expect(d.visit([deploy("v2"), ...times(4, ok)])).toEqual([
      "updating",
      "installing",
      "activating",
      "health_checking",
      "running",
    ]);
    expect(d.state.run).toMatchObject({ kind: "deploy", version: "v2", id: 2 });
    expect(d.state.good.map((g) => g.version)).toEqual(["v2", "v1"]);
  });

  it("delete flow: running → stopping → uninstalling → deleted", () => {
    const d = drive(standard, RUNNING_V1, FULL);
    expect(d.visit([op("stop"), ok, ok])).toEqual(["stopping", "uninstalling", "deleted"]);
  });

  it("rollback flow: a failed update returns to running on the previous version", () => {
    const d = drive(standard, [...UPDATING, ...times(2, ok), fail()], FULL);
    expect(d.current()).toBe("rolling_back");
    expect(stagesRun(d.last!.effects)).toEqual(["rollback"]);
    expect(d.state.error).toMatchObject({ step: "activate", state: "activating" });
    d.run(ok);
    expect(d.current()).toBe("running");
    expect(d.state.run).toMatchObject({
      kind: "rollback",
      version: "v1",
      from: "v2",
      cause: "rollback",
      actor: "ferry",
    });
    expect(d.state.rolledBack).toMatchObject({ version: "v2" });
    // The rolled-back version is not brought back by a merge, only deployed explicitly.
    expect(d.probe(deploy("v2"))).toBe("version-rolled-back");
    d.run(deploy("v2", "cli"));
    expect(d.current()).toBe("updating");
  });

  it("a deploy arriving while installing is queued and starts an update once running", () => {
    const d = drive(standard, [...INSTALLING, deploy("v2")], FULL);
    expect(d.current()).toBe("installing");
    expect(d.state.queue.map((q) => q.version)).toEqual(["v2"]);
    d.run(ok, ok, ok);
    expect(d.current()).toBe("updating");
    expect(d.state.queue).toEqual([]);
    expect(d.state.run).toMatchObject({ version: "v2", cause: "merge" });
    expect(stagesRun(d.last!.effects)).toEqual(["update"]);
  });

  it("pause is a generic hold: the running stage finishes, the next waits for resume", () => {
    const d = drive(standard, [...VALIDATING, op("pause"), ok], FULL);
    expect(d.current()).toBe("fetching");
    expect(stagesRun(d.last!.effects)).toEqual([]);
    expect(d.probe(op("pause"))).toBe("already-held");
    d.run(op("resume"));
    expect(stagesRun(d.last!.effects)).toEqual(["fetch"]);
    expect(d.state.hold).toBeNull();
  });

  it("a deploy while paused in running waits for resume, then updates", () => {
    const d = drive(standard, [...RUNNING_V1, op("pause"), deploy("v2")], FULL);
    expect(d.current()).toBe("running");
    expect(d.state.queue.map((q) => q.version)).toEqual(["v2"]);
    expect(stagesRun(d.send(op("resume")).effects)).toEqual(["update"]);
    expect(d.current()).toBe("updating");
    expect(d.state.queue).toEqual([]);
  });

  it("a result of an earlier attempt is stale after a retry", () => {
    const d = drive(standard, FAILED_INSTALL, FULL);
    d.run(op("retry"));
    expect(d.refuse(succeed({ attempt: 1 })).reason).toBe("stale-attempt");
    d.run(succeed({ attempt: 2 }));
    expect(d.current()).toBe("fetching");
  });
});

const refusals: RefusalRow[] = [
  {
    state: "requested",
    setup: [],
    refuses: [
      [op("stop"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
      [op("drop"), "not-allowed-in-state"],
      [op("resume"), "not-held"],
      [succeed({ stage: "validate" }), "stale-stage"],
      [fire("pause-after"), "stale-timer"],
    ],
  },
  {
    state: "validating",
    setup: VALIDATING,
    refuses: [
      [deploy("v2"), "queued"],
      [deploy("v1"), "already-queued"],
      [op("stop"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [op("resume"), "not-held"],
      [succeed({ attempt: 2 }), "stale-attempt"],
      [succeed({ runId: 9 }), "stale-attempt"],
      [succeed({ stage: "install" }), "stale-stage"],
      [redelivered(ok), "duplicate-event"],
    ],
  },
  {
    state: "installing",
    setup: INSTALLING,
    refuses: [
      [deploy("v2"), "queued"],
      [op("stop"), "not-allowed-in-state"],
      [fail({ stage: "validate" }), "stale-stage"],
      [fire("stage-deadline:main", "2031-01-01T00:00:00.000Z"), "stale-timer"],
    ],
  },
  {
    state: "updating",
    setup: UPDATING,
    refuses: [
      [deploy("v3"), "queued"],
      [deploy("v2"), "already-queued"],
      [op("rollback"), "not-allowed-in-state"],
      [op("stop"), "not-allowed-in-state"],
    ],
  },
  {
    state: "rolling_back",
    setup: ROLLING_BACK,
    refuses: [
      [deploy("v3"), "queued"],
      [op("rollback"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [succeed({ stage: "update" }), "stale-stage"],
    ],
  },
  {
    state: "running",
    setup: RUNNING_V1,
    refuses: [
      [op("rollback"), "no-previous-version"],
      [op("retry"), "not-allowed-in-state"],
      [op("drop"), "not-allowed-in-state"],
      [op("resume"), "not-held"],
      [op("pause"), "held"],
      [succeed({ stage: "health-check" }), "stale-stage"],
      [redelivered(op("stop")), "duplicate-event"],
    ],
  },
  {
    state: "running",
    setup: [...ROLLING_BACK, ok],
    refuses: [
      [deploy("v2"), "version-rolled-back"],
      [deploy("v2", "push"), "version-rolled-back"],
    ],
  },
  {
    state: "stopping",
    setup: STOPPING,
    refuses: [
      [op("stop"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
      [deploy("v2"), "queued"],
    ],
  },
  {
    state: "failed",
    setup: FAILED_INSTALL,
    refuses: [
      [op("rollback"), "no-previous-version"],
      [op("resume"), "not-held"],
      [ok, "stale-stage"],
      [fail({ stage: "install" }), "stale-stage"],
    ],
  },
  {
    state: "rollback_failed",
    setup: ROLLBACK_FAILED,
    refuses: [
      [op("rollback"), "not-allowed-in-state"],
      [ok, "stale-stage"],
    ],
  },
  {
    state: "deleted",
    setup: [...UNINSTALLING, ok],
    refuses: [
      [deploy("v2"), "not-allowed-in-state"],
      [op("stop"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
    ],
  },
];

describe("standard lifecycle: what each state refuses", () => {
  it.each(refusalCases(refusals))("%s", (_title, row, s, outcome) => {
    expectOutcome(standard, row, s, outcome, FULL);
  });
});
