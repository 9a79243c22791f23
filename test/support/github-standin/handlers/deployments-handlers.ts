import { HttpError } from "../http-error.ts";
import { Ids } from "../ids.ts";
import { isoTime } from "../iso-time.ts";
import { latestStatuses, renderDeployment, renderDeploymentStatus } from "../render-checks.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { intParam, optQuery, pagedResult } from "../rest-context.ts";
import type { DeploymentRecord, DeploymentStatusRecord, RepoRecord } from "../standin-state.ts";

interface DeploymentBody {
  ref: string;
  task?: string;
  auto_merge?: boolean;
  required_contexts?: string[];
  payload?: Record<string, unknown> | string;
  environment?: string;
  description?: string | null;
  transient_environment?: boolean;
  production_environment?: boolean;
}

/** Each context's state on a commit: commit statuses, and check runs by name. */
function contextStates(repo: RepoRecord, sha: string): Map<string, string> {
  const states = new Map<string, string>();
  for (const s of latestStatuses(repo, sha)) states.set(s.context, s.state);
  for (const run of repo.checkRuns.values()) {
    if (run.headSha !== sha) continue;
    const ok = run.conclusion === "success" || run.conclusion === "neutral" || run.conclusion === "skipped";
    states.set(run.name, run.status !== "completed" ? "pending" : ok ? "success" : "failure");
  }
  return states;
}

async function create(ctx: RestContext): Promise<RestResult> {
  const body = ctx.body as unknown as DeploymentBody;
  const repo = ctx.repo;
  const sha = await repo.store.resolveCommitish(body.ref);
  if (!sha) throw new HttpError(422, `No ref found for: ${body.ref}`);
  // Omitted required_contexts means every context on the commit must have passed.
  const states = contextStates(repo, sha);
  const required = body.required_contexts ?? [...states.keys()];
  const failing = required.filter((c) => states.get(c) !== "success");
  if (failing.length > 0) {
    throw new HttpError(409, `Conflict: Commit status checks failed for ${body.ref}.`, {
      errors: [
        {
          contexts: failing.map((context) => ({ context, state: states.get(context) ?? "missing" })),
          resource: "Deployment",
          field: "required_contexts",
          code: "invalid",
        },
      ],
    });
  }
  const id = ctx.services.state.ids.id();
  const now = isoTime();
  const environment = body.environment ?? "production";
  const deployment: DeploymentRecord = {
    id,
    nodeId: Ids.nodeId("Deployment", id),
    sha,
    ref: body.ref,
    task: body.task ?? "deploy",
    payload: body.payload ?? {},
    environment,
    originalEnvironment: environment,
    description: body.description ?? "",
    transient: body.transient_environment ?? false,
    production: body.production_environment ?? environment === "production",
    creator: ctx.actor,
    createdAt: now,
    updatedAt: now,
    statuses: [],
  };
  repo.deployments.push(deployment);
  void ctx.services.events.deployment(repo, deployment, ctx.actor);
  return { status: 201, body: renderDeployment(ctx.services.render, repo, deployment) };
}

function list(ctx: RestContext): RestResult {
  const f = {
    sha: optQuery(ctx, "sha"),
    ref: optQuery(ctx, "ref"),
    task: optQuery(ctx, "task"),
    environment: optQuery(ctx, "environment"),
  };
  const found = ctx.repo.deployments
    .filter(
      (d) =>
        (!f.sha || d.sha === f.sha) &&
        (!f.ref || d.ref === f.ref) &&
        (!f.task || d.task === f.task) &&
        (!f.environment || d.environment === f.environment),
    )
    .reverse();
  return pagedResult(ctx, found, (page) => page.map((d) => renderDeployment(ctx.services.render, ctx.repo, d)));
}

function deploymentOf(ctx: RestContext): DeploymentRecord {
  const id = intParam(ctx, "deployment_id");
  const d = ctx.repo.deployments.find((x) => x.id === id);
  if (!d) throw HttpError.notFound();
  return d;
}

function addStatus(
  ctx: RestContext,
  d: DeploymentRecord,
  fields: Omit<DeploymentStatusRecord, "id" | "nodeId" | "createdAt" | "creator">,
): DeploymentStatusRecord {
  const id = ctx.services.state.ids.id();
  const status: DeploymentStatusRecord = {
    id,
    nodeId: Ids.nodeId("DeploymentStatus", id),
    createdAt: isoTime(),
    creator: ctx.actor,
    ...fields,
  };
  d.statuses.push(status);
  d.updatedAt = status.createdAt;
  void ctx.services.events.deploymentStatus(ctx.repo, d, status, ctx.actor);
  return status;
}

function createStatus(ctx: RestContext): RestResult {
  const d = deploymentOf(ctx);
  const body = ctx.body as {
    state: DeploymentStatusRecord["state"];
    target_url?: string;
    log_url?: string;
    description?: string;
    environment?: string;
    environment_url?: string;
    auto_inactive?: boolean;
  };
  if ((body.description?.length ?? 0) > 140) {
    throw HttpError.validation(
      "DeploymentStatus",
      "description",
      "custom",
      "description is too long (maximum is 140 characters)",
      "limit",
    );
  }
  if (body.environment !== undefined) d.environment = body.environment;
  const status = addStatus(ctx, d, {
    state: body.state,
    description: body.description ?? "",
    environment: d.environment,
    targetUrl: body.log_url ?? body.target_url ?? "",
    logUrl: body.log_url ?? body.target_url ?? "",
    environmentUrl: body.environment_url ?? "",
  });
  if (body.state === "success" && body.auto_inactive !== false) {
    // GitHub marks earlier successful, non-transient, non-production deployments of the environment inactive.
    for (const other of ctx.repo.deployments) {
      if (other === d || other.environment !== d.environment || other.transient || other.production) continue;
      if (other.statuses.at(-1)?.state !== "success") continue;
      addStatus(ctx, other, {
        state: "inactive",
        description: "",
        environment: other.environment,
        targetUrl: "",
        logUrl: "",
        environmentUrl: "",
      });
    }
  }
  return { status: 201, body: renderDeploymentStatus(ctx.services.render, ctx.repo, d, status) };
}

function listStatuses(ctx: RestContext): RestResult {
  const d = deploymentOf(ctx);
  return pagedResult(ctx, [...d.statuses].reverse(), (page) =>
    page.map((s) => renderDeploymentStatus(ctx.services.render, ctx.repo, d, s)),
  );
}

function getStatus(ctx: RestContext): RestResult {
  const d = deploymentOf(ctx);
  const id = intParam(ctx, "status_id");
  const s = d.statuses.find((x) => x.id === id);
  if (!s) throw HttpError.notFound();
  return { status: 200, body: renderDeploymentStatus(ctx.services.render, ctx.repo, d, s) };
}

/** Deployments and deployment statuses, with required-contexts checks and auto-inactive statuses. */
export const deploymentsHandlers: HandlerTable = {
  "repos/create-deployment": create,
  "repos/list-deployments": list,
  "repos/get-deployment": (ctx) => ({
    status: 200,
    body: renderDeployment(ctx.services.render, ctx.repo, deploymentOf(ctx)),
  }),
  "repos/create-deployment-status": createStatus,
  "repos/list-deployment-statuses": listStatuses,
  "repos/get-deployment-status": getStatus,
};
