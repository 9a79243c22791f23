import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runGit } from "../../adapters/local/run-git.ts";
import { fleetToken, localFleetSecret } from "../../app/fleet/fleet-token.ts";
import { commonGitDir, LOCAL_REPOSITORY } from "../local/local-fleet.ts";
import { checkSimulation } from "./check-simulation.ts";
import { percentile, SimulatedFleet } from "./simulated-fleet.ts";
import { formatFleetAmount } from "../fleet-amount-option.ts";
import { SIMULATED_VERSIONS, type SimulationPlan } from "./simulation-plan.ts";
import { inProcessServer, type SimulationServer } from "./simulation-server.ts";
import { RolloutTracker, type RolloutResult } from "./rollout-tracker.ts";

export const SIMULATED_DEPLOYMENT = "web";
/** What each round stands for: the agents' default heartbeat interval. */
const SIMULATED_INTERVAL_MS = 10_000;

export interface SimulationRunOptions {
  /** Requests in flight at once; default 64. */
  readonly concurrency?: number;
  /** Real milliseconds each round's heartbeats are spread over; default 0 (all at once). */
  readonly paceMs?: number;
  /** Keeps the temporary repository (its path is in the result). */
  readonly keep?: boolean;
  /** A line for each thing that happens at the deployment level. */
  readonly progress?: (line: string) => void;
  /** The server to run against; default `ferry serve --local`'s in this process. */
  readonly server?: (repo: string) => Promise<SimulationServer>;
}

export interface SimulationResult {
  readonly repository: string | null;
  readonly rollouts: readonly RolloutResult[];
  readonly rounds: number;
  readonly heartbeats: { readonly count: number; readonly p50Ms: number; readonly p99Ms: number };
  readonly stateCommits: { readonly fleet: number; readonly lifecycle: number };
  /** Where the fleet did not behave as the lifecycle says; empty when it did. */
  readonly problems: readonly string[];
}

/**
 * `ferry fleet simulate`: a temporary repository with one fleet deployment, `ferry serve --local`'s
 * server in this process, and the plan's agents against it over HTTP. Deploys v1, then the broken
 * v2, whose failures cross the threshold so that the lifecycle rolls back to v1; then checks every
 * rollout against what the plan worked out.
 */
export async function runSimulation(
  plan: SimulationPlan,
  options: SimulationRunOptions = {},
): Promise<SimulationResult> {
  const repo = await simulationRepository(plan);
  // The key first: a server in another process then reads the same one.
  const key = await localFleetSecret(await commonGitDir(repo));
  const server = await (options.server ?? ((r) => inProcessServer(r, options.progress ?? (() => {}))))(repo);
  const fleet = new SimulatedFleet({
    url: server.url,
    token: fleetToken(key, { repository: LOCAL_REPOSITORY, deployment: SIMULATED_DEPLOYMENT, generation: 1 }),
    deployment: SIMULATED_DEPLOYMENT,
    plan,
    intervalMs: SIMULATED_INTERVAL_MS,
    concurrency: options.concurrency ?? 64,
    paceMs: options.paceMs ?? 0,
  });
  const tracker = new RolloutTracker(server, SIMULATED_DEPLOYMENT, options.progress ?? (() => {}));
  let rounds = 0;
  /** Heartbeat rounds, each followed by a tick, until `done` or `limit` rounds. */
  const drive = async (limit: number, done: () => boolean) => {
    for (let i = 0; i < limit && !done(); i++) {
      await fleet.round();
      rounds++;
      await server.tick();
      await tracker.observe(rounds);
    }
  };
  try {
    await fleet.start();
    await server.tick();
    await server.deploy(SIMULATED_DEPLOYMENT, SIMULATED_VERSIONS.good);
    await server.tick();
    await tracker.observe(rounds);
    await drive(plan.expected.goodBatches * 3 + 5, () => tracker.ended.length >= 1);
    await server.deploy(SIMULATED_DEPLOYMENT, SIMULATED_VERSIONS.broken);
    await server.tick();
    await tracker.observe(rounds);
    await drive(plan.expected.broken.batches * 3 + 10, () => tracker.ended.some((r) => r.kind === "rollback"));
    const commits = await stateCommitSubjects(repo);
    const rollouts = tracker.results(commits);
    const instances = await server.instances(SIMULATED_DEPLOYMENT);
    return {
      repository: options.keep ? repo : null,
      rollouts,
      rounds,
      heartbeats: {
        count: fleet.heartbeatMs.length,
        p50Ms: round2(percentile(fleet.heartbeatMs, 50)),
        p99Ms: round2(percentile(fleet.heartbeatMs, 99)),
      },
      stateCommits: {
        fleet: commits.filter(isFleetCommit).length,
        lifecycle: commits.filter((c) => !isFleetCommit(c)).length,
      },
      problems: checkSimulation(plan, { rollouts, instances, updates: fleet.updates, exits: fleet.exits }),
    };
  } finally {
    await fleet.close();
    await server.close();
    if (!options.keep) rmSync(repo, { recursive: true, force: true });
  }
}

/** A new repository whose one commit holds the fleet's manifest. */
async function simulationRepository(plan: SimulationPlan): Promise<string> {
  const repo = mkdtempSync(join(tmpdir(), "ferry-simulate-"));
  const { settings } = plan;
  mkdirSync(join(repo, ".ferry/deployments"), { recursive: true });
  writeFileSync(
    join(repo, `.ferry/deployments/${SIMULATED_DEPLOYMENT}.yml`),
    [
      "lifecycle: rolling",
      `description: ${settings.instances} simulated instances (ferry fleet simulate --seed ${settings.seed})`,
      "strategy:",
      "  fleet: true",
      `  batchSize: ${JSON.stringify(formatFleetAmount(settings.batchSize))}`,
      `  failureThreshold: ${JSON.stringify(formatFleetAmount(settings.failureThreshold))}`,
      "  autoRollback: true",
      "  degraded: block",
      "",
    ].join("\n"),
  );
  const identity = [
    "-c",
    "user.name=ferry simulate",
    "-c",
    "user.email=simulate@ferry.invalid",
    "-c",
    "commit.gpgsign=false",
  ];
  await runGit(repo, ["init", "--quiet", "--initial-branch=main"]);
  await runGit(repo, ["add", "."]);
  await runGit(repo, [...identity, "commit", "--quiet", "-m", "a simulated fleet"]);
  return repo;
}

async function stateCommitSubjects(repo: string): Promise<string[]> {
  const log = await runGit(repo, ["log", "--reverse", "--format=%s", "ferry/state"]);
  return log.stdout.split("\n").filter((line) => line !== "");
}

export function isFleetCommit(subject: string): boolean {
  return subject.startsWith(`${SIMULATED_DEPLOYMENT}: fleet `);
}

function round2(ms: number): number {
  return Math.round(ms * 100) / 100;
}
