/**
 * The `setup-deploy` lifecycle against the status flow it follows (docs/lifecycles.md): every arrow
 * of the flow (including `failed` from each stage, with its error_step), stop, re-deploy, retry,
 * and what each status refuses.
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
} from "./drive.ts";

const setupDeploy = builtinLifecycle("setup-deploy");

/** A manifest with every stage: bundle, setup, preflight, deploy (with its health checks), stop. */
const FULL: TransitionContext = { stages: { bundle: {}, setup: {}, preflight: {}, deploy: {}, stop: {} } };
/** Only the required stages: no bundle build, no preflight, no stop stage. */
const MINIMAL: TransitionContext = { stages: { setup: {}, deploy: {} } };

const ok = succeed();
const PENDING = [deploy("v1")];
const SETUP_RUNNING = [...PENDING, ok];
const SETUP_COMPLETE = [...SETUP_RUNNING, ok];
const DEPLOYING = [...SETUP_COMPLETE, ok];
const DEPLOYED = [...DEPLOYING, ok];
const STOPPING = [...DEPLOYED, op("stop")];
const STOPPED = [...STOPPING, ok];
const FAILED = [...DEPLOYING, fail()];

const arrows: ArrowRow[] = [
  // created → pending: the execute action (a trigger) starts the pipeline.
  {
    name: "created, execute → pending (bundle)",
    setup: [],
    from: "created",
    event: deploy("v1"),
    to: "pending",
    stage: "bundle",
    run: { version: "v1", kind: "deploy", attempt: 1 },
  },
  // pending → setup_running → setup_complete → deploying → deployed
  { name: "pending → setup_running", setup: PENDING, from: "pending", event: ok, to: "setup_running", stage: "setup" },
  {
    name: "setup_running → setup_complete",
    setup: SETUP_RUNNING,
    from: "setup_running",
    event: ok,
    to: "setup_complete",
    stage: "preflight",
  },
  {
    name: "setup_complete → deploying",
    setup: SETUP_COMPLETE,
    from: "setup_complete",
    event: ok,
    to: "deploying",
    stage: "deploy",
  },
  {
    name: "deploying → deployed",
    setup: DEPLOYING,
    from: "deploying",
    event: ok,
    to: "deployed",
    stage: null,
    errorStep: null,
    run: { version: "v1" },
  },
  // Each status ↓ failed, with error_step naming the stage.
  {
    name: "pending ↓ failed (bundle)",
    setup: PENDING,
    from: "pending",
    event: fail(),
    to: "failed",
    stage: null,
    errorStep: "bundle",
  },
  {
    name: "setup_running ↓ failed (setup)",
    setup: SETUP_RUNNING,
    from: "setup_running",
    event: fail(),
    to: "failed",
    stage: null,
    errorStep: "setup",
  },
  {
    name: "setup_complete ↓ failed (preflight)",
    setup: SETUP_COMPLETE,
    from: "setup_complete",
    event: fail(),
    to: "failed",
    stage: null,
    errorStep: "preflight",
  },
  {
    name: "deploying ↓ failed (deploy)",
    setup: DEPLOYING,
    from: "deploying",
    event: fail(),
    to: "failed",
    stage: null,
    errorStep: "deploy",
  },
  {
    name: "setup timed out ↓ failed (setup)",
    setup: SETUP_RUNNING,
    from: "setup_running",
    event: timedOut(),
    to: "failed",
    errorStep: "setup",
  },
  {
    name: "deploy deadline passes ↓ failed (deploy)",
    setup: DEPLOYING,
    from: "deploying",
    event: fire("stage-deadline:main"),
    to: "failed",
    errorStep: "deploy",
  },
  // deployed → stopped (via stop action), deployed → deploying (via re-deploy)
  {
    name: "deployed, stop → stopping",
    setup: DEPLOYED,
    from: "deployed",
    event: op("stop"),
    to: "stopping",
    stage: "stop",
  },
  { name: "stopping → stopped", setup: STOPPING, from: "stopping", event: ok, to: "stopped", stage: null },
  {
    name: "stopping ↓ failed (stop)",
    setup: STOPPING,
    from: "stopping",
    event: fail(),
    to: "failed",
    errorStep: "stop",
  },
  {
    name: "deployed, manifest removed → stopping",
    setup: DEPLOYED,
    from: "deployed",
    event: op("remove"),
    to: "stopping",
    stage: "stop",
  },
  {
    name: "deployed, re-deploy → deploying the new version",
    setup: DEPLOYED,
    from: "deployed",
    event: deploy("v2"),
    to: "deploying",
    stage: "deploy",
    run: { version: "v2", kind: "deploy", id: 2 },
  },
  {
    name: "stopped, execute → pending",
    setup: STOPPED,
    from: "stopped",
    event: deploy("v2"),
    to: "pending",
    stage: "bundle",
    run: { version: "v2", id: 2 },
  },
  // Recovery: failed → retry re-runs the whole pipeline as a new attempt.
  {
    name: "failed, retry → pending, attempt 2",
    setup: FAILED,
    from: "failed",
    event: op("retry"),
    to: "pending",
    stage: "bundle",
    errorStep: null,
    run: { version: "v1", id: 1, attempt: 2 },
  },
  {
    name: "failed, deploy → pending, new run",
    setup: FAILED,
    from: "failed",
    event: deploy("v2"),
    to: "pending",
    stage: "bundle",
    errorStep: null,
    run: { version: "v2", id: 2, attempt: 1 },
  },
  { name: "failed, stop → stopping", setup: FAILED, from: "failed", event: op("stop"), to: "stopping", stage: "stop" },
  {
    name: "failed, manifest removed → stopping",
    setup: FAILED,
    from: "failed",
    event: op("remove"),
    to: "stopping",
    stage: "stop",
  },
  // Optional stages the manifest leaves out pass at once; every skipped status is still in the history.
  {
    name: "no bundle stage: execute → setup_running",
    context: MINIMAL,
    setup: [],
    from: "created",
    event: deploy("v1"),
    to: "setup_running",
    path: ["pending", "setup_running"],
    stage: "setup",
  },
  {
    name: "no preflight stage: setup done → deploying",
    context: MINIMAL,
    setup: [deploy("v1")],
    from: "setup_running",
    event: ok,
    to: "deploying",
    path: ["setup_complete", "deploying"],
    stage: "deploy",
  },
  {
    name: "no stop stage: deployed, stop → stopped",
    context: MINIMAL,
    setup: [deploy("v1"), ok, ok],
    from: "deployed",
    event: op("stop"),
    to: "stopped",
    path: ["stopping", "stopped"],
    stage: null,
  },
  {
    name: "no setup stage in the manifest ↓ failed (setup)",
    context: { stages: { deploy: {} } },
    setup: [],
    from: "created",
    event: deploy("v1"),
    to: "failed",
    path: ["pending", "setup_running", "failed"],
    stage: null,
    errorStep: "setup",
  },
];

describe("setup-deploy lifecycle: every arrow of its model", () => {
  it.each(arrows)("$name", (row) => {
    expectArrow(setupDeploy, row, FULL);
  });

  it("the table takes every arrow the lifecycle declares", () => {
    const taken = arrows.flatMap((row) => expectArrow(setupDeploy, row, FULL).transitions);
    expect(untakenArrows(setupDeploy, taken)).toEqual([]);
  });
});

describe("setup-deploy lifecycle: flows", () => {
  it("execute runs the whole pipeline: bundle, setup, preflight, deploy", () => {
    const d = drive(setupDeploy, [], FULL);
    const dispatched: string[] = [];
    const visited: string[] = [];
    for (const s of [deploy("v1"), ok, ok, ok, ok]) {
      const result = d.send(s);
      visited.push(...pathOf(result));
      dispatched.push(...stagesRun(result.effects));
    }
    expect(visited).toEqual(["pending", "setup_running", "setup_complete", "deploying", "deployed"]);
    expect(dispatched).toEqual(["bundle", "setup", "preflight", "deploy"]);
    expect(d.state.good.map((g) => g.version)).toEqual(["v1"]);
  });

  it.each([
    ["bundle", PENDING, "pending"],
    ["setup", SETUP_RUNNING, "setup_running"],
    ["preflight", SETUP_COMPLETE, "setup_complete"],
    ["deploy", DEPLOYING, "deploying"],
  ] as const)(
    "failed in %s records error_step and error_message, and retry re-runs from pending",
    (step, setup, state) => {
      const d = drive(setupDeploy, [...setup, fail({ message: "ssh: connection refused" })], FULL);
      expect(d.current()).toBe("failed");
      expect(d.state.error).toMatchObject({ step, message: "ssh: connection refused", state, runId: 1 });
      expect(d.state.stages.at(-1)).toMatchObject({ stage: step, status: "failed" });
      expect(d.visit([op("retry"), ok, ok, ok, ok])).toEqual([
        "pending",
        "setup_running",
        "setup_complete",
        "deploying",
        "deployed",
      ]);
      expect(d.state.run).toMatchObject({ id: 1, attempt: 2, version: "v1" });
      expect(d.state.error).toBeNull();
    },
  );

  it("stop: deployed → stopping → stopped", () => {
    const d = drive(setupDeploy, DEPLOYED, FULL);
    expect(d.visit([op("stop"), ok])).toEqual(["stopping", "stopped"]);
  });

  it("stop without a stop stage goes straight to stopped", () => {
    const d = drive(setupDeploy, [deploy("v1"), ok, ok], MINIMAL);
    const result = d.send(op("stop"));
    expect(pathOf(result)).toEqual(["stopping", "stopped"]);
    expect(stagesRun(result.effects)).toEqual([]);
    expect(d.state.stages.at(-1)).toMatchObject({ stage: "stop", status: "skipped" });
  });

  it("re-deploy: deployed → deploying → deployed on the new version", () => {
    const d = drive(setupDeploy, DEPLOYED, FULL);
    expect(d.visit([deploy("v2"), ok])).toEqual(["deploying", "deployed"]);
    expect(d.state.run).toMatchObject({ version: "v2", id: 2 });
    expect(d.state.good.map((g) => g.version)).toEqual(["v2", "v1"]);
  });

  it("a result of the failed attempt is stale once retried", () => {
    const d = drive(setupDeploy, [...FAILED, op("retry")], FULL);
    expect(d.refuse(succeed({ attempt: 1 })).reason).toBe("stale-attempt");
    d.run(succeed({ attempt: 2 }));
    expect(d.current()).toBe("setup_running");
  });

  it("an execute queued during a run starts once deployed", () => {
    const d = drive(setupDeploy, [...SETUP_RUNNING, deploy("v2"), ok, ok], FULL);
    expect(d.state.queue.map((q) => q.version)).toEqual(["v2"]);
    const result = d.send(ok);
    expect(pathOf(result)).toEqual(["deployed", "deploying"]);
    expect(d.state.run).toMatchObject({ version: "v2" });
  });
});

const refusals: RefusalRow[] = [
  {
    state: "created",
    setup: [],
    refuses: [
      [op("stop"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [op("resume"), "not-held"],
      [ok, "stale-stage"],
    ],
  },
  {
    state: "pending",
    setup: PENDING,
    refuses: [
      [deploy("v2"), "queued"],
      [deploy("v1"), "already-queued"],
      [op("stop"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [succeed({ attempt: 2 }), "stale-attempt"],
      [succeed({ stage: "setup" }), "stale-stage"],
      [redelivered(ok), "duplicate-event"],
    ],
  },
  {
    state: "setup_running",
    setup: SETUP_RUNNING,
    refuses: [
      [deploy("v2"), "queued"],
      [op("stop"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [fail({ stage: "deploy" }), "stale-stage"],
      [fail({ runId: 7 }), "stale-attempt"],
    ],
  },
  {
    state: "setup_complete",
    setup: SETUP_COMPLETE,
    refuses: [
      [op("retry"), "not-allowed-in-state"],
      [op("stop"), "not-allowed-in-state"],
      [deploy("v1"), "already-queued"],
      [succeed({ stage: "setup" }), "stale-stage"],
    ],
  },
  {
    state: "deploying",
    setup: DEPLOYING,
    refuses: [
      [deploy("v2"), "queued"],
      [op("stop"), "not-allowed-in-state"],
      [succeed({ stage: "bundle" }), "stale-stage"],
    ],
  },
  {
    state: "deployed",
    setup: DEPLOYED,
    refuses: [
      [op("retry"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
      [op("drop"), "not-allowed-in-state"],
      [op("resume"), "not-held"],
      [op("pause"), "held"],
      [ok, "stale-stage"],
      [redelivered(op("stop")), "duplicate-event"],
    ],
  },
  {
    state: "stopping",
    setup: STOPPING,
    refuses: [
      [op("stop"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [deploy("v2"), "queued"],
    ],
  },
  {
    state: "stopped",
    setup: STOPPED,
    refuses: [
      [op("stop"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [op("resume"), "not-held"],
    ],
  },
  {
    state: "failed",
    setup: FAILED,
    refuses: [
      [op("rollback"), "not-allowed-in-state"],
      [op("resume"), "not-held"],
      [ok, "stale-stage"],
      [fail({ stage: "deploy" }), "stale-stage"],
    ],
  },
];

describe("setup-deploy lifecycle: what each status refuses", () => {
  it.each(refusalCases(refusals))("%s", (_title, row, s, outcome) => {
    expectOutcome(setupDeploy, row, s, outcome, FULL);
  });
});
