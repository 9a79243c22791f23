import { expect } from "vitest";
import type { GitHubStandin } from "../../support/github-standin/index.ts";

/** What GitHub shows for one run of a deployment: its check run, its version's commit status, its deployment. */
export interface RunSurfaces {
  readonly run: number;
  readonly sha: string;
  /** `status/conclusion` of the run's check run. */
  readonly check: string;
  /** Every `ferry/<name>` commit status state on the run's version, oldest first. */
  readonly statuses: readonly string[];
  /** Every status of the run's deployment, oldest first. */
  readonly deployment: readonly string[];
}

/** Every run's surfaces, each found once: one check run and one deployment per run, or the test fails. */
export function runSurfacesOf(gh: GitHubStandin, owner: string, repo: string, name: string): RunSurfaces[] {
  const checks = gh.checkRuns(owner, repo).filter((c) => c.name === `ferry/${name}`);
  const deployments = gh.deployments(owner, repo);
  const runs = checks.map((c) => Number(c.externalId?.split(":")[2]));
  expect(new Set(runs).size).toBe(runs.length);
  expect(deployments).toHaveLength(runs.length);
  return checks.map((c, i) => {
    const run = runs[i]!;
    const deployment = deployments.filter(
      (d) => typeof d.payload === "object" && (d.payload["ferry"] as { runId?: number }).runId === run,
    );
    expect(deployment).toHaveLength(1);
    return {
      run,
      sha: c.headSha,
      check: `${c.status}/${c.conclusion ?? ""}`,
      statuses: gh
        .listStatuses(owner, repo, c.headSha)
        .filter((s) => s.context === `ferry/${name}`)
        .map((s) => s.state),
      deployment: deployment[0]!.statuses.map((s) => s.state),
    };
  });
}

/**
 * What `standard` shows after v2's health check fails and ferry rolls back to v1: run 1 (v1) succeeded, run 2 (v2)
 * failed, run 3 (the rollback, v1 again) succeeded. Runs 1 and 3 deploy the same commit, so v1's statuses are both
 * runs' in turn; GitHub leaves a production deployment's status alone when a newer one succeeds.
 */
export function standardRollbackSurfaces(v1: string, v2: string): RunSurfaces[] {
  const succeededOnV1 = {
    sha: v1,
    check: "completed/success",
    statuses: ["pending", "success", "pending", "success"],
    deployment: ["in_progress", "success"],
  };
  return [
    { run: 1, ...succeededOnV1 },
    {
      run: 2,
      sha: v2,
      check: "completed/failure",
      statuses: ["pending", "failure"],
      deployment: ["in_progress", "failure"],
    },
    { run: 3, ...succeededOnV1 },
  ];
}
