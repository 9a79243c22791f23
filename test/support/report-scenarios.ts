/**
 * Real ferry runs of each report kind, driven through the core's `transition` (and, for a fleet,
 * its `tickFleet`): the golden tests pin their pages, the rendering test parses them, and
 * `npm run docs:screenshots` draws them for the README. One source, so the pictures show what the
 * tests check.
 */
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { deploymentSummary } from "../../src/core/deployment-summary.ts";
import { tickFleet } from "../../src/core/fleet-tick.ts";
import { DEFAULT_FLEET_POLICY, type FleetInstance, type FleetPolicy } from "../../src/core/fleet-state.ts";
import type { Lifecycle } from "../../src/core/lifecycle.ts";
import type { SummaryLinks } from "../../src/core/summary-links.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, drive, fail, op, report, succeed, type Step } from "../core/lifecycles/drive.ts";

export const V1 = "ea861e269c0fe6d9cd0ac1fab7cae4aa39c20b22";
export const V2 = "8d15309e2d1fa29cb010091d722796918f8afaa8";
export const REPO = "https://github.com/acme/web";
export const LINKS: SummaryLinks = { repository: REPO, environmentUrl: "https://web.acme.example" };
export const job = (n: number): string => `${REPO}/actions/runs/${n}/job/${n + 1000}`;

const FULL: TransitionContext = {
  stages: Object.fromEntries(
    ["validate", "fetch", "prepare", "install", "activate", "health-check", "update", "rollback"].map((s) => [s, {}]),
  ),
};

function at(iso: string, inner: Step): Step {
  return { label: inner.label, build: (state) => ({ ...inner.build(state), at: iso }) };
}
function byFerry(iso: string, inner: Step): Step {
  return { label: inner.label, build: (state) => ({ ...inner.build(state), at: iso, actor: "ferry" }) };
}
/** The merge of pull request `pr` at `iso`: the App's trigger, which knows the pull request. */
function merged(iso: string, version: string, pr: number): Step {
  const inner = deploy(version);
  return { label: inner.label, build: (state) => ({ ...inner.build(state), at: iso, pullRequest: pr }) };
}
const ok = (iso: string, n: number, stage?: string): Step =>
  byFerry(iso, succeed({ url: job(n), message: "1 step succeeded", ...(stage ? { stage } : {}) }));

/** The six stages of V1's first deploy, from 10:00 to 10:02:30, jobs numbered from `n`. */
function sixStages(n: number): Step[] {
  return ["00:00.400", "00:03.900", "00:05.000", "02:15.000", "02:18.500", "02:30.000"].map((t, i) =>
    ok(`2030-01-01T10:${t}Z`, n + i),
  );
}

/** V1, merged as pull request #11, deployed through all six stages. */
const FIRST_DEPLOY: Step[] = [merged("2030-01-01T10:00:00.000Z", V1, 11), ...sixStages(1)];
/** V2, merged as #12, fails its health check; the lifecycle rolls back to V1. */
const ROLLED_BACK: Step[] = [
  ...FIRST_DEPLOY,
  merged("2030-01-01T11:00:00.000Z", V2, 12),
  ok("2030-01-01T11:00:02.000Z", 7),
  ok("2030-01-01T11:01:00.000Z", 8),
  ok("2030-01-01T11:01:04.000Z", 9),
  byFerry(
    "2030-01-01T11:01:34.500Z",
    fail({ url: job(10), message: 'step "wait for the app to answer" failed: GET /health → 503' }),
  ),
  ok("2030-01-01T11:01:40.000Z", 11),
];
/** V2 merged while V1's first deploy runs, by a trigger that knew no pull request (local mode): it waits in the queue, then runs as run 2. */
const QUEUED: Step[] = [
  at("2030-01-01T10:00:00.000Z", deploy(V1)),
  ok("2030-01-01T10:00:00.400Z", 1),
  at("2030-01-01T10:00:02.000Z", deploy(V2)),
  ...sixStages(1).slice(1),
  ok("2030-01-01T10:02:31.000Z", 7),
  ok("2030-01-01T10:03:00.000Z", 8),
  ok("2030-01-01T10:03:02.500Z", 9),
  ok("2030-01-01T10:03:10.000Z", 10),
];
const PREVIEW_CONTEXT: TransitionContext = {
  stages: { initialize: {}, deploy: {}, pause: {}, drop: {} },
  timers: { "pause-after": 3600, "drop-after": 7 * 86_400 },
  allowDrop: true,
};
/** The preview of pull request #14, paused by hand. */
const PAUSED: Step[] = [
  merged("2030-01-01T09:00:00.000Z", V1, 14),
  ok("2030-01-01T09:01:00.000Z", 1),
  ok("2030-01-01T09:03:00.000Z", 2),
  at("2030-01-01T09:30:00.000Z", op("pause")),
  ok("2030-01-01T09:30:20.000Z", 3),
];
/** The stack exists after V1's run; V2 migrates it: scale down, migrate infrastructure and data, scale up. */
const MIGRATED: Step[] = [
  at("2030-01-01T08:00:00.000Z", deploy(V1)),
  ok("2030-01-01T08:00:05.000Z", 1, "wait-stable"),
  ok("2030-01-01T08:03:05.000Z", 2, "create"),
  ok("2030-01-01T08:04:00.000Z", 3, "db-migrate"),
  ok("2030-01-01T08:04:30.000Z", 4, "scale-up"),
  at("2030-01-01T09:00:00.000Z", deploy(V2)),
  ok("2030-01-01T09:00:04.000Z", 5, "wait-stable"),
  ok("2030-01-01T09:00:40.000Z", 6, "scale-down"),
  ok("2030-01-01T09:02:50.000Z", 7, "infra-migrate"),
  ok("2030-01-01T09:03:10.500Z", 8, "db-migrate"),
  ok("2030-01-01T09:03:55.000Z", 9, "scale-up"),
];
/** V1 on twelve instances; V2 (#13) rolls out three at a time and is in its second batch. */
const FLEET: Step[] = [
  at("2030-01-01T07:00:00.000Z", deploy(V1)),
  ok("2030-01-01T07:06:00.000Z", 1, "rollout"),
  merged("2030-01-01T08:00:00.000Z", V2, 13),
  byFerry("2030-01-01T08:00:20.000Z", report("stage.started", { url: job(2) })),
];

/** One report kind: a run and the moment its page is drawn. */
export interface ReportScenario {
  readonly name: string;
  /** What the README calls it. */
  readonly title: string;
  readonly lifecycle: Lifecycle;
  readonly state: DeploymentState;
  readonly now: string;
  /** The page of this earlier run rather than the current one. */
  readonly run?: number;
}

function scenario(
  name: string,
  title: string,
  lifecycle: Lifecycle,
  steps: readonly Step[],
  context: TransitionContext,
  now: string,
  run?: number,
): ReportScenario {
  const { state } = drive(lifecycle, steps, context);
  return { name, title, lifecycle, state, now, ...(run === undefined ? {} : { run }) };
}

const FLEET_POLICY: FleetPolicy = { ...DEFAULT_FLEET_POLICY, batchSize: { kind: "count", count: 3 } };

/**
 * The fleet's record as ferry's tick leaves it: the rollout of V2 starts (batch 1), the first
 * three instances report V2 healthy, and the next tick advances to batch 2. One instance still on
 * V1 reports itself degraded, which the page lists.
 */
function fleetRollout(): ReportScenario {
  const standing = scenario("fleet", "", builtinLifecycle("rolling"), FLEET, {}, "2030-01-01T08:05:00.000Z");
  const ids = Array.from({ length: 12 }, (_, k) => `web-${String(k + 1).padStart(2, "0")}`);
  const instance = (id: string, version: string, lastSeen: string): FleetInstance => ({
    id,
    currentVersion: version,
    status: "HEALTHY",
    message: null,
    lastSeen,
  });
  const inventory = new Map(ids.map((id) => [id, instance(id, V1, "2030-01-01T08:01:00.000Z")]));
  const first = tickFleet(inventory, undefined, standing.state, FLEET_POLICY, "2030-01-01T08:01:00.000Z");
  const later = "2030-01-01T08:03:00.000Z";
  for (const id of ids.slice(0, 3)) inventory.set(id, instance(id, V2, later));
  inventory.set("web-09", {
    ...instance("web-09", V1, later),
    status: "DEGRADED",
    message: "disk 91% full on /var/lib/web",
  });
  const second = tickFleet(inventory, first.record, standing.state, FLEET_POLICY, later);
  return {
    ...standing,
    name: "fleet-rollout",
    title: "A fleet rollout in its second batch",
    state: { ...standing.state, fleet: second.record },
  };
}

export const REPORT_SCENARIOS: readonly ReportScenario[] = [
  scenario("success", "A success", builtinLifecycle("standard"), FIRST_DEPLOY, FULL, "2030-01-01T10:05:30.000Z"),
  scenario(
    "rolled-back",
    "A failure that was rolled back",
    builtinLifecycle("standard"),
    ROLLED_BACK,
    FULL,
    "2030-01-01T11:04:40.000Z",
  ),
  scenario(
    "failed-run",
    "The failed run a rollback replaced",
    builtinLifecycle("standard"),
    ROLLED_BACK.slice(0, -1),
    FULL,
    "2030-01-01T11:01:36.000Z",
    2,
  ),
  scenario(
    "queued-then-run",
    "A push that waited in the queue",
    builtinLifecycle("standard"),
    QUEUED,
    FULL,
    "2030-01-01T10:15:00.000Z",
  ),
  scenario(
    "paused-preview",
    "A paused preview",
    builtinLifecycle("preview"),
    PAUSED,
    PREVIEW_CONTEXT,
    "2030-01-01T12:00:00.000Z",
  ),
  scenario(
    "stack-migration",
    "A two-region stack migration",
    builtinLifecycle("stack-migration"),
    MIGRATED,
    {},
    "2030-01-01T09:05:00.000Z",
  ),
  fleetRollout(),
];

export function reportScenario(name: string): ReportScenario {
  const found = REPORT_SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`no report scenario ${name}`);
  return found;
}

/** The check run's Markdown for a scenario, as the GitHub reporter builds it. */
export function scenarioMarkdown(s: ReportScenario): string {
  return deploymentSummary(s.lifecycle, s.state, undefined, {
    now: s.now,
    links: LINKS,
    ...(s.run === undefined ? {} : { run: s.run }),
  });
}
