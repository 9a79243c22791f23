/**
 * stack-migration walks every arrow of both machines of its model (docs/lifecycles.md): the `stack`
 * region (creating, stable, migrating, broken) and the `deployment` region (one run), which signal
 * each other.
 */
import { describe, expect, it } from "vitest";
import type { DeploymentState } from "../../../src/core/deployment-state.ts";
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
  stagesRun,
  succeed,
  untakenArrows,
  type ArrowRow,
  type Driver,
  type RefusalRow,
  type Step,
} from "./drive.ts";

const lifecycle = builtinLifecycle("stack-migration");
const QUICK: TransitionContext = { quick: true };

const ok = (stage: string): Step => succeed({ stage });
const progress = report("stage.progress");

/** The first run: it creates the stack (!quick, !exists) and leaves it stable with v1 good. */
const FIRST_RUN = [deploy("v1"), ok("wait-stable"), ok("create"), ok("db-migrate"), ok("scale-up")];

/** Paths to each deployment-region state; the creating path runs while the stack is created, the rest migrate it. */
const reach = {
  waiting: [deploy("v1")],
  creating: [deploy("v1"), ok("wait-stable")],
  upserting: [deploy("v1"), ok("wait-stable")], // with QUICK
  scaling_down: [...FIRST_RUN, deploy("v2"), ok("wait-stable")],
  infra_migrate: [...FIRST_RUN, deploy("v2"), ok("wait-stable"), ok("scale-down")],
  db_migrating: [...FIRST_RUN, deploy("v2"), ok("wait-stable"), ok("scale-down"), ok("infra-migrate")],
  scaling_up: [...FIRST_RUN, deploy("v2"), ok("wait-stable"), ok("scale-down"), ok("infra-migrate"), ok("db-migrate")],
} as const;
type Reached = keyof typeof reach;

const STAGE_OF: Record<Reached, string> = {
  waiting: "wait-stable",
  creating: "create",
  upserting: "upsert",
  scaling_down: "scale-down",
  infra_migrate: "infra-migrate",
  db_migrating: "db-migrate",
  scaling_up: "scale-up",
};

function at(state: Reached, ...more: Step[]): Driver {
  const d = drive(lifecycle, [...reach[state], ...more], state === "upserting" ? QUICK : {});
  if (more.length === 0) expect(d.current("deployment")).toBe(state);
  return d;
}

function regions(state: DeploymentState): Record<string, string> {
  return Object.fromEntries(Object.entries(state.regions).map(([name, r]) => [name, r.state]));
}

/** Every region's targets of the last event, `region:state`, queue and hold notes excluded. */
function path(d: Driver): string[] {
  return d.last!.transitions.filter((t) => t.note === undefined).map((t) => `${t.region}:${t.to}`);
}

describe("stack-migration: deployment region (the model's deployment machine)", () => {
  it("[*] → QUEUED → TRIGGERED → WAITING: a request queues the run; the stack takes it and StackWait starts", () => {
    const d = drive(lifecycle, [deploy("v1")]);
    expect(regions(d.state)).toEqual({ stack: "creating", deployment: "waiting" });
    expect(path(d)).toEqual(["stack:creating", "deployment:queued", "deployment:triggered", "deployment:waiting"]);
    expect(d.last!.transitions[2]).toMatchObject({ from: "queued", to: "triggered", event: "stack.triggered" });
    expect(effectsOf(d.last!.effects, "runStage")).toMatchObject([
      { region: "deployment", stage: "wait-stable", version: "v1", runId: 1, attempt: 1 },
    ]);
  });

  // Every arrow out of a stage state, with the auto states it passes and the stack's state after it.
  const row = (
    name: string,
    from: Reached,
    event: Step,
    to: string,
    path: string[],
    stage: string | null,
    stack: string,
  ): ArrowRow & { stack: string } => ({
    name,
    region: "deployment",
    setup: reach[from],
    ...(from === "upserting" ? { context: QUICK } : {}),
    from,
    event,
    to,
    path,
    stage,
    errorStep: to.includes("failed") ? STAGE_OF[from] : null,
    stack,
  });
  const arrows = [
    row("WAITING → WAITING (StackStatus.Progress)", "waiting", progress, "waiting", [], null, "creating"),
    row("WAITING → FAILED_1 (Stack Failure)", "waiting", fail(), "failed_1", ["failed_1"], null, "broken"),
    row(
      "WAITING → AVAILABLE → CREATING (StackStatus.Stable; !quick, !exists)",
      "waiting",
      ok("wait-stable"),
      "creating",
      ["available", "creating"],
      "create",
      "creating",
    ),
    row(
      "CREATING → INFRA_MIGRATED → DB_MIGRATING (Stack Stable)",
      "creating",
      ok("create"),
      "db_migrating",
      ["infra_migrated", "db_migrating"],
      "db-migrate",
      "creating",
    ),
    row(
      "CREATING → CREATE_FAILED (ferry's failure arrow)",
      "creating",
      fail(),
      "create_failed",
      ["create_failed"],
      null,
      "broken",
    ),
    row(
      "SCALING_DOWN → SCALING_DOWN (Stack Progress)",
      "scaling_down",
      progress,
      "scaling_down",
      [],
      null,
      "migrating",
    ),
    row(
      "SCALING_DOWN → SCALED_DOWN → INFRA_MIGRATE (Stack Stable, Stack Trigger)",
      "scaling_down",
      ok("scale-down"),
      "infra_migrate",
      ["scaled_down", "infra_migrate"],
      "infra-migrate",
      "migrating",
    ),
    row("SCALING_DOWN → FAILED_2 (Stack Failure)", "scaling_down", fail(), "failed_2", ["failed_2"], null, "broken"),
    row(
      "INFRA_MIGRATE → INFRA_MIGRATE (Stack Progress)",
      "infra_migrate",
      progress,
      "infra_migrate",
      [],
      null,
      "migrating",
    ),
    row(
      "INFRA_MIGRATE → INFRA_MIGRATED → DB_MIGRATING (Stack Stable, Migrate Data)",
      "infra_migrate",
      ok("infra-migrate"),
      "db_migrating",
      ["infra_migrated", "db_migrating"],
      "db-migrate",
      "migrating",
    ),
    row("INFRA_MIGRATE → FAILED_4 (Stack Failure)", "infra_migrate", fail(), "failed_4", ["failed_4"], null, "broken"),
    row("DB_MIGRATING → DB_MIGRATING (Progress)", "db_migrating", progress, "db_migrating", [], null, "migrating"),
    row(
      "DB_MIGRATING → DB_MIGRATED → SCALING_UP (All Complete, Scale Trigger)",
      "db_migrating",
      ok("db-migrate"),
      "scaling_up",
      ["db_migrated", "scaling_up"],
      "scale-up",
      "migrating",
    ),
    row(
      "DB_MIGRATING → FAILED_3 (Migration Failure)",
      "db_migrating",
      fail(),
      "failed_3",
      ["failed_3"],
      null,
      "broken",
    ),
    row("SCALING_UP → SCALING_UP (Stack Progress)", "scaling_up", progress, "scaling_up", [], null, "migrating"),
    row(
      "SCALING_UP → SCALED_UP → DONE (Scaled Stable, Done)",
      "scaling_up",
      ok("scale-up"),
      "done",
      ["scaled_up", "done"],
      null,
      "stable",
    ),
    row("SCALING_UP → FAILED_5 (Stack Failure)", "scaling_up", fail(), "failed_5", ["failed_5"], null, "broken"),
    row(
      "UPSERTING → UPSERTED → DONE (Stack Stable, Done)",
      "upserting",
      ok("upsert"),
      "done",
      ["upserted", "done"],
      null,
      "stable",
    ),
    row(
      "UPSERTING → UPSERTING_FAILED (StackStatus.Error)",
      "upserting",
      fail(),
      "upserting_failed",
      ["upserting_failed"],
      null,
      "broken",
    ),
  ];

  it.each(arrows.map((a) => [a.name, a] as const))("%s", (_name, arrow) => {
    const result = expectArrow(lifecycle, arrow);
    expect(regions(result.state)).toEqual({ stack: arrow.stack, deployment: arrow.to });
  });

  // The choice after AVAILABLE: [guard, quick, a previous run made the stack, target, stage]
  const choices: [string, boolean, boolean, string, string][] = [
    ["quick → UPSERTING (UpsertStack)", true, false, "upserting", "upsert"],
    ["quick → UPSERTING even when the stack exists", true, true, "upserting", "upsert"],
    ["!quick && exists → SCALING_DOWN (StackScale(0))", false, true, "scaling_down", "scale-down"],
    ["!quick && !exists → CREATING (StackCreate)", false, false, "creating", "create"],
  ];

  it.each(choices)("AVAILABLE: %s", (_guard, quick, exists, target, stage) => {
    const d = drive(lifecycle, exists ? FIRST_RUN : []);
    d.context = { quick };
    d.send(deploy(exists ? "v2" : "v1"));
    const result = d.send(ok("wait-stable"));
    expect(pathOf(result, "deployment")).toEqual(["available", target]);
    expect(effectsOf(result.effects, "runStage")).toMatchObject([{ stage, version: exists ? "v2" : "v1" }]);
  });

  it("a progress report is an internal transition: no history entry, counters kept, the stage keeps running", () => {
    const d = at(
      "db_migrating",
      report("stage.progress", { counters: { completed: 3, total: 10 }, message: "3 of 10 tables" }),
    );
    expect(d.last!.transitions).toEqual([]);
    expect(d.state.counters).toMatchObject({ completed: 3, total: 10 });
    expect(runningStage(d.state)).toMatchObject({ stage: "db-migrate", status: "running" });
  });

  it("records every green auto state of a full migration run in history, in order", () => {
    const d = drive(lifecycle, FIRST_RUN);
    const before = d.state.history.length;
    d.run(deploy("v2"), ok("wait-stable"), ok("scale-down"), ok("infra-migrate"), ok("db-migrate"), ok("scale-up"));
    const added = d.state.history.slice(before);
    expect(added.filter((h) => h.region === "deployment").map((h) => h.to)).toEqual([
      ...["queued", "triggered", "waiting", "available", "scaling_down", "scaled_down", "infra_migrate"],
      ...["infra_migrated", "db_migrating", "db_migrated", "scaling_up", "scaled_up", "done"],
    ]);
    expect(added.every((h) => h.runId === 2)).toBe(true);
  });

  it("records the auto states of the creating and quick paths in history", () => {
    const created = drive(lifecycle, FIRST_RUN)
      .state.history.filter((h) => h.region === "deployment")
      .map((h) => h.to);
    expect(created).toEqual([
      "queued",
      "triggered",
      "waiting",
      "available",
      "creating",
      "infra_migrated",
      "db_migrating",
      "db_migrated",
      "scaling_up",
      "scaled_up",
      "done",
    ]);
    const quick = at("upserting", ok("upsert"))
      .state.history.filter((h) => h.region === "deployment")
      .map((h) => h.to);
    expect(quick).toEqual(["queued", "triggered", "waiting", "available", "upserting", "upserted", "done"]);
  });

  it("skips the optional StackWait stage when the manifest leaves it out", () => {
    const d = drive(lifecycle, [deploy("v1")], { stages: { create: {}, "db-migrate": {}, "scale-up": {} } });
    expect(d.current("deployment")).toBe("creating");
    expect(d.state.stages[0]).toMatchObject({ stage: "wait-stable", status: "skipped" });
    expect(stagesRun(d.last!.effects)).toEqual(["create"]);
  });

  it("a failed run takes a retry (a new attempt) or a new trigger, queued again behind the stack", () => {
    const retried = at("db_migrating", fail(), op("retry"));
    expect(regions(retried.state)).toEqual({ stack: "migrating", deployment: "waiting" });
    expect(retried.state.run).toMatchObject({ id: 2, version: "v2", attempt: 2 });
    expect(retried.state.error).toBeNull();
    const redeployed = at("creating", fail(), deploy("v2"));
    expect(regions(redeployed.state)).toEqual({ stack: "creating", deployment: "waiting" });
    expect(redeployed.state.run).toMatchObject({ id: 2, version: "v2", attempt: 1 });
  });
});

describe("stack-migration: stack region (the model's stack machine)", () => {
  it("[*] → CREATING (Triggered): the first trigger creates the stack and the stack triggers the run", () => {
    const d = drive(lifecycle, [deploy("v1")]);
    expect(d.current("stack")).toBe("creating");
    expect(d.last!.transitions[0]).toMatchObject({
      region: "stack",
      from: "none",
      to: "creating",
      event: "deploy",
      runId: 1,
    });
  });

  it("CREATING → CREATING (Triggered, adds to the queue)", () => {
    const d = at("creating", deploy("v2", "push"));
    expect(regions(d.state)).toEqual({ stack: "creating", deployment: "creating" });
    expect(d.state.queue).toMatchObject([{ version: "v2", cause: "push" }]);
    expect(d.last!.transitions).toMatchObject([
      { region: "stack", from: "creating", to: "creating", note: expect.stringContaining("queued v2") },
      { region: "deployment" },
    ]);
    expect(d.state.run).toMatchObject({ id: 1, version: "v1" });
    expect(stagesRun(d.last!.effects)).toEqual([]);
  });

  it("CREATING → STABLE (DeploymentCompleted), with no trigger queued", () => {
    const d = drive(lifecycle, FIRST_RUN);
    expect(regions(d.state)).toEqual({ stack: "stable", deployment: "done" });
    expect(path(d)).toEqual(["deployment:scaled_up", "deployment:done", "stack:stable"]);
    expect(d.last!.transitions[2]).toMatchObject({ from: "creating", event: "deployment.completed" });
    expect(d.state.good).toMatchObject([{ version: "v1", runId: 1 }]);
  });

  it("CREATING → STABLE → MIGRATING (Triggered, pops from the queue): a trigger queued while creating starts once stable", () => {
    const d = at("creating", deploy("v2"), ok("create"), ok("db-migrate"), ok("scale-up"));
    expect(regions(d.state)).toEqual({ stack: "migrating", deployment: "waiting" });
    expect(path(d)).toEqual([
      "deployment:scaled_up",
      "deployment:done",
      "stack:stable",
      "stack:migrating",
      "deployment:queued",
      "deployment:triggered",
      "deployment:waiting",
    ]);
    expect(d.state.queue).toEqual([]);
    expect(d.state.run).toMatchObject({ id: 2, version: "v2", cause: "merge" });
    expect(effectsOf(d.last!.effects, "runStage")).toMatchObject([{ stage: "wait-stable", version: "v2", runId: 2 }]);
  });

  it("STABLE → MIGRATING (Triggered, external)", () => {
    const d = drive(lifecycle, [...FIRST_RUN, deploy("v2", "label")]);
    expect(regions(d.state)).toEqual({ stack: "migrating", deployment: "waiting" });
    expect(d.last!.transitions[0]).toMatchObject({ region: "stack", from: "stable", to: "migrating", event: "deploy" });
  });

  it("MIGRATING → MIGRATING (Triggered, adds to the queue; a newer trigger supersedes the one waiting)", () => {
    const d = at("infra_migrate", deploy("v3"), deploy("v4", "label"));
    expect(regions(d.state)).toEqual({ stack: "migrating", deployment: "infra_migrate" });
    expect(d.state.queue).toMatchObject([{ version: "v4", cause: "label", coalesced: 1 }]);
    expect(d.last!.transitions[0]).toMatchObject({ region: "stack", note: expect.stringContaining("queued v4") });
    expect(d.last!.transitions[0]!.note).toContain("supersedes 1 older trigger");
  });

  it("MIGRATING → STABLE (DeploymentCompleted) rests in stable with nothing queued", () => {
    const d = at("scaling_up", ok("scale-up"));
    expect(regions(d.state)).toEqual({ stack: "stable", deployment: "done" });
    expect(d.last!.transitions.at(-1)).toMatchObject({
      region: "stack",
      from: "migrating",
      to: "stable",
      event: "deployment.completed",
    });
    expect(d.state.good.map((g) => g.version)).toEqual(["v2", "v1"]);
  });

  it("MIGRATING → STABLE → MIGRATING pops the newest queued trigger; the ones it superseded never run", () => {
    const d = at("scaling_up", deploy("v3"), deploy("v4"), ok("scale-up"));
    expect(regions(d.state)).toEqual({ stack: "migrating", deployment: "waiting" });
    expect(path(d)).toContain("stack:stable");
    expect(d.state.run).toMatchObject({ version: "v4", coalesced: 1 });
    expect(d.state.queue).toEqual([]);
  });

  // [arrow, deployment state the run fails in, deployment failed state, stack state left]
  const errored: [string, Reached, string, string][] = [
    ["CREATING → BROKEN (CreateErrored) while waiting", "waiting", "failed_1", "creating"],
    ["CREATING → BROKEN (CreateErrored) while creating", "creating", "create_failed", "creating"],
    ["CREATING → BROKEN (CreateErrored) while upserting", "upserting", "upserting_failed", "creating"],
    ["MIGRATING → BROKEN (MigrateErrored) while scaling down", "scaling_down", "failed_2", "migrating"],
    ["MIGRATING → BROKEN (MigrateErrored) while migrating data", "db_migrating", "failed_3", "migrating"],
    ["MIGRATING → BROKEN (MigrateErrored) while scaling up", "scaling_up", "failed_5", "migrating"],
  ];

  it.each(errored)("%s", (_arrow, start, failed, stack) => {
    const d = at(start, fail());
    expect(regions(d.state)).toEqual({ stack: "broken", deployment: failed });
    expect(path(d)).toEqual([`deployment:${failed}`, "stack:broken"]);
    expect(d.last!.transitions[1]).toMatchObject({ from: stack, event: "deployment.failed" });
    expect(d.state.error).toMatchObject({ state: start });
  });

  it.each([
    ["migrates a stack that exists", "db_migrating", "migrating"],
    ["creates a stack that never became stable", "creating", "creating"],
  ] as const)("BROKEN takes a new trigger and %s", (_what, start, stack) => {
    const d = at(start, fail(), deploy("v9"));
    expect(regions(d.state)).toEqual({ stack, deployment: "waiting" });
  });
});

describe("stack-migration: arrow coverage", () => {
  // Each scenario's whole history (setup included) counts, both regions.
  const from =
    (state: Reached, ...more: Step[]) =>
    () =>
      at(state, ...more);
  const scenarios: (() => Driver)[] = [
    ...(Object.keys(reach) as Reached[]).flatMap((state) => [
      from(state, ok(STAGE_OF[state])),
      from(state, fail()),
      from(state, fail(), op("retry")),
      from(state, fail(), deploy("v9")),
    ]),
    ...(["waiting", "scaling_down", "infra_migrate", "db_migrating", "scaling_up"] as const).map((state) =>
      from(state, progress),
    ),
    // A quick run over a stack a previous run made.
    () => {
      const d = drive(lifecycle, FIRST_RUN);
      d.context = QUICK;
      d.run(deploy("v2"), ok("wait-stable"), ok("upsert"));
      return d;
    },
    from("creating", deploy("v2"), ok("create"), ok("db-migrate"), ok("scale-up")),
    from("scaling_up", deploy("v3"), deploy("v4"), ok("scale-up")),
    () => drive(lifecycle, [...FIRST_RUN, deploy("v2", "label")]),
  ];

  it("the scenarios take every arrow the lifecycle declares", () => {
    const taken = scenarios.flatMap((scenario) => scenario().state.history);
    expect(untakenArrows(lifecycle, taken)).toEqual([]);
  });
});

describe("stack-migration: refused events", () => {
  // `state` is the stack region's; the setup names the deployment region's.
  const rows: RefusalRow[] = [
    {
      state: "none",
      setup: [],
      refuses: [
        [op("retry"), "not-allowed-in-state"],
        [op("rollback"), "not-allowed-in-state"],
        [op("stop"), "not-allowed-in-state"],
        [op("resume"), "not-held"],
        [succeed(), "stale-stage"],
      ],
    },
    {
      state: "creating",
      setup: reach.waiting,
      refuses: [
        [op("retry"), "not-allowed-in-state"],
        [op("rollback"), "not-allowed-in-state"],
        [op("drop"), "not-allowed-in-state"],
        [deploy("v1"), "already-queued"],
        [deploy("v2"), "queued"],
        [ok("create"), "stale-stage"],
      ],
    },
    {
      state: "migrating",
      setup: reach.db_migrating,
      refuses: [
        [op("retry"), "not-allowed-in-state"],
        [deploy("v2"), "already-queued"],
        [ok("scale-down"), "stale-stage"],
        [succeed({ attempt: 2 }), "stale-attempt"],
      ],
    },
    {
      state: "stable",
      setup: FIRST_RUN,
      refuses: [
        [op("retry"), "not-allowed-in-state"],
        [op("rollback"), "not-allowed-in-state"],
        [op("remove"), "not-allowed-in-state"],
        [fail({ stage: "scale-up" }), "stale-stage"],
      ],
    },
    {
      state: "broken",
      setup: [...reach.db_migrating, fail()],
      refuses: [
        [op("rollback"), "not-allowed-in-state"],
        [op("stop"), "not-allowed-in-state"],
        [ok("db-migrate"), "stale-stage"],
      ],
    },
  ];

  it.each(refusalCases(rows))("%s", (_title, row, step, outcome) => expectOutcome(lifecycle, row, step, outcome));
});
