import { deploymentSummary, stateLine } from "../../core/deployment-summary.ts";
import { silentLogger, type Logger } from "../../ports/logger.ts";
import type { DeploymentView, Reporter } from "../../ports/reporter.ts";
import { checkRunActions } from "./check-run-actions.ts";
import { statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";
import { clip, shortDescription, surfaceName, surfaceStatus } from "./surface-mapping.ts";

const SUMMARY_LIMIT = 65_535;

/**
 * Projects deployment states onto GitHub: a check run per run (created once, then updated), a
 * commit status on the run's version, and a GitHub deployment per run with its statuses. It
 * remembers ids and what it last sent, so a steady state change costs one request per surface
 * and an unchanged surface costs none; after a restart one lookup finds the existing check run
 * and deployment again, so reporting twice never duplicates them.
 */
export class GitHubReporter implements Reporter {
  private readonly checkRuns = new Map<string, { id: number; url: string }>();
  private readonly deployments = new Map<string, number>();
  private readonly sent = new Map<string, string>();

  constructor(
    private readonly client: GitHubClient,
    private readonly ref: RepoRef,
    private readonly log: Logger = silentLogger,
  ) {}

  async report(views: readonly DeploymentView[]): Promise<void> {
    for (const view of views) {
      const run = view.state.run;
      if (!run) continue;
      try {
        const checkUrl = await this.checkRun(view, run.id, run.version);
        await this.commitStatus(view, run.version, checkUrl);
        await this.deployment(view, run.id, run.version, checkUrl);
      } catch (error) {
        this.log.error(
          { err: error, deployment: view.deployment, hint: permissionHint(error) },
          `could not report ${view.deployment} to GitHub`,
        );
        throw error;
      }
    }
  }

  private async checkRun(view: DeploymentView, runId: number, sha: string): Promise<string> {
    const { owner, repo } = this.ref;
    const name = surfaceName(view.deployment);
    const key = `${view.deployment}:${runId}`;
    const status = surfaceStatus(view);
    const body = {
      status: status.check.status,
      ...(status.check.conclusion ? { conclusion: status.check.conclusion } : {}),
      external_id: `ferry:${key}`,
      output: {
        title: clip(`${view.deployment}: ${view.blocked ? "blocked" : stateLine(view.state)}`, 255),
        summary: clip(deploymentSummary(view.lifecycle, view.state, view.blocked), SUMMARY_LIMIT),
      },
      actions: checkRunActions(view),
    };
    const content = JSON.stringify(body);
    let known = this.checkRuns.get(key) ?? (await this.findCheckRun(name, sha, `ferry:${key}`));
    if (known && this.sent.get(`check:${key}`) === content) return known.url;
    if (known) {
      await this.client.request("PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}", {
        owner,
        repo,
        check_run_id: known.id,
        ...body,
      });
    } else {
      const created = await this.client.request("POST /repos/{owner}/{repo}/check-runs", {
        owner,
        repo,
        name,
        head_sha: sha,
        ...body,
      });
      known = { id: Number(created.data.id), url: created.data.html_url ?? created.data.url };
    }
    this.checkRuns.set(key, known);
    this.sent.set(`check:${key}`, content);
    return known.url;
  }

  private async findCheckRun(
    name: string,
    sha: string,
    externalId: string,
  ): Promise<{ id: number; url: string } | undefined> {
    const { owner, repo } = this.ref;
    const found = await this.client.request("GET /repos/{owner}/{repo}/commits/{ref}/check-runs", {
      owner,
      repo,
      ref: sha,
      check_name: name,
      filter: "all",
      per_page: 100,
    });
    const run = found.data.check_runs.find((c) => c.external_id === externalId);
    return run ? { id: Number(run.id), url: run.html_url ?? run.url } : undefined;
  }

  private async commitStatus(view: DeploymentView, sha: string, targetUrl: string): Promise<void> {
    const { owner, repo } = this.ref;
    const body = {
      state: surfaceStatus(view).commit,
      context: surfaceName(view.deployment),
      description: shortDescription(view),
      target_url: targetUrl,
    };
    const key = `status:${view.deployment}:${sha}`;
    const content = JSON.stringify(body);
    if (this.sent.get(key) === content) return;
    await this.client.request("POST /repos/{owner}/{repo}/statuses/{sha}", { owner, repo, sha, ...body });
    this.sent.set(key, content);
  }

  private async deployment(view: DeploymentView, runId: number, sha: string, logUrl: string): Promise<void> {
    const { owner, repo } = this.ref;
    const key = `${view.deployment}:${runId}`;
    let id = this.deployments.get(key) ?? (await this.findDeployment(view.environment, sha, view.deployment, runId));
    const state = surfaceStatus(view).deployment;
    const body = { state, log_url: logUrl, description: shortDescription(view), auto_inactive: true };
    const content = JSON.stringify(body);
    if (id !== undefined && this.sent.get(`deployment:${key}`) === content) return;
    if (id === undefined) {
      const created = await this.client.request("POST /repos/{owner}/{repo}/deployments", {
        owner,
        repo,
        ref: sha,
        environment: view.environment,
        description: clip(`ferry run ${runId} of ${view.deployment}`, 140),
        auto_merge: false,
        required_contexts: [],
        payload: { ferry: { deployment: view.deployment, runId } },
        transient_environment: view.lifecycle.name === "preview",
      });
      if (!("id" in created.data))
        throw new Error(`GitHub did not create a deployment for ${view.deployment}: ${JSON.stringify(created.data)}`);
      id = Number(created.data.id);
      this.deployments.set(key, id);
      await this.supersedePrevious(view.deployment, runId);
    }
    await this.client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
      owner,
      repo,
      deployment_id: id,
      ...body,
    });
    this.sent.set(`deployment:${key}`, content);
  }

  /** A run that a newer one replaced before it finished is marked inactive, not left "in progress". */
  private async supersedePrevious(deployment: string, runId: number): Promise<void> {
    const { owner, repo } = this.ref;
    for (const [key, id] of this.deployments) {
      const [name, run] = key.split(":");
      if (name !== deployment || Number(run) >= runId) continue;
      const last = this.sent.get(`deployment:${key}`);
      if (last && /"state":"(queued|in_progress)"/.test(last)) {
        const body = { state: "inactive" as const, description: `superseded by run ${runId}` };
        await this.client.request("POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses", {
          owner,
          repo,
          deployment_id: id,
          ...body,
        });
        this.sent.set(`deployment:${key}`, JSON.stringify(body));
      }
    }
  }

  private async findDeployment(
    environment: string,
    sha: string,
    deployment: string,
    runId: number,
  ): Promise<number | undefined> {
    const { owner, repo } = this.ref;
    const found = await this.client.request("GET /repos/{owner}/{repo}/deployments", {
      owner,
      repo,
      sha,
      environment,
      per_page: 100,
    });
    const match = found.data.find((d) => {
      const ferry = d.payload as { ferry?: { deployment?: string; runId?: number } } | string | undefined;
      return typeof ferry === "object" && ferry.ferry?.deployment === deployment && ferry.ferry.runId === runId;
    });
    if (!match) return undefined;
    this.deployments.set(`${deployment}:${runId}`, Number(match.id));
    return Number(match.id);
  }
}

/** A hint a person can act on for the usual reporting failures. */
export function permissionHint(error: unknown): string | undefined {
  const status = statusOf(error);
  if (status === 403) return "the app needs Checks: write, Commit statuses: write and Deployments: write";
  if (status === 404) return "the repository or commit is missing, or the app is not installed on it";
  if (status === 422) return "GitHub rejected the content; see the error message";
  return undefined;
}
