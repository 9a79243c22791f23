import { fileURLToPath } from "node:url";
import { FerryOctokit } from "../src/adapters/github/ferry-octokit.ts";
import { formatTable } from "../src/cli/format-table.ts";
import { startTestStandin } from "../test/support/github-standin/standin-fixture.ts";
import {
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
} from "../test/app/support/ferry-harness.ts";
import { GITHUB_LIMITS, MANIFEST, profileOf, SURFACES, surfaceOf, type RequestProfile } from "./github-requests.ts";

/** What a burst of pushes cost, every figure counted: pushes made, webhooks delivered, commits and runs. */
export interface BurstResult {
  readonly pushes: number;
  /** The commits pushed, in order. */
  readonly versions: readonly string[];
  /** Webhook deliveries the stand-in made from the first push until the deployment came to rest. */
  readonly deliveries: number;
  /** The versions of the runs the burst started, in order (each a deploy of all six stages). */
  readonly runs: readonly string[];
  /** Older triggers the last run's trigger superseded while it waited (`run.coalesced` in the state). */
  readonly coalesced: number;
  /** Stage runs dispatched. */
  readonly dispatches: number;
  /** Requests by surface, state commits included (`profile.stateCommits` is counted on `ferry/state`'s history). */
  readonly profile: RequestProfile;
}

/**
 * `pushes` pushes to main in a row, each changing the deployed site, while the App (one warm replica: a Probot
 * server with ferry's Octokit, retry and throttling on, signed webhooks, `coalesceMs` at its default of 0, one
 * webhook at a time per repository as `ferry serve` runs it) is busy with the first one's deploy; then every stage
 * run completes until the deployment rests. Counts what the stand-in saw, from the first push to rest.
 */
export async function measurePushBurst(pushes: number): Promise<BurstResult> {
  const gh = await startTestStandin();
  const replica = await startReplica(gh, { clock: testClock(), Octokit: FerryOctokit });
  gh.setWebhookTargets([replica.url]);
  const owner = "acme";
  const repo = "burst";
  try {
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": MANIFEST, "site/index.html": "v0\n" },
    });
    // A first deploy, so the burst meets a warm process and a deployment at rest, as on any working day.
    await gh.push({ owner, repo, actor: "lead", branch: "main", files: { "site/index.html": "v1\n" } });
    await runToRest(gh, [replica]);
    const historyBefore = (await gh.history(owner, repo, "ferry/state", 5000)).length;
    const state = await stateOf(gh, owner, repo, "web");
    const movesBefore = state?.history.length ?? 0;
    const deliveriesBefore = gh.deliveries.length;
    const dispatchesBefore = gh.runner.all().length;
    gh.resetCounts();
    const versions: string[] = [];
    // Pushes follow each other as fast as git answers; webhooks go out as each lands, and the App takes them in turn.
    for (let i = 0; i < pushes; i++)
      versions.push(
        await gh.push({ owner, repo, actor: "lead", branch: "main", files: { "site/index.html": `burst ${i}\n` } }),
      );
    await settle(gh, [replica]);
    await runToRest(gh, [replica]);
    const counts = gh.counts();
    const after = (await stateOf(gh, owner, repo, "web"))!;
    if (after.regions["main"]?.state !== "running" || after.run?.version !== versions.at(-1))
      throw new Error(`the burst came to rest in ${after.regions["main"]?.state} on ${after.run?.version}`);
    // The runs the burst started, from the stage runs dispatched (each carries its run's id and version).
    const dispatched = gh.runner.all().slice(dispatchesBefore);
    const runs = [
      ...new Map(dispatched.map((d) => [String(d.inputs["run_id"]), String(d.inputs["version"])])).values(),
    ];
    const history = await gh.history(owner, repo, "ferry/state", 5000);
    // Newest first: the burst's commits are the ones the branch gained.
    const added = history.slice(0, history.length - historyBefore);
    const cursors = added.filter((c) => c.message.startsWith("ferry: synced ")).length;
    if (gh.violations.length > 0) throw new Error(`stand-in violations: ${JSON.stringify(gh.violations.slice(0, 3))}`);
    return {
      pushes,
      versions,
      deliveries: gh.deliveries.length - deliveriesBefore,
      runs,
      coalesced: after.run?.coalesced ?? 0,
      dispatches: dispatched.length,
      profile: profileOf(`${pushes} pushes`, counts, after.history.length - movesBefore, added.length, cursors),
    };
  } finally {
    await replica.close();
    await gh.close();
  }
}

/** What `npm run bench` prints for a burst. */
export function pushBurstReport(r: BurstResult): string {
  const p = r.profile;
  return [
    `A burst of ${r.pushes} pushes to main while the App deploys the first (\`standard\`, 6 stages; one warm replica, ferry's Octokit, coalesceMs 0), counted by the stand-in from the first push until the deployment rests`,
    formatTable(
      ["SURFACE", "ALL", "CONTENT-CREATING"],
      [
        ...SURFACES.map((s) => [s, String(p.bySurface[s].total), String(p.bySurface[s].contentCreating)]),
        ["total", String(p.total), String(p.contentCreating)],
      ],
    ),
    `\n${r.deliveries} webhooks delivered; ${p.stateCommits} commits on ferry/state (${p.cursorCommits} of them for main's sync cursor) for ${p.moves} lifecycle moves; ${r.runs.length} runs (of pushes ${r.runs.map((v) => String(r.versions.indexOf(v) + 1)).join(" and ")}; the last coalesced ${r.coalesced} older triggers); ${r.dispatches} stage runs dispatched`,
    `state reads and others, by operation: ${Object.entries(p.byOperation)
      .filter(([operation]) => ["state reads", "others"].includes(surfaceOf(operation)))
      .map(([operation, n]) => `${operation} ${n}`)
      .join(", ")}`,
    `${p.contentCreating} content-creating requests: GitHub's secondary limit allows ${GITHUB_LIMITS.contentPerMinute} a minute and ${GITHUB_LIMITS.contentPerHour} an hour`,
  ].join("\n");
}

/** The burst's size from the command line: `--burst-pushes N` (or `--pushes N` when run alone), 20 by default. */
export function burstPushes(): number {
  for (const flag of ["--burst-pushes", "--pushes"]) {
    const at = process.argv.indexOf(flag);
    if (at === -1) continue;
    const pushes = Number(process.argv[at + 1]);
    if (!Number.isInteger(pushes) || pushes < 1) throw new Error(`${flag} needs a whole number of pushes, at least 1`);
    return pushes;
  }
  return 20;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(pushBurstReport(await measurePushBurst(burstPushes())));
}
