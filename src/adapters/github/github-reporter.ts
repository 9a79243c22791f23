import type { Run, RunSurfaces } from "../../core/deployment-state.ts";
import { deploymentSummary, deploymentVerdict } from "../../core/deployment-summary.ts";
import { silentLogger, type Logger } from "../../ports/logger.ts";
import type { DeploymentView, Reporter } from "../../ports/reporter.ts";
import { checkRunActions } from "./check-run-actions.ts";
import { statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";
import { finishReplacedRun } from "./replaced-run-repair.ts";
import { RunSurfaceLookup, runKey, type FoundCheckRun } from "./run-surface-lookup.ts";
import { rateLimitOf } from "./rate-limit.ts";
import { clip, shortDescription, surfaceName, surfaceStatus } from "./surface-mapping.ts";

const SUMMARY_LIMIT = 65_535;
/** Runs whose ids and check-run links a reporter remembers; forgetting one costs a lookup, nothing else. */
export const REMEMBERED_RUNS = 500;

interface Known {
  checkRun?: { id: number; url: string };
  deployment?: number;
}

/**
 * Projects runs onto GitHub: per run a check run, a commit status on its version and a GitHub
 * deployment with its statuses. What it writes is decided by what the engine knows, never by
 * memory (docs/architecture.md#who-creates-a-runs-surfaces):
 * - only the replica that wrote the move starting a run creates its surfaces; a later writer
 *   creates them only when the run's deterministic keys find none (a crash before the report);
 *   a redelivery never creates anything;
 * - ids come from the state file, or from the deterministic keys until they ride into it;
 * - the check run changes with every move, the commit status and deployment status only when
 *   what they show differs from what the previous commit showed.
 */
export class GitHubReporter implements Reporter {
  private readonly known = new Map<string, Known>();
  private readonly lookup: RunSurfaceLookup;

  constructor(
    private readonly client: GitHubClient,
    private readonly ref: RepoRef,
    private readonly log: Logger = silentLogger,
  ) {
    this.lookup = new RunSurfaceLookup(client, ref);
  }

  async report(views: readonly DeploymentView[]): Promise<void> {
    for (const view of views) {
      const run = view.state.run;
      if (!run) continue;
      try {
        if (view.basis === "written") await this.project(view, run);
        else await this.repair(view, run);
      } catch (error) {
        this.log.error(
          { err: error, deployment: view.deployment, run: run.id, hint: permissionHint(error) },
          `could not report ${view.deployment} to GitHub`,
        );
        throw error;
      }
    }
  }

  surfacesOf(deployment: string, runId: number): RunSurfaces | undefined {
    const known = this.known.get(runKey(deployment, runId));
    if (!known?.checkRun && known?.deployment === undefined) return undefined;
    return {
      ...(known.checkRun ? { checkRun: known.checkRun.id } : {}),
      ...(known.deployment === undefined ? {} : { deployment: known.deployment }),
    };
  }

  /** A move this replica wrote: write what changed, creating the run's surfaces if it owns them. */
  private async project(view: DeploymentView, run: Run): Promise<void> {
    const known = this.knownOf(view.deployment, run);
    const body = checkBody(view, this.repositoryUrl());
    const before = previousView(view);
    // Ids neither recorded nor remembered: unless this batch started the run, look them up.
    let check = known.checkRun;
    let unknown = false;
    if (!check && !view.started) {
      const found = await this.lookup.checkRun(view.deployment, run.id, run.version);
      if (found) check = { id: found.id, url: found.url };
      // None: the report of the move that started the run was lost, and with it the end of the run it replaced.
      else await finishReplacedRun(this.client, this.ref, this.lookup, view);
      unknown = true;
    }
    const fresh = !check;
    if (!check) check = await this.createCheckRun(view, run, body);
    // What the surfaces show is unknown after a lookup: send it all once.
    const all = fresh || unknown || !before;
    // The move marker alone changing (a bookkeeping move) is not worth a request.
    if (!fresh && (all || !before || shownContent(body) !== shownContent(checkBody(before, this.repositoryUrl())))) {
      check = await this.updateCheckRun(check.id, body);
    }
    this.remember(view.deployment, run.id, { checkRun: check });
    if (all || statusBody(view) !== statusBody(before)) await this.commitStatus(view, run, check.url);
    let deployment = known.deployment;
    if (deployment === undefined && !view.started)
      deployment = await this.lookup.deployment(view.deployment, run.id, run.version, view.environment);
    const created = deployment === undefined;
    if (deployment === undefined) deployment = await this.createDeployment(view, run);
    this.remember(view.deployment, run.id, { deployment });
    if (all || created || deploymentBody(view, "") !== deploymentBody(before, ""))
      await this.deploymentStatus(deployment, view, check.url);
  }

  /**
   * A redelivered event, or a blocked deployment: the state was written before (perhaps by a
   * replica that crashed before reporting, perhaps by one reporting right now). Surfaces that
   * exist and show an older move than the state are brought up to date; nothing is created.
   */
  private async repair(view: DeploymentView, run: Run): Promise<void> {
    const known = this.knownOf(view.deployment, run);
    let found: FoundCheckRun | undefined = known.checkRun
      ? await this.lookup.checkRunById(known.checkRun.id)
      : await this.lookup.checkRun(view.deployment, run.id, run.version);
    if (!found) {
      // The move that started the run was never reported: the run it replaced may still show in progress.
      await finishReplacedRun(this.client, this.ref, this.lookup, view);
      return;
    }
    const body = checkBody(view, this.repositoryUrl());
    const shown = moveOf(found.summary);
    // Showing what this state shows, or a newer move than this replica read: leave it.
    const current = withoutMarker(found.summary) === withoutMarker(body.output.summary);
    const newer = shown !== undefined && !view.state.processed.includes(shown);
    if (!view.blocked && (current || newer)) return;
    const updated = await this.updateCheckRun(found.id, body);
    found = { ...found, url: updated.url };
    this.remember(view.deployment, run.id, { checkRun: updated });
    await this.commitStatus(view, run, found.url);
    const deployment =
      known.deployment ?? (await this.lookup.deployment(view.deployment, run.id, run.version, view.environment));
    if (deployment === undefined) return;
    this.remember(view.deployment, run.id, { deployment });
    await this.deploymentStatus(deployment, view, found.url);
  }

  private knownOf(deployment: string, run: Run): Known {
    const remembered = this.known.get(runKey(deployment, run.id)) ?? {};
    const recorded = run.surfaces;
    return {
      ...remembered,
      ...(recorded?.deployment === undefined ? {} : { deployment: recorded.deployment }),
      ...(recorded?.checkRun !== undefined && remembered.checkRun?.id !== recorded.checkRun
        ? { checkRun: { id: recorded.checkRun, url: this.checkRunUrl(recorded.checkRun) } }
        : {}),
    };
  }

  /** Where a check run is shown, for an id read from the state file before the first update returns it. */
  private checkRunUrl(id: number): string {
    return `${this.repositoryUrl()}/runs/${id}`;
  }

  /** The repository's web address: check-run Markdown links commits only as full URLs. */
  private repositoryUrl(): string {
    return `https://github.com/${this.ref.owner}/${this.ref.repo}`;
  }

  private remember(deployment: string, runId: number, learned: Known): void {
    const key = runKey(deployment, runId);
    const next = { ...this.known.get(key), ...learned };
    this.known.delete(key);
    this.known.set(key, next);
    for (const oldest of this.known.keys()) {
      if (this.known.size <= REMEMBERED_RUNS) break;
      this.known.delete(oldest);
    }
  }

  private async createCheckRun(view: DeploymentView, run: Run, body: CheckBody): Promise<{ id: number; url: string }> {
    const created = await this.client.request<"POST /repos/{owner}/{repo}/check-runs">(
      "POST /repos/{owner}/{repo}/check-runs",
      {
        ...this.ref,
        name: surfaceName(view.deployment),
        head_sha: run.version,
        ...body,
      },
    );
    return { id: Number(created.data.id), url: created.data.html_url ?? created.data.url };
  }

  private async updateCheckRun(id: number, body: CheckBody): Promise<{ id: number; url: string }> {
    const updated = await this.client.request<"PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}">(
      "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
      {
        ...this.ref,
        check_run_id: id,
        ...body,
      },
    );
    return { id, url: updated.data.html_url ?? updated.data.url };
  }

  private async commitStatus(view: DeploymentView, run: Run, targetUrl: string): Promise<void> {
    await this.client.request<"POST /repos/{owner}/{repo}/statuses/{sha}">(
      "POST /repos/{owner}/{repo}/statuses/{sha}",
      {
        ...this.ref,
        sha: run.version,
        ...JSON.parse(statusBody(view)),
        target_url: targetUrl,
      },
    );
  }

  private async createDeployment(view: DeploymentView, run: Run): Promise<number> {
    const created = await this.client.request<"POST /repos/{owner}/{repo}/deployments">(
      "POST /repos/{owner}/{repo}/deployments",
      {
        ...this.ref,
        ref: run.version,
        environment: view.environment,
        description: clip(`ferry run ${run.id} of ${view.deployment}`, 140),
        auto_merge: false,
        required_contexts: [],
        payload: { ferry: { deployment: view.deployment, runId: run.id } },
        transient_environment: view.lifecycle.name === "preview",
      },
    );
    if (!("id" in created.data))
      throw new Error(`GitHub did not create a deployment for ${view.deployment}: ${JSON.stringify(created.data)}`);
    return Number(created.data.id);
  }

  private async deploymentStatus(id: number, view: DeploymentView, logUrl: string): Promise<void> {
    await this.client.request<"POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses">(
      "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
      {
        ...this.ref,
        deployment_id: id,
        ...JSON.parse(deploymentBody(view, logUrl)),
      },
    );
  }
}

type CheckBody = ReturnType<typeof checkBody>;

/** What the surfaces showed after the previous commit of the same run, when the view has it. */
function previousView(view: DeploymentView): DeploymentView | undefined {
  if (!view.previous) return undefined;
  const { ended: _ended, previous, ...rest } = view;
  return { ...rest, state: previous };
}

/** The check run's content for a view; the summary ends with the move it shows, for repairs to compare. */
function checkBody(view: DeploymentView, repository: string) {
  const status = surfaceStatus(view);
  const run = view.state.run;
  const ended = view.ended;
  const endedForm = ended ? { ended: { outcome: ended.outcome, after: ended.after } } : {};
  // The summary's first line, as plain text: GitHub shows a title as it is.
  const title = view.blocked
    ? `Blocked: ${view.blocked}`
    : deploymentVerdict(
        view.lifecycle,
        view.state,
        { now: view.state.updatedAt, actors: "github" },
        { plain: true, ...endedForm },
      );
  const preface = ended ? `> **Run ${ended.run.id} ended: ${ended.outcome}.** ${ended.reason}.\n\n` : "";
  const marker = moveMarker(view.state.processed.at(-1));
  const links = { repository, ...(view.environmentUrl ? { environmentUrl: view.environmentUrl } : {}) };
  const summary = preface + deploymentSummary(view.lifecycle, view.state, view.blocked, { ...endedForm, links });
  return {
    status: status.check.status,
    ...(status.check.conclusion ? { conclusion: status.check.conclusion } : {}),
    external_id: runKey(view.deployment, run?.id ?? 0),
    output: {
      title: clip(title, 255),
      summary: clip(summary, SUMMARY_LIMIT - marker.length) + marker,
    },
    actions: checkRunActions(view),
  };
}

/** The commit status a view shows, without its link; equal text means nothing to send. */
function statusBody(view: DeploymentView | undefined): string {
  if (!view) return "";
  return JSON.stringify({
    state: surfaceStatus(view).commit,
    context: surfaceName(view.deployment),
    description: shortDescription(view),
  });
}

function deploymentBody(view: DeploymentView | undefined, logUrl: string): string {
  if (!view) return "";
  return JSON.stringify({
    state: surfaceStatus(view).deployment,
    log_url: logUrl,
    ...(view.environmentUrl ? { environment_url: view.environmentUrl } : {}),
    description: shortDescription(view),
    auto_inactive: true,
  });
}

const MARKER = /\n\n<!-- ferry:move ([^ ]*) -->$/;

/** An HTML comment (invisible on GitHub) naming the last event the shown state applied. */
function moveMarker(eventId: string | undefined): string {
  return `\n\n<!-- ferry:move ${encodeURIComponent(eventId ?? "").replaceAll("-", "%2D")} -->`;
}

/** A check run's content as people see it: everything but the move marker. */
function shownContent(body: CheckBody): string {
  return JSON.stringify({ ...body, output: { ...body.output, summary: withoutMarker(body.output.summary) } });
}

function withoutMarker(summary: string | undefined): string | undefined {
  return summary?.replace(MARKER, "");
}

function moveOf(summary: string | undefined): string | undefined {
  const match = summary === undefined ? null : MARKER.exec(summary);
  return match?.[1] === undefined ? undefined : decodeURIComponent(match[1]);
}

/** A hint a person can act on for the usual reporting failures. */
export function permissionHint(error: unknown): string | undefined {
  const status = statusOf(error);
  const limit = rateLimitOf(error);
  if (limit !== undefined)
    return `GitHub's ${limit} rate limit, not a permission: the next webhook or reconcile reports again once it has passed`;
  if (status === 403) return "the app needs Checks: write, Commit statuses: write and Deployments: write";
  if (status === 404) return "the repository or commit is missing, or the app is not installed on it";
  if (status === 422) return "GitHub rejected the content; see the error message";
  return undefined;
}
