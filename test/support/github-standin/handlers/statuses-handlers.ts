import { HttpError } from "../http-error.ts";
import { Ids } from "../ids.ts";
import { isoTime } from "../iso-time.ts";
import { renderCombinedStatus, renderStatus } from "../render-checks.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { pagedResult, strParam } from "../rest-context.ts";
import type { StatusRecord } from "../standin-state.ts";
import { resolveCommitOr422 } from "./commits-handlers.ts";

/** GitHub's per-sha-and-context cap on commit statuses. */
export const MAX_STATUSES_PER_CONTEXT = 1000;
/** GitHub's cap on a status description. */
export const MAX_STATUS_DESCRIPTION = 140;

async function createStatus(ctx: RestContext): Promise<RestResult> {
  const sha = strParam(ctx, "sha");
  const commit = /^[0-9a-f]{40}$/.test(sha) ? await ctx.repo.store.readCommit(sha) : undefined;
  if (!commit) throw HttpError.validation("Status", "sha", "invalid", `No commit found for SHA: ${sha}`);
  const body = ctx.body as {
    state: StatusRecord["state"];
    target_url?: string | null;
    description?: string | null;
    context?: string;
  };
  const context = body.context ?? "default";
  if ((body.description?.length ?? 0) > MAX_STATUS_DESCRIPTION) {
    throw HttpError.validation(
      "Status",
      "description",
      "custom",
      `description is too long (maximum is ${MAX_STATUS_DESCRIPTION} characters)`,
      "limit",
    );
  }
  const count = ctx.repo.statuses.filter(
    (s) => s.sha === sha && s.context.toLowerCase() === context.toLowerCase(),
  ).length;
  if (count >= MAX_STATUSES_PER_CONTEXT) {
    throw HttpError.validation(
      "Status",
      "sha",
      "custom",
      "This SHA and context has reached the maximum number of statuses.",
      "limit",
    );
  }
  const id = ctx.services.state.ids.id();
  const status: StatusRecord = {
    id,
    nodeId: Ids.nodeId("StatusContext", id),
    sha,
    state: body.state,
    description: body.description ?? null,
    targetUrl: body.target_url ?? null,
    context,
    createdAt: isoTime(),
    creator: ctx.actor,
  };
  ctx.repo.statuses.push(status);
  return { status: 201, body: renderStatus(ctx.services.render, ctx.repo, status) };
}

async function combined(ctx: RestContext): Promise<RestResult> {
  const sha = await resolveCommitOr422(ctx.repo, strParam(ctx, "ref"));
  return { status: 200, body: renderCombinedStatus(ctx.services.render, ctx.repo, sha) };
}

async function list(ctx: RestContext): Promise<RestResult> {
  const sha = await resolveCommitOr422(ctx.repo, strParam(ctx, "ref"));
  const statuses = ctx.repo.statuses.filter((s) => s.sha === sha).reverse();
  return pagedResult(ctx, statuses, (page) => page.map((s) => renderStatus(ctx.services.render, ctx.repo, s)));
}

/** Commit statuses with GitHub's limits (1,000 per sha and context, 140-character descriptions). */
export const statusesHandlers: HandlerTable = {
  "repos/create-commit-status": createStatus,
  "repos/get-combined-status-for-ref": combined,
  "repos/list-commit-statuses-for-ref": list,
};
