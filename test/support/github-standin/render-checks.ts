import type { Renderer } from "./renderer.ts";
import type {
  CheckRunRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  RepoRecord,
  StatusRecord,
} from "./standin-state.ts";

type Json = Record<string, unknown>;

/** A `check-run`. */
export function renderCheckRun(r: Renderer, repo: RepoRecord, run: CheckRunRecord): Json {
  const url = `${r.api}/repos/${repo.fullName}/check-runs/${run.id}`;
  const pulls = [...repo.issues.values()].filter((i) => i.pull && i.state === "open" && i.pull.headSha === run.headSha);
  return r.conform("check-run", {
    id: run.id,
    node_id: run.nodeId,
    head_sha: run.headSha,
    external_id: run.externalId,
    url,
    html_url: `${r.state.htmlUrl}/${repo.fullName}/runs/${run.id}`,
    details_url: run.detailsUrl ?? `${r.state.htmlUrl}/apps/${r.state.app.slug}`,
    status: run.status,
    conclusion: run.conclusion,
    started_at: run.startedAt,
    completed_at: run.completedAt,
    output: {
      title: run.output.title,
      summary: run.output.summary,
      text: run.output.text,
      annotations_count: run.annotations.length,
      annotations_url: `${url}/annotations`,
    },
    name: run.name,
    check_suite: { id: run.suiteId },
    app: r.app(),
    pull_requests: pulls.map((i) => ({
      id: i.pull!.id,
      number: i.number,
      url: `${r.api}/repos/${repo.fullName}/pulls/${i.number}`,
      head: {
        ref: i.pull!.headRef,
        sha: i.pull!.headSha,
        repo: {
          id: i.pull!.headRepo.id,
          url: `${r.api}/repos/${i.pull!.headRepo.fullName}`,
          name: i.pull!.headRepo.name,
        },
      },
      base: {
        ref: i.pull!.baseRef,
        sha: i.pull!.headSha,
        repo: { id: repo.id, url: `${r.api}/repos/${repo.fullName}`, name: repo.name },
      },
    })),
  });
}

/** A `status`. */
export function renderStatus(r: Renderer, repo: RepoRecord, s: StatusRecord): Json {
  return {
    url: `${r.api}/repos/${repo.fullName}/statuses/${s.sha}`,
    avatar_url: `https://avatars.githubusercontent.com/u/${s.creator.id}?v=4`,
    id: s.id,
    node_id: s.nodeId,
    state: s.state,
    description: s.description,
    target_url: s.targetUrl,
    context: s.context,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    creator: r.user(s.creator),
  };
}

/** Newest status per context, newest first, as the combined status reports them. */
export function latestStatuses(repo: RepoRecord, sha: string): StatusRecord[] {
  const seen = new Map<string, StatusRecord>();
  for (const s of repo.statuses) if (s.sha === sha) seen.set(s.context.toLowerCase(), s);
  return [...seen.values()].sort((a, b) => b.id - a.id);
}

/** A `combined-commit-status`: failure if any error/failure, pending if any pending or none, else success. */
export function renderCombinedStatus(r: Renderer, repo: RepoRecord, sha: string): Json {
  const latest = latestStatuses(repo, sha);
  const state = latest.some((s) => s.state === "error" || s.state === "failure")
    ? "failure"
    : latest.length === 0 || latest.some((s) => s.state === "pending")
      ? "pending"
      : "success";
  return {
    state,
    sha,
    total_count: latest.length,
    statuses: latest
      .map((s) => ({ ...renderStatus(r, repo, s), creator: undefined, required: false }))
      .map(dropUndefined),
    repository: r.repo(repo, "minimal-repository"),
    commit_url: `${r.api}/repos/${repo.fullName}/commits/${sha}`,
    url: `${r.api}/repos/${repo.fullName}/commits/${sha}/status`,
  };
}

/** A `deployment`. */
export function renderDeployment(r: Renderer, repo: RepoRecord, d: DeploymentRecord): Json {
  const url = `${r.api}/repos/${repo.fullName}/deployments/${d.id}`;
  return {
    url,
    id: d.id,
    node_id: d.nodeId,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.originalEnvironment,
    environment: d.environment,
    description: d.description,
    creator: r.user(d.creator),
    created_at: d.createdAt,
    updated_at: d.updatedAt,
    statuses_url: `${url}/statuses`,
    repository_url: `${r.api}/repos/${repo.fullName}`,
    transient_environment: d.transient,
    production_environment: d.production,
    performed_via_github_app: r.app(),
  };
}

/** A `deployment-status`. */
export function renderDeploymentStatus(
  r: Renderer,
  repo: RepoRecord,
  d: DeploymentRecord,
  s: DeploymentStatusRecord,
): Json {
  const deploymentUrl = `${r.api}/repos/${repo.fullName}/deployments/${d.id}`;
  return {
    url: `${deploymentUrl}/statuses/${s.id}`,
    id: s.id,
    node_id: s.nodeId,
    state: s.state,
    creator: r.user(s.creator),
    description: s.description,
    environment: s.environment,
    target_url: s.targetUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: deploymentUrl,
    repository_url: `${r.api}/repos/${repo.fullName}`,
    environment_url: s.environmentUrl,
    log_url: s.logUrl,
    performed_via_github_app: r.app(),
  };
}

/** A check-run annotation as `GET /check-runs/{id}/annotations` lists it. */
export function renderAnnotation(r: Renderer, repo: RepoRecord, run: CheckRunRecord, a: Record<string, unknown>): Json {
  return {
    path: a["path"],
    start_line: a["start_line"],
    end_line: a["end_line"],
    start_column: a["start_column"] ?? null,
    end_column: a["end_column"] ?? null,
    annotation_level: a["annotation_level"] ?? null,
    title: a["title"] ?? null,
    message: a["message"] ?? null,
    raw_details: a["raw_details"] ?? null,
    blob_href: `${r.state.htmlUrl}/${repo.fullName}/blob/${run.headSha}/${String(a["path"])}`,
  };
}

function dropUndefined(o: Json): Json {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
}
