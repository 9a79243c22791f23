import type { GitHubClient, RepoRef } from "./github-client.ts";
import { surfaceName } from "./surface-mapping.ts";

/** A check run as ferry needs it: where it is, and which move of the state it last showed. */
export interface FoundCheckRun {
  readonly id: number;
  readonly url: string;
  readonly summary: string | undefined;
  /** `queued`, `in_progress` or `completed` (a finished run's check run is `completed`). */
  readonly status: string;
}

/** The deterministic key of a run's check run (its `external_id`) and GitHub deployment (its payload). */
export function runKey(deployment: string, runId: number): string {
  return `ferry:${deployment}:${runId}`;
}

/**
 * Finds the surfaces of one run by their deterministic keys, for a replica whose state file
 * does not record their ids yet. Read-only: finding nothing never makes anything.
 */
export class RunSurfaceLookup {
  constructor(
    private readonly client: GitHubClient,
    private readonly ref: RepoRef,
  ) {}

  async checkRun(deployment: string, runId: number, sha: string): Promise<FoundCheckRun | undefined> {
    const found = await this.client.request<"GET /repos/{owner}/{repo}/commits/{ref}/check-runs">(
      "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
      {
        ...this.ref,
        ref: sha,
        check_name: surfaceName(deployment),
        filter: "all",
        per_page: 100,
      },
    );
    const key = runKey(deployment, runId);
    // The oldest one with the key: were there ever two, every replica settles on the same.
    const run = found.data.check_runs
      .filter((c) => c.external_id === key)
      .sort((a, b) => Number(a.id) - Number(b.id))[0];
    return run
      ? {
          id: Number(run.id),
          url: run.html_url ?? run.url,
          summary: run.output.summary ?? undefined,
          status: run.status,
        }
      : undefined;
  }

  async checkRunById(id: number): Promise<FoundCheckRun> {
    const { data } = await this.client.request<"GET /repos/{owner}/{repo}/check-runs/{check_run_id}">(
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
      {
        ...this.ref,
        check_run_id: id,
      },
    );
    return {
      id: Number(data.id),
      url: data.html_url ?? data.url,
      summary: data.output.summary ?? undefined,
      status: data.status,
    };
  }

  async deployment(deployment: string, runId: number, sha: string, environment: string): Promise<number | undefined> {
    return (await this.runDeployment(deployment, runId, environment, sha))?.id;
  }

  /**
   * The GitHub deployment of a run and the version it deployed (its `sha`), among the
   * environment's latest 100 when the version is not known (an earlier run's: the state keeps
   * only the current run's version).
   */
  async runDeployment(
    deployment: string,
    runId: number,
    environment: string,
    sha?: string,
  ): Promise<{ id: number; sha: string } | undefined> {
    const found = await this.client.request<"GET /repos/{owner}/{repo}/deployments">(
      "GET /repos/{owner}/{repo}/deployments",
      {
        ...this.ref,
        ...(sha === undefined ? {} : { sha }),
        environment,
        per_page: 100,
      },
    );
    // The oldest one with the key: were there ever two, every replica settles on the same.
    return found.data
      .filter((d) => {
        const payload = d.payload as { ferry?: { deployment?: string; runId?: number } } | string | undefined;
        return typeof payload === "object" && payload.ferry?.deployment === deployment && payload.ferry.runId === runId;
      })
      .map((d) => ({ id: Number(d.id), sha: d.sha }))
      .sort((a, b) => a.id - b.id)[0];
  }
}
