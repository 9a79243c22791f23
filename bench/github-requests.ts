import { GitHubReporter } from "../src/adapters/github/github-reporter.ts";
import { GitHubStateStore } from "../src/adapters/github/github-state-store.ts";
import type { DeploymentState } from "../src/core/deployment-state.ts";
import { installationOctokit, startTestStandin } from "../test/support/github-standin/standin-fixture.ts";
import { engineWith, events, specFor } from "../test/support/engine-fixture.ts";

export interface RequestRow {
  readonly scenario: string;
  readonly stateChanges: number;
  readonly stateBranch: number;
  readonly checkRun: number;
  readonly commitStatus: number;
  readonly deployment: number;
  readonly contentCreating: number;
  readonly total: number;
}

const SURFACES = {
  stateBranch: [/^graphql:/, /^git\/create-(tree|commit|ref)$/],
  checkRun: [/^checks\//],
  commitStatus: [/^repos\/create-commit-status$/],
  deployment: [/^repos\/(create-deployment|create-deployment-status|list-deployments)$/],
} as const;

function bySurface(
  byOperation: Record<string, number>,
): Omit<RequestRow, "scenario" | "stateChanges" | "contentCreating" | "total"> {
  const sum = (patterns: readonly RegExp[]) =>
    Object.entries(byOperation)
      .filter(([op]) => patterns.some((p) => p.test(op)))
      .reduce((n, [, c]) => n + c, 0);
  return {
    stateBranch: sum(SURFACES.stateBranch),
    checkRun: sum(SURFACES.checkRun),
    commitStatus: sum(SURFACES.commitStatus),
    deployment: sum(SURFACES.deployment),
  };
}

/**
 * GitHub requests per recorded state change, by surface, against the stand-in: a steady run of
 * stage results on one deployment, and a burst of 100 triggers across 10 deployments.
 */
export async function measureGitHubRequests(): Promise<RequestRow[]> {
  const gh = await startTestStandin();
  try {
    const rows: RequestRow[] = [];
    const info = await gh.createRepo({ owner: "acme", name: "bench", files: { "README.md": "bench\n" } });
    const octokit = installationOctokit(gh, info.installationId!);
    const ref = { owner: "acme", repo: "bench" };
    const stages = ["validate", "fetch", "prepare", "install", "activate", "health-check", "rollback"];

    // Steady state: one deployment moving stage by stage; warm up first so ids are known.
    const store = new GitHubStateStore(octokit, ref);
    const steady = engineWith(store, [specFor("web", "standard", stages)], {
      reporter: new GitHubReporter(octokit, ref),
    });
    await steady.engine.submit([events.deploy("web", info.headSha!)]);
    await steady.engine.idle();
    gh.resetCounts();
    let changes = 0;
    for (let i = 0; i < 5; i++) {
      const read = (await store.read(["web"])).deployments.get("web");
      if (read?.kind !== "ok") break;
      const state: DeploymentState = read.state;
      if (!state.stages.some((s) => s.status === "dispatching" || s.status === "running")) break;
      await steady.engine.submit([events.stage("web", "stage.succeeded", state)]);
      await steady.engine.idle();
      changes += 2; // the stage result, then the next stage's dispatch record
    }
    rows.push(row("steady: stage results on 1 deployment", changes, gh.counts()));

    // Burst: 100 triggers across 10 deployments arriving within one coalescing window.
    const names = Array.from({ length: 10 }, (_, i) => `svc-${i}`);
    const burstStore = new GitHubStateStore(octokit, ref);
    const burst = engineWith(
      burstStore,
      names.map((n) => specFor(n, "standard", stages)),
      { reporter: new GitHubReporter(octokit, ref), coalesceMs: 50 },
    );
    // Ten real commits: the first trigger per deployment runs (and is reported on its commit), the rest queue.
    const shas: string[] = [];
    for (let v = 0; v < 10; v++)
      shas.push(
        await gh.push({
          owner: "acme",
          repo: "bench",
          branch: "main",
          files: { "version.txt": `${v}\n` },
          message: `v${v}`,
          actor: "octocat",
        }),
      );
    gh.resetCounts();
    const triggers = names.flatMap((n) => shas.map((sha) => events.deploy(n, sha)));
    await Promise.all(triggers.map((t) => burst.engine.submit([t])));
    await burst.engine.idle();
    rows.push(row("burst: 100 triggers, 10 deployments", 100, gh.counts()));
    const failed = gh.rejections.filter((r) => r.status >= 400 && r.status !== 409);
    if (failed.length > 0) throw new Error(`GitHub rejected requests: ${JSON.stringify(failed.slice(0, 3))}`);
    if (gh.violations.length > 0) throw new Error(`stand-in violations: ${JSON.stringify(gh.violations.slice(0, 3))}`);
    return rows;
  } finally {
    await gh.close();
  }
}

function row(
  scenario: string,
  stateChanges: number,
  counts: { byOperation: Record<string, number>; byKind: { contentCreating: number }; total: number },
): RequestRow {
  return {
    scenario,
    stateChanges,
    ...bySurface(counts.byOperation),
    contentCreating: counts.byKind.contentCreating,
    total: counts.total,
  };
}
