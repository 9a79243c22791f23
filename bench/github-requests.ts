/**
 * GitHub requests of a first `standard` deploy and of an update deploy, in a warm and in a new process, by
 * surface, and the deploys per hour one installation sustains within GitHub's limits (issue 12, point 4; issue 17).
 * Part of `npm run bench`; run alone: `npx tsx bench/github-requests.ts`.
 */
import { fileURLToPath } from "node:url";
import { FerryOctokit } from "../src/adapters/github/ferry-octokit.ts";
import { formatTable } from "../src/cli/format-table.ts";
import { CONTENT_CREATING_OPERATIONS, type RequestCounts } from "../test/support/github-standin/request-counter.ts";
import { startTestStandin } from "../test/support/github-standin/standin-fixture.ts";
import {
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
} from "../test/app/support/ferry-harness.ts";

/** Where a request went, as people and GitHub's limits see it. */
export const SURFACES = [
  "state commits",
  "state reads",
  "check runs",
  "commit statuses",
  "deployments",
  "deployment statuses",
  "stage dispatches",
  "others",
] as const;
export type Surface = (typeof SURFACES)[number];

/** Requests of one scenario, per surface: all of them and the content-creating ones. */
export interface RequestProfile {
  readonly scenario: string;
  /** Lifecycle moves the deploy made (transitions recorded in the state's history). */
  readonly moves: number;
  /** Commits the deploy added to `ferry/state`. */
  readonly stateCommits: number;
  /** Of those, the ones that only moved a trigger branch's sync cursor (`ferry: synced main to …`). */
  readonly cursorCommits: number;
  readonly bySurface: Readonly<Record<Surface, { readonly total: number; readonly contentCreating: number }>>;
  readonly total: number;
  readonly contentCreating: number;
  /** Every operation and its count, for whoever wants the detail. */
  readonly byOperation: Readonly<Record<string, number>>;
}

/** GitHub's documented limits for one installation (docs: "Rate limits for the REST API"). */
export const GITHUB_LIMITS = {
  /** Primary: requests per hour for an app installation (the floor; large organisations get more). */
  requestsPerHour: 5000,
  /** Secondary: content-creating requests per minute. */
  contentPerMinute: 80,
  /** Secondary: content-creating requests per hour. */
  contentPerHour: 500,
} as const;

/** Issue 12's target for a first `standard` deploy (merge to `running`, `ferry/state` created on the way). */
export const FIRST_DEPLOY_GOAL = { total: 32, contentCreating: 28 } as const;

/** Deploys per hour within each limit, and the one that binds. */
export function deploysPerHour(profile: RequestProfile): {
  primary: number;
  perMinuteContent: number;
  perHourContent: number;
  sustained: number;
} {
  const primary = GITHUB_LIMITS.requestsPerHour / profile.total;
  const perMinuteContent = (GITHUB_LIMITS.contentPerMinute * 60) / profile.contentCreating;
  const perHourContent = GITHUB_LIMITS.contentPerHour / profile.contentCreating;
  return { primary, perMinuteContent, perHourContent, sustained: Math.min(primary, perMinuteContent, perHourContent) };
}

/** GraphQL mutations on `ferry/state` (ferry names its documents): each writes a commit or a ref. */
const CONTENT_MUTATIONS = /^graphql:(ferryWriteState|createCommitOnBranch|createRef)$/;

export function surfaceOf(operation: string): Surface {
  if (CONTENT_MUTATIONS.test(operation) || /^git\/create-(blob|tree|commit|ref)$|^git\/update-ref$/.test(operation))
    return "state commits";
  if (operation.startsWith("graphql:")) return "state reads";
  if (operation.startsWith("checks/")) return "check runs";
  if (/^repos\/(create-commit-status|list-commit-statuses-for-ref|get-combined-status-for-ref)$/.test(operation))
    return "commit statuses";
  if (/deployment-status/.test(operation)) return "deployment statuses";
  if (/^repos\/(create|list|get|delete)-deployments?$/.test(operation)) return "deployments";
  if (operation === "actions/create-workflow-dispatch") return "stage dispatches";
  return "others";
}

/** A `standard` manifest with all six stages and its rollback, as a first deploy runs them. */
export const MANIFEST = `lifecycle: standard
environment: production
triggers:
  paths: ["site/**"]
stages:
${["validate", "fetch", "prepare", "install", "activate", "health-check", "rollback"]
  .map((stage) => `  ${stage}:\n    steps:\n      - run: echo ${stage}\n`)
  .join("")}`;

/** The scenarios, in the order they run: each merges one pull request and runs the deploy to rest. */
export const SCENARIOS = ["first deploy", "update deploy", "update deploy, new process"] as const;

/** What `measureGitHubRequests` counted: each scenario, and what the restarted process asked at its start. */
export interface RequestReport {
  readonly profiles: readonly RequestProfile[];
  /** Requests of the new process's start-up pass (installations, repositories, state branches), before any webhook. */
  readonly startup: { readonly total: number; readonly byOperation: Readonly<Record<string, number>> };
}

/**
 * GitHub requests of a first `standard` deploy (a merge to `running`, `ferry/state` created on the
 * way) and of update deploys, counted by the stand-in while the real App serves them: a Probot
 * server with ferry's Octokit (Probot's with its retry and throttling plugins on, as `ferry serve` runs it) receiving
 * signed webhooks. The first and second deploys run in one process, which keeps what it may keep between
 * webhooks (the app's login, installation tokens); the third runs in a process started just before its merge, so
 * it pays what a restarted or newly added replica pays (its start-up pass is counted apart: `startup`). Each stage
 * run completes as soon as it is dispatched. Everything between the merge and the deployment at rest counts, the
 * pull request's own checks excepted.
 */
export async function measureGitHubRequests(): Promise<RequestReport> {
  const gh = await startTestStandin();
  const start = () => startReplica(gh, { clock: testClock(), Octokit: FerryOctokit });
  let replica = await start();
  gh.setWebhookTargets([replica.url]);
  const owner = "acme";
  const repo = "bench";
  let startup: RequestReport["startup"] = { total: 0, byOperation: {} };
  try {
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": MANIFEST, "site/index.html": "v0\n" },
    });
    gh.setPermission(owner, repo, "lead", "write");
    const profiles: RequestProfile[] = [];
    for (const [i, scenario] of SCENARIOS.entries()) {
      const pr = await gh.openPullRequest({
        owner,
        repo,
        actor: "dev",
        head: `change-${i}`,
        files: { "site/index.html": `v${i + 1}\n` },
      });
      await settle(gh, [replica]);
      // The pull request's webhook reconciles main first, which creates ferry/state with main's cursor;
      // the first deploy is the first with no deployment state at all.
      if (i === 0 && (await stateOf(gh, owner, repo, "web")) !== undefined)
        throw new Error("web has a state before the first merge: this would not be a first deploy");
      if (scenario === "update deploy, new process") {
        await replica.close();
        gh.resetCounts();
        replica = await start();
        gh.setWebhookTargets([replica.url]);
        const counted = gh.counts();
        startup = { total: counted.total, byOperation: counted.byOperation };
      }
      const before = (await gh.history(owner, repo, "ferry/state", 500)).length;
      const movesBefore = (await stateOf(gh, owner, repo, "web"))?.history.length ?? 0;
      gh.resetCounts();
      await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
      await runToRest(gh, [replica]);
      const counts = gh.counts();
      const state = await stateOf(gh, owner, repo, "web");
      if (state?.regions["main"]?.state !== "running")
        throw new Error(`${scenario} came to rest in ${state?.regions["main"]?.state}, not running`);
      const history = await gh.history(owner, repo, "ferry/state", 500);
      // Newest first: the deploy's commits are the ones the branch gained.
      const added = history.slice(0, history.length - before);
      const cursors = added.filter((c) => c.message.startsWith("ferry: synced ")).length;
      profiles.push(profileOf(scenario, counts, state.history.length - movesBefore, added.length, cursors));
    }
    const failed = gh.rejections.filter((r) => r.status >= 400 && r.status !== 404 && r.status !== 409);
    if (failed.length > 0) throw new Error(`GitHub rejected requests: ${JSON.stringify(failed.slice(0, 3))}`);
    if (gh.violations.length > 0) throw new Error(`stand-in violations: ${JSON.stringify(gh.violations.slice(0, 3))}`);
    return { profiles, startup };
  } finally {
    await replica.close();
    await gh.close();
  }
}

export function profileOf(
  scenario: string,
  counts: RequestCounts,
  moves: number,
  stateCommits: number,
  cursorCommits: number,
): RequestProfile {
  const bySurface = Object.fromEntries(SURFACES.map((s) => [s, { total: 0, contentCreating: 0 }])) as Record<
    Surface,
    { total: number; contentCreating: number }
  >;
  for (const [operation, n] of Object.entries(counts.byOperation)) {
    const surface = bySurface[surfaceOf(operation)];
    surface.total += n;
    if (isContentCreating(operation)) surface.contentCreating += n;
  }
  const counted = Object.values(bySurface).reduce((n, s) => n + s.contentCreating, 0);
  if (counted !== counts.byKind.contentCreating)
    throw new Error(
      `surfaces hold ${counted} content-creating requests, the stand-in counted ${counts.byKind.contentCreating}: ${JSON.stringify(counts.byOperation)}`,
    );
  return {
    scenario,
    moves,
    stateCommits,
    cursorCommits,
    bySurface,
    total: counts.total,
    contentCreating: counts.byKind.contentCreating,
    byOperation: counts.byOperation,
  };
}

/** The stand-in's rule (request-counter.ts): its content-creating REST operations and GraphQL mutations. */
function isContentCreating(operation: string): boolean {
  return CONTENT_CREATING_OPERATIONS.has(operation) || CONTENT_MUTATIONS.test(operation);
}

/** The tables `npm run bench` prints: requests by surface, commits per move, deploys per hour. */
export function githubRequestsReport({ profiles, startup }: RequestReport): string {
  const lines = [
    `GitHub requests of one deploy of \`standard\` (6 stages), counted by the stand-in while the real App serves the webhooks; the first two deploys in one process, the third in a process started just before its merge (goal for a first deploy: ≤ ${FIRST_DEPLOY_GOAL.total} in all, ≤ ${FIRST_DEPLOY_GOAL.contentCreating} content-creating)`,
    formatTable(
      ["SURFACE", ...profiles.flatMap((p) => [`${p.scenario}: ALL`, "CONTENT-CREATING"])],
      [
        ...SURFACES.map((surface) => [
          surface,
          ...profiles.flatMap((p) => [
            String(p.bySurface[surface].total),
            String(p.bySurface[surface].contentCreating),
          ]),
        ]),
        ["total", ...profiles.flatMap((p) => [String(p.total), String(p.contentCreating)])],
      ],
    ),
  ];
  const first = profiles.find((p) => p.scenario === "first deploy");
  if (first) {
    const met = (n: number, goal: number) => `goal ≤ ${goal}: ${n <= goal ? "met" : "not met"}`;
    lines.push(
      `\nFirst deploy: ${first.total} requests (${met(first.total, FIRST_DEPLOY_GOAL.total)}), ${first.contentCreating} content-creating (${met(first.contentCreating, FIRST_DEPLOY_GOAL.contentCreating)})`,
    );
  }
  const commits = profiles.map(
    (p) =>
      `${p.scenario}: ${p.moves} moves in ${p.stateCommits - p.cursorCommits} commits, and ${p.cursorCommits} for main's sync cursor`,
  );
  const operations = Object.entries(startup.byOperation).map(([operation, n]) => `${operation} ${n}`);
  lines.push(
    `\nThe new process's start-up pass, before its first webhook (not in the table): ${startup.total} requests (${operations.join(", ")})`,
  );
  lines.push(`\nState commits: ${commits.join("; ")}`);
  lines.push(
    `\nDeploys per hour one installation sustains (primary ${GITHUB_LIMITS.requestsPerHour.toLocaleString("en-US")} requests/h; secondary ${GITHUB_LIMITS.contentPerMinute} content-creating/min and ${GITHUB_LIMITS.contentPerHour}/h)`,
    formatTable(
      ["DEPLOY", "PRIMARY", "SECONDARY /min", "SECONDARY /h", "SUSTAINED"],
      profiles.map((p) => {
        const d = deploysPerHour(p);
        return [
          p.scenario,
          d.primary.toFixed(1),
          d.perMinuteContent.toFixed(1),
          d.perHourContent.toFixed(1),
          d.sustained.toFixed(1),
        ];
      }),
    ),
  );
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(githubRequestsReport(await measureGitHubRequests()));
}
