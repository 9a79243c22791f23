/**
 * The `preview` lifecycle against the environment-manager model it follows (docs/lifecycles.md):
 * every arrow of draft → initialize → deploy → pause → drop, failed books returning to the previous
 * phase with the error recorded, scope-gated drop, pause/drop timers, type-dispatched books,
 * removal of the manifest, and what each phase refuses.
 */
import { describe, expect, it } from "vitest";
import { addSeconds } from "../../../src/core/duration.ts";
import type { TransitionContext } from "../../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../../src/manifest/builtin-lifecycles.ts";
import {
  deploy,
  drive,
  effectsOf,
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
  untakenArrows,
  type ArrowRow,
  type RefusalRow,
} from "./drive.ts";

const preview = builtinLifecycle("preview");

const PAUSE_AFTER = 3600;
const DROP_AFTER = 86_400;
/** A manifest with every book and both timers, in a scope that does not allow drop. */
const BASE: TransitionContext = {
  stages: { initialize: {}, deploy: {}, pause: {}, drop: {} },
  timers: { "pause-after": PAUSE_AFTER, "drop-after": DROP_AFTER },
};
/** The same manifest in a scope with `allowDrop`. */
const DROP: TransitionContext = { ...BASE, allowDrop: true };
/** An Odoo deployment whose manifest has its own deploy book. */
const ODOO: TransitionContext = { ...BASE, type: "odoo", stages: { ...BASE.stages, "odoo.deploy": {} } };

const ok = succeed();
const INITIALIZE = [deploy("v1")];
const DEPLOYING = [...INITIALIZE, ok];
const DEPLOY = [...DEPLOYING, ok];
const REDEPLOYING = [...DEPLOY, deploy("v2")];
const PAUSING = [...DEPLOY, op("pause")];
const PAUSE = [...PAUSING, ok];
const RESUMING = [...PAUSE, op("resume")];

const arrows: ArrowRow[] = [
  // draft → initialize → deploy (two books: initialize, then deploy)
  {
    name: "draft, action_deploy → initialize",
    setup: [],
    from: "draft",
    event: deploy("v1"),
    to: "initialize",
    stage: "initialize",
    run: { version: "v1", kind: "deploy" },
  },
  {
    name: "initialize book done → deploying",
    setup: INITIALIZE,
    from: "initialize",
    event: ok,
    to: "deploying",
    stage: "deploy",
  },
  {
    name: "deploy book done → deploy",
    setup: DEPLOYING,
    from: "deploying",
    event: ok,
    to: "deploy",
    stage: null,
    errorStep: null,
  },
  // A failed book records the error and leaves the deployment in the phase it was in before.
  {
    name: "initialize book failed → draft",
    setup: INITIALIZE,
    from: "initialize",
    event: fail(),
    to: "draft",
    stage: null,
    errorStep: "initialize",
  },
  {
    name: "first deploy book failed → draft",
    setup: DEPLOYING,
    from: "deploying",
    event: fail(),
    to: "draft",
    stage: null,
    errorStep: "deploy",
  },
  {
    name: "re-deploy book failed → deploy",
    setup: REDEPLOYING,
    from: "deploying",
    event: fail(),
    to: "deploy",
    errorStep: "deploy",
    run: { version: "v2" },
  },
  {
    name: "deploy book failed after resume → pause",
    setup: RESUMING,
    from: "deploying",
    event: fail(),
    to: "pause",
    errorStep: "deploy",
  },
  {
    name: "pause book failed → deploy",
    setup: PAUSING,
    from: "pausing",
    event: fail(),
    to: "deploy",
    errorStep: "pause",
  },
  {
    name: "drop book failed from deploy → deploy",
    context: DROP,
    setup: [...DEPLOY, op("drop")],
    from: "dropping",
    event: fail(),
    to: "deploy",
    errorStep: "drop",
  },
  {
    name: "drop book failed from pause → pause",
    context: DROP,
    setup: [...PAUSE, op("drop")],
    from: "dropping",
    event: fail(),
    to: "pause",
    errorStep: "drop",
  },
  {
    name: "drop book failed from draft → draft",
    context: DROP,
    setup: [op("drop")],
    from: "dropping",
    event: fail(),
    to: "draft",
    errorStep: "drop",
  },
  // deploy: re-deploy, pause (label and timer), scope-gated drop (label, timer, manifest removed)
  {
    name: "deploy, action_deploy → deploying the new version",
    setup: DEPLOY,
    from: "deploy",
    event: deploy("v2"),
    to: "deploying",
    stage: "deploy",
    run: { version: "v2", id: 2 },
  },
  {
    name: "deploy, action_pause → pausing",
    setup: DEPLOY,
    from: "deploy",
    event: op("pause"),
    to: "pausing",
    stage: "pause",
  },
  {
    name: "deploy, pause-after timer → pausing",
    setup: DEPLOY,
    from: "deploy",
    event: fire("pause-after"),
    to: "pausing",
    stage: "pause",
  },
  {
    name: "deploy, action_drop with allowDrop → dropping",
    context: DROP,
    setup: DEPLOY,
    from: "deploy",
    event: op("drop"),
    to: "dropping",
    stage: "drop",
  },
  {
    name: "deploy, drop-after timer with allowDrop → dropping",
    context: DROP,
    setup: DEPLOY,
    from: "deploy",
    event: fire("drop-after"),
    to: "dropping",
    stage: "drop",
  },
  {
    name: "deploy, drop-after timer without allowDrop is spent → stays in deploy",
    setup: DEPLOY,
    from: "deploy",
    event: fire("drop-after"),
    to: "deploy",
    path: [],
    stage: null,
  },
  {
    name: "deploy, manifest removed with allowDrop → dropping",
    context: DROP,
    setup: DEPLOY,
    from: "deploy",
    event: op("remove"),
    to: "dropping",
    stage: "drop",
  },
  {
    name: "deploy, manifest removed without allowDrop → pausing",
    setup: DEPLOY,
    from: "deploy",
    event: op("remove"),
    to: "pausing",
    stage: "pause",
  },
  // pause → deploying (re-deploy at any time), scope-gated drop
  { name: "pause book done → pause", setup: PAUSING, from: "pausing", event: ok, to: "pause", stage: null },
  {
    name: "pause, action_deploy → deploying",
    setup: PAUSE,
    from: "pause",
    event: deploy("v2"),
    to: "deploying",
    stage: "deploy",
    run: { version: "v2" },
  },
  {
    name: "pause, resume → deploying",
    setup: PAUSE,
    from: "pause",
    event: op("resume"),
    to: "deploying",
    stage: "deploy",
    run: { version: "v1" },
  },
  {
    name: "pause, action_drop with allowDrop → dropping",
    context: DROP,
    setup: PAUSE,
    from: "pause",
    event: op("drop"),
    to: "dropping",
    stage: "drop",
  },
  {
    name: "pause, drop-after timer with allowDrop → dropping",
    context: DROP,
    setup: PAUSE,
    from: "pause",
    event: fire("drop-after"),
    to: "dropping",
    stage: "drop",
  },
  {
    name: "pause, manifest removed with allowDrop → dropping",
    context: DROP,
    setup: PAUSE,
    from: "pause",
    event: op("remove"),
    to: "dropping",
    stage: "drop",
  },
  // draft: drop and removal
  {
    name: "draft, action_drop with allowDrop → dropping",
    context: DROP,
    setup: [],
    from: "draft",
    event: op("drop"),
    to: "dropping",
    stage: "drop",
  },
  {
    name: "draft, manifest removed with allowDrop → dropping",
    context: DROP,
    setup: [],
    from: "draft",
    event: op("remove"),
    to: "dropping",
    stage: "drop",
  },
  {
    name: "draft, manifest removed without allowDrop → dropped (nothing to clean up)",
    setup: [],
    from: "draft",
    event: op("remove"),
    to: "dropped",
    stage: null,
  },
  {
    name: "drop book done → dropped",
    context: DROP,
    setup: [...DEPLOY, op("drop")],
    from: "dropping",
    event: ok,
    to: "dropped",
    stage: null,
  },
  // Type-dispatched books: <type>.<book> when the manifest defines it, else the plain book.
  {
    name: "odoo: initialize has no odoo book → initialize",
    context: ODOO,
    setup: [],
    from: "draft",
    event: deploy("v1"),
    to: "initialize",
    stage: "initialize",
  },
  {
    name: "odoo: deploy book → odoo.deploy",
    context: ODOO,
    setup: INITIALIZE,
    from: "initialize",
    event: ok,
    to: "deploying",
    stage: "odoo.deploy",
  },
  {
    name: "odoo without odoo.deploy → deploy",
    context: { ...BASE, type: "odoo" },
    setup: INITIALIZE,
    from: "initialize",
    event: ok,
    to: "deploying",
    stage: "deploy",
  },
  {
    name: "odoo.deploy failed → draft, error on odoo.deploy",
    context: ODOO,
    setup: DEPLOYING,
    from: "deploying",
    event: fail(),
    to: "draft",
    errorStep: "odoo.deploy",
  },
  {
    name: "no pause book in the manifest → back in deploy at once",
    context: { ...BASE, stages: { initialize: {}, deploy: {} } },
    setup: DEPLOY,
    from: "deploy",
    event: op("pause"),
    to: "deploy",
    path: ["pausing", "deploy"],
    stage: null,
    errorStep: "pause",
  },
];

describe("preview lifecycle: every arrow of its model", () => {
  it.each(arrows)("$name", (row) => {
    expectArrow(preview, row, BASE);
  });

  it("the table takes every arrow the lifecycle declares", () => {
    const taken = arrows.flatMap((row) => expectArrow(preview, row, BASE).transitions);
    expect(untakenArrows(preview, taken)).toEqual([]);
  });
});

describe("preview lifecycle: flows", () => {
  it("draft → initialize → deploying → deploy arms the pause-after and drop-after timers", () => {
    const d = drive(preview, [], BASE);
    expect(d.visit([deploy("v1"), ok, ok])).toEqual(["initialize", "deploying", "deploy"]);
    const since = d.state.regions.main!.since;
    expect(d.state.timers).toEqual([
      { name: "pause-after", due: addSeconds(since, PAUSE_AFTER), region: "main" },
      { name: "drop-after", due: addSeconds(since, DROP_AFTER), region: "main" },
    ]);
    expect(effectsOf(d.last!.effects, "scheduleTimer").map((e) => e.name)).toEqual(["pause-after", "drop-after"]);
    expect(d.state.good.map((g) => g.version)).toEqual(["v1"]);
  });

  it("without timers in the manifest nothing is scheduled", () => {
    const d = drive(preview, DEPLOY, { ...(BASE.stages ? { stages: BASE.stages } : {}) });
    expect(d.current()).toBe("deploy");
    expect(d.state.timers).toEqual([]);
  });

  it("pause-after pauses; the drop-after timer keeps running and drops when the scope allows it", () => {
    const d = drive(preview, DEPLOY, DROP);
    expect(d.visit([fire("pause-after"), ok])).toEqual(["pausing", "pause"]);
    expect(d.state.timers.map((t) => t.name)).toEqual(["drop-after"]);
    expect(d.visit([fire("drop-after"), ok])).toEqual(["dropping", "dropped"]);
  });

  it("drop-after without allowDrop is spent and leaves the deployment paused", () => {
    const d = drive(preview, PAUSE, BASE);
    const result = d.send(fire("drop-after"));
    expect(pathOf(result)).toEqual([]);
    expect(d.current()).toBe("pause");
    expect(d.state.timers.map((t) => t.name)).toEqual(["pause-after"]);
    expect(d.state.error).toBeNull();
    // The pause-after timer of a deployment paused by hand is spent the same way.
    expect(pathOf(d.send(fire("pause-after")))).toEqual([]);
    expect(d.current()).toBe("pause");
    expect(d.state.timers).toEqual([]);
  });

  it("deploy from pause runs the deploy book and re-arms the timers; the old firing is stale", () => {
    const d = drive(preview, PAUSE, BASE);
    const old = d.state.timers.find((t) => t.name === "drop-after")!.due;
    expect(d.visit([deploy("v2"), ok])).toEqual(["deploying", "deploy"]);
    expect(d.state.run).toMatchObject({ version: "v2" });
    expect(d.state.timers.find((t) => t.name === "drop-after")!.due).not.toBe(old);
    expect(d.refuse(fire("drop-after", old)).reason).toBe("stale-timer");
  });

  it("a failed re-deploy stays in deploy with the error, and does not count as a good version", () => {
    const d = drive(preview, [...REDEPLOYING, fail({ message: "odoo: module install failed" })], BASE);
    expect(d.current()).toBe("deploy");
    expect(d.state.error).toMatchObject({
      step: "deploy",
      state: "deploying",
      message: "odoo: module install failed",
      runId: 2,
    });
    expect(d.state.good.map((g) => g.version)).toEqual(["v1"]);
    // The next successful deploy clears the error.
    d.run(deploy("v3"), ok);
    expect(d.state.error).toBeNull();
    expect(d.state.good.map((g) => g.version)).toEqual(["v3", "v1"]);
  });

  it("drop is scope-gated: refused without allowDrop, allowed with it", () => {
    const refused = drive(preview, DEPLOY, BASE).refuse(op("drop"));
    expect(refused.reason).toBe("guard-failed");
    const d = drive(preview, DEPLOY, DROP);
    expect(d.visit([op("drop"), ok])).toEqual(["dropping", "dropped"]);
  });

  it("removing the manifest pauses without allowDrop, and drops with it", () => {
    expect(drive(preview, DEPLOY, BASE).visit([op("remove"), ok])).toEqual(["pausing", "pause"]);
    expect(drive(preview, DEPLOY, DROP).visit([op("remove"), ok])).toEqual(["dropping", "dropped"]);
    expect(drive(preview, PAUSE, DROP).visit([op("remove"), ok])).toEqual(["dropping", "dropped"]);
    expect(drive(preview, [], BASE).visit([op("remove")])).toEqual(["dropped"]);
  });

  it("a deploy supersedes the running book: initialize starts again for the new version", () => {
    const d = drive(preview, INITIALIZE, BASE);
    const result = d.send(deploy("v2"));
    expect(pathOf(result)).toEqual(["initialize"]);
    expect(effectsOf(result.effects, "cancelStage")).toMatchObject([
      { stage: "initialize", runId: 1, reason: "superseded" },
    ]);
    expect(effectsOf(result.effects, "runStage")).toMatchObject([{ stage: "initialize", version: "v2", runId: 2 }]);
    expect(d.refuse(succeed({ runId: 1 })).reason).toBe("stale-attempt");
  });

  it("a deploy while pausing supersedes the pause book from the deploy phase", () => {
    const d = drive(preview, PAUSING, BASE);
    const result = d.send(deploy("v2"));
    expect(pathOf(result)).toEqual(["deploying"]);
    expect(stagesRun(result.effects)).toEqual(["deploy"]);
    expect(effectsOf(result.effects, "cancelStage")).toMatchObject([{ stage: "pause", reason: "superseded" }]);
  });
});

const refusals: RefusalRow[] = [
  {
    state: "draft",
    setup: [],
    refuses: [
      [op("drop"), "guard-failed"],
      [op("pause"), "not-allowed-in-state"],
      [op("resume"), "not-allowed-in-state"],
      [op("stop"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
      [ok, "stale-stage"],
      [fire("pause-after"), "stale-timer"],
    ],
  },
  {
    state: "initialize",
    context: DROP,
    setup: INITIALIZE,
    refuses: [
      [op("drop"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [op("pause"), "not-allowed-in-state"],
      [op("resume"), "not-allowed-in-state"],
      [op("stop"), "not-allowed-in-state"],
      [deploy("v1"), "already-queued"],
      [succeed({ attempt: 2 }), "stale-attempt"],
      [succeed({ stage: "deploy" }), "stale-stage"],
      [redelivered(ok), "duplicate-event"],
    ],
  },
  {
    state: "deploying",
    context: DROP,
    setup: DEPLOYING,
    refuses: [
      [op("drop"), "not-allowed-in-state"],
      [op("pause"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [succeed({ stage: "initialize" }), "stale-stage"],
    ],
  },
  {
    state: "deploy",
    setup: DEPLOY,
    refuses: [
      [op("drop"), "guard-failed"],
      [op("resume"), "not-allowed-in-state"],
      [op("stop"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
      [op("rollback"), "not-allowed-in-state"],
      [fire("pause-after", "2031-01-01T00:00:00.000Z"), "stale-timer"],
      [ok, "stale-stage"],
      [redelivered(op("pause")), "duplicate-event"],
    ],
  },
  {
    state: "pausing",
    setup: PAUSING,
    refuses: [
      [op("pause"), "not-allowed-in-state"],
      [op("resume"), "not-allowed-in-state"],
      [op("drop"), "not-allowed-in-state"],
      [fail({ stage: "deploy" }), "stale-stage"],
    ],
  },
  {
    state: "pause",
    setup: PAUSE,
    refuses: [
      [op("pause"), "not-allowed-in-state"],
      [op("drop"), "guard-failed"],
      [op("remove"), "guard-failed"],
      [op("stop"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
    ],
  },
  {
    state: "dropping",
    context: DROP,
    setup: [...DEPLOY, op("drop")],
    refuses: [
      [op("drop"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [op("pause"), "not-allowed-in-state"],
      [succeed({ stage: "pause" }), "stale-stage"],
    ],
  },
  {
    state: "dropped",
    context: DROP,
    setup: [...DEPLOY, op("drop"), ok],
    refuses: [
      [deploy("v2"), "not-allowed-in-state"],
      [op("drop"), "not-allowed-in-state"],
      [op("remove"), "not-allowed-in-state"],
      [op("resume"), "not-allowed-in-state"],
      [op("retry"), "not-allowed-in-state"],
    ],
  },
];

describe("preview lifecycle: what each phase refuses", () => {
  it.each(refusalCases(refusals))("%s", (_title, row, s, outcome) => {
    expectOutcome(preview, row, s, outcome, BASE);
  });
});
