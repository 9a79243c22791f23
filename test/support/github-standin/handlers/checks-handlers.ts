import { HttpError } from "../http-error.ts";
import { Ids } from "../ids.ts";
import { isoTime } from "../iso-time.ts";
import { renderAnnotation, renderCheckRun } from "../render-checks.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { intParam, optQuery, pagedResult, strParam } from "../rest-context.ts";
import type { CheckRunAction, CheckRunRecord } from "../standin-state.ts";
import { resolveCommitOr422 } from "./commits-handlers.ts";

/** GitHub's limits on one check-run request. */
export const CHECK_LIMITS = {
  summary: 65535,
  text: 65535,
  annotations: 50,
  actions: 3,
  label: 20,
  description: 40,
  identifier: 20,
} as const;

interface CheckBody {
  name?: string;
  head_sha?: string;
  details_url?: string;
  external_id?: string;
  status?: CheckRunRecord["status"];
  started_at?: string;
  conclusion?: string;
  completed_at?: string;
  output?: { title?: string; summary?: string; text?: string; annotations?: Array<Record<string, unknown>> };
  actions?: CheckRunAction[];
}

/** Rejects what the description cannot express (or a client could slip past it) with GitHub's 422. */
function checkLimits(body: CheckBody): void {
  const fail = (field: string, message: string): never => {
    throw HttpError.validation("CheckRun", field, "custom", message, "limit");
  };
  if ((body.output?.summary?.length ?? 0) > CHECK_LIMITS.summary)
    fail("output.summary", `summary is too long (maximum is ${CHECK_LIMITS.summary} characters)`);
  if ((body.output?.text?.length ?? 0) > CHECK_LIMITS.text)
    fail("output.text", `text is too long (maximum is ${CHECK_LIMITS.text} characters)`);
  if ((body.output?.annotations?.length ?? 0) > CHECK_LIMITS.annotations)
    fail("output.annotations", `Only ${CHECK_LIMITS.annotations} annotations are allowed per request`);
  if ((body.actions?.length ?? 0) > CHECK_LIMITS.actions)
    fail("actions", `Only ${CHECK_LIMITS.actions} actions are allowed`);
  for (const a of body.actions ?? []) {
    if (a.label.length > CHECK_LIMITS.label)
      fail("actions.label", `label is too long (maximum is ${CHECK_LIMITS.label} characters)`);
    if (a.description.length > CHECK_LIMITS.description)
      fail("actions.description", `description is too long (maximum is ${CHECK_LIMITS.description} characters)`);
    if (a.identifier.length > CHECK_LIMITS.identifier)
      fail("actions.identifier", `identifier is too long (maximum is ${CHECK_LIMITS.identifier} characters)`);
  }
  if (body.status === "completed" && body.conclusion === undefined) {
    throw HttpError.validation(
      "CheckRun",
      "conclusion",
      "missing_field",
      "conclusion is required when status is completed",
      "invalid-request",
    );
  }
}

function apply(run: CheckRunRecord, body: CheckBody): boolean {
  const wasCompleted = run.status === "completed";
  if (body.name !== undefined) run.name = body.name;
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.started_at !== undefined) run.startedAt = body.started_at;
  if (body.status !== undefined) run.status = body.status;
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = "completed";
  }
  if (run.status === "completed") run.completedAt = body.completed_at ?? run.completedAt ?? isoTime();
  if (body.output) {
    if (body.output.title !== undefined) run.output.title = body.output.title;
    if (body.output.summary !== undefined) run.output.summary = body.output.summary;
    if (body.output.text !== undefined) run.output.text = body.output.text;
    // Annotations accumulate across requests, as GitHub documents.
    run.annotations.push(...(body.output.annotations ?? []));
  }
  if (body.actions !== undefined) run.actions = body.actions;
  return !wasCompleted && run.status === "completed";
}

async function create(ctx: RestContext): Promise<RestResult> {
  const body = ctx.body as CheckBody;
  checkLimits(body);
  const sha = body.head_sha!;
  const commit = /^[0-9a-f]{40}$/.test(sha) ? await ctx.repo.store.readCommit(sha) : undefined;
  if (!commit) throw HttpError.validation("CheckRun", "head_sha", "invalid", `No commit found for SHA: ${sha}`);
  const ids = ctx.services.state.ids;
  let suiteId = ctx.repo.checkSuites.get(sha);
  if (suiteId === undefined) {
    suiteId = ids.id();
    ctx.repo.checkSuites.set(sha, suiteId);
  }
  const id = ids.id();
  const run: CheckRunRecord = {
    id,
    nodeId: Ids.nodeId("CheckRun", id),
    headSha: sha,
    name: body.name!,
    status: "queued",
    conclusion: null,
    startedAt: isoTime(),
    completedAt: null,
    externalId: "",
    detailsUrl: null,
    output: { title: null, summary: null, text: null },
    annotations: [],
    actions: [],
    suiteId,
  };
  apply(run, body);
  ctx.repo.checkRuns.set(id, run);
  void ctx.services.events.checkRun(ctx.repo, run, "created", ctx.actor);
  if (run.status === "completed") void ctx.services.events.checkRun(ctx.repo, run, "completed", ctx.actor);
  return { status: 201, body: renderCheckRun(ctx.services.render, ctx.repo, run) };
}

function runOf(ctx: RestContext): CheckRunRecord {
  const run = ctx.repo.checkRuns.get(intParam(ctx, "check_run_id"));
  if (!run) throw HttpError.notFound();
  return run;
}

function update(ctx: RestContext): RestResult {
  const run = runOf(ctx);
  const body = ctx.body as CheckBody;
  checkLimits(body);
  if (apply(run, body)) void ctx.services.events.checkRun(ctx.repo, run, "completed", ctx.actor);
  return { status: 200, body: renderCheckRun(ctx.services.render, ctx.repo, run) };
}

async function listForRef(ctx: RestContext): Promise<RestResult> {
  const sha = await resolveCommitOr422(ctx.repo, strParam(ctx, "ref"));
  const name = optQuery(ctx, "check_name");
  const status = optQuery(ctx, "status");
  let runs = [...ctx.repo.checkRuns.values()].filter(
    (r) => r.headSha === sha && (!name || r.name === name) && (!status || r.status === status),
  );
  if ((optQuery(ctx, "filter") ?? "latest") === "latest") {
    const latest = new Map<string, CheckRunRecord>();
    for (const r of runs) latest.set(r.name, r);
    runs = [...latest.values()];
  }
  runs.sort((a, b) => b.id - a.id);
  return pagedResult(ctx, runs, (page) => ({
    total_count: runs.length,
    check_runs: page.map((r) => renderCheckRun(ctx.services.render, ctx.repo, r)),
  }));
}

function listAnnotations(ctx: RestContext): RestResult {
  const run = runOf(ctx);
  return pagedResult(ctx, run.annotations, (page) =>
    page.map((a) => renderAnnotation(ctx.services.render, ctx.repo, run, a)),
  );
}

function rerequest(ctx: RestContext): RestResult {
  const run = runOf(ctx);
  void ctx.services.events.checkRun(ctx.repo, run, "rerequested", ctx.actor);
  return { status: 201, body: {} };
}

/** Check runs with GitHub's output/annotation/action limits; annotations accumulate. */
export const checksHandlers: HandlerTable = {
  "checks/create": create,
  "checks/update": update,
  "checks/get": (ctx) => ({ status: 200, body: renderCheckRun(ctx.services.render, ctx.repo, runOf(ctx)) }),
  "checks/list-for-ref": listForRef,
  "checks/list-annotations": listAnnotations,
  "checks/rerequest-run": rerequest,
};
