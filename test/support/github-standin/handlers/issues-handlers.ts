import { HttpError } from "../http-error.ts";
import { Ids } from "../ids.ts";
import { isoTime } from "../iso-time.ts";
import { renderComment, renderIssue, renderIssueLabels, renderLabel } from "../render-pulls.ts";
import type { HandlerTable, RestContext, RestResult, StandinServices } from "../rest-context.ts";
import { intParam, optQuery, pagedResult, strParam } from "../rest-context.ts";
import type { CommentRecord, IssueRecord, LabelRecord, RepoRecord, UserRecord } from "../standin-state.ts";
import type { WebhookDelivery } from "../webhook-dispatcher.ts";

const MAX_COMMENT = 65536;

function issueOf(ctx: RestContext): IssueRecord {
  const issue = ctx.repo.issues.get(intParam(ctx, "issue_number"));
  if (!issue) throw HttpError.notFound();
  return issue;
}

/** The repository label with this name, created (grey, as GitHub does) when first used. */
export function ensureLabel(services: StandinServices, repo: RepoRecord, name: string): LabelRecord {
  let label = repo.labels.get(name.toLowerCase());
  if (!label) {
    const id = services.state.ids.id();
    label = { id, nodeId: Ids.nodeId("Label", id), name, color: "ededed", description: null };
    repo.labels.set(name.toLowerCase(), label);
  }
  return label;
}

/** Adds labels to an issue or pull request and sends `labeled` for each new one. */
export function addLabels(
  services: StandinServices,
  repo: RepoRecord,
  issue: IssueRecord,
  names: string[],
  sender: UserRecord,
): Promise<WebhookDelivery[][]> {
  const sent: Array<Promise<WebhookDelivery[]>> = [];
  for (const name of names) {
    const label = ensureLabel(services, repo, name);
    if (issue.labels.some((l) => l.toLowerCase() === name.toLowerCase())) continue;
    issue.labels.push(label.name);
    issue.updatedAt = isoTime();
    sent.push(labelEvent(services, repo, issue, label, "labeled", sender));
  }
  return Promise.all(sent);
}

/** Removes a label; false when the issue does not have it. */
export function removeLabel(
  services: StandinServices,
  repo: RepoRecord,
  issue: IssueRecord,
  name: string,
  sender: UserRecord,
): Promise<WebhookDelivery[]> | false {
  const index = issue.labels.findIndex((l) => l.toLowerCase() === name.toLowerCase());
  if (index === -1) return false;
  issue.labels.splice(index, 1);
  issue.updatedAt = isoTime();
  return labelEvent(services, repo, issue, repo.labels.get(name.toLowerCase())!, "unlabeled", sender);
}

function labelEvent(
  services: StandinServices,
  repo: RepoRecord,
  issue: IssueRecord,
  label: LabelRecord,
  action: string,
  sender: UserRecord,
): Promise<WebhookDelivery[]> {
  const extra = { label: renderLabel(services.render, repo, label) };
  return issue.pull
    ? services.events.pullRequest(repo, issue, action, sender, extra)
    : services.events.issue(repo, issue, action, sender, extra);
}

/** Label names from any of the body shapes GitHub accepts. */
function labelNames(body: unknown): string[] {
  const raw = Array.isArray(body) ? body : typeof body === "string" ? [body] : (body as { labels?: unknown }).labels;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.map((l) => (typeof l === "string" ? l : String((l as { name?: unknown }).name)));
}

async function addLabelsHandler(ctx: RestContext): Promise<RestResult> {
  const issue = issueOf(ctx);
  const names = labelNames(ctx.body);
  const tooLong = names.find((n) => n.length > 50);
  if (tooLong !== undefined)
    throw HttpError.validation("Label", "name", "invalid", `name is too long (maximum is 50 characters)`, "limit");
  void addLabels(ctx.services, ctx.repo, issue, names, ctx.actor);
  return { status: 200, body: renderIssueLabels(ctx.services.render, ctx.repo, issue) };
}

function setLabels(ctx: RestContext): RestResult {
  const issue = issueOf(ctx);
  const names = labelNames(ctx.body);
  for (const current of [...issue.labels]) {
    if (!names.some((n) => n.toLowerCase() === current.toLowerCase()))
      void removeLabel(ctx.services, ctx.repo, issue, current, ctx.actor);
  }
  void addLabels(ctx.services, ctx.repo, issue, names, ctx.actor);
  return { status: 200, body: renderIssueLabels(ctx.services.render, ctx.repo, issue) };
}

function removeLabelHandler(ctx: RestContext): RestResult {
  const issue = issueOf(ctx);
  if (removeLabel(ctx.services, ctx.repo, issue, strParam(ctx, "name"), ctx.actor) === false)
    throw new HttpError(404, "Label does not exist");
  return { status: 200, body: renderIssueLabels(ctx.services.render, ctx.repo, issue) };
}

function removeAllLabels(ctx: RestContext): RestResult {
  const issue = issueOf(ctx);
  for (const name of [...issue.labels]) void removeLabel(ctx.services, ctx.repo, issue, name, ctx.actor);
  return { status: 204 };
}

function listLabels(ctx: RestContext): RestResult {
  const issue = issueOf(ctx);
  return pagedResult(ctx, renderIssueLabels(ctx.services.render, ctx.repo, issue));
}

function checkBody(body: string): void {
  if (body.length > MAX_COMMENT)
    throw HttpError.validation(
      "IssueComment",
      "body",
      "custom",
      `Body is too long (maximum is ${MAX_COMMENT} characters)`,
      "limit",
    );
}

function createComment(ctx: RestContext): RestResult {
  const issue = issueOf(ctx);
  const { body } = ctx.body as { body: string };
  checkBody(body);
  const id = ctx.services.state.ids.id();
  const now = isoTime();
  const comment: CommentRecord = {
    id,
    nodeId: Ids.nodeId("IssueComment", id),
    issueNumber: issue.number,
    body,
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
  };
  ctx.repo.comments.push(comment);
  void ctx.services.events.issueComment(ctx.repo, issue, comment, "created", ctx.actor);
  return { status: 201, body: renderComment(ctx.services.render, ctx.repo, comment) };
}

function listComments(ctx: RestContext): RestResult {
  const issue = issueOf(ctx);
  const since = optQuery(ctx, "since");
  const comments = ctx.repo.comments.filter((c) => c.issueNumber === issue.number && (!since || c.updatedAt >= since));
  return pagedResult(ctx, comments, (page) => page.map((c) => renderComment(ctx.services.render, ctx.repo, c)));
}

function commentOf(ctx: RestContext): CommentRecord {
  const id = intParam(ctx, "comment_id");
  const comment = ctx.repo.comments.find((c) => c.id === id);
  if (!comment) throw HttpError.notFound();
  return comment;
}

function updateComment(ctx: RestContext): RestResult {
  const comment = commentOf(ctx);
  const { body } = ctx.body as { body: string };
  checkBody(body);
  comment.body = body;
  comment.updatedAt = isoTime();
  const issue = ctx.repo.issues.get(comment.issueNumber)!;
  void ctx.services.events.issueComment(ctx.repo, issue, comment, "edited", ctx.actor);
  return { status: 200, body: renderComment(ctx.services.render, ctx.repo, comment) };
}

function deleteComment(ctx: RestContext): RestResult {
  const comment = commentOf(ctx);
  ctx.repo.comments.splice(ctx.repo.comments.indexOf(comment), 1);
  return { status: 204 };
}

function createIssue(ctx: RestContext): RestResult {
  const body = ctx.body as { title: string | number; body?: string; labels?: unknown[] };
  const now = isoTime();
  const id = ctx.services.state.ids.id();
  const issue: IssueRecord = {
    number: ctx.repo.nextNumber++,
    id,
    nodeId: Ids.nodeId("Issue", id),
    title: String(body.title),
    body: body.body ?? null,
    state: "open",
    user: ctx.actor,
    labels: [],
    createdAt: now,
    updatedAt: now,
    closedAt: null,
  };
  ctx.repo.issues.set(issue.number, issue);
  for (const name of labelNames({ labels: body.labels ?? [] }))
    issue.labels.push(ensureLabel(ctx.services, ctx.repo, name).name);
  void ctx.services.events.issue(ctx.repo, issue, "opened", ctx.actor);
  return { status: 201, body: renderIssue(ctx.services.render, ctx.repo, issue) };
}

function createLabel(ctx: RestContext): RestResult {
  const body = ctx.body as { name: string; color?: string; description?: string };
  if (ctx.repo.labels.has(body.name.toLowerCase())) throw HttpError.validation("Label", "name", "already_exists");
  const label = ensureLabel(ctx.services, ctx.repo, body.name);
  label.color = (body.color ?? "ededed").replace(/^#/, "");
  label.description = body.description ?? null;
  return { status: 201, body: renderLabel(ctx.services.render, ctx.repo, label) };
}

function getLabel(ctx: RestContext): RestResult {
  const label = ctx.repo.labels.get(strParam(ctx, "name").toLowerCase());
  if (!label) throw HttpError.notFound();
  return { status: 200, body: renderLabel(ctx.services.render, ctx.repo, label) };
}

/** Issues, labels on issues and pull requests, and issue comments. */
export const issuesHandlers: HandlerTable = {
  "issues/get": (ctx) => ({ status: 200, body: renderIssue(ctx.services.render, ctx.repo, issueOf(ctx)) }),
  "issues/create": createIssue,
  "issues/add-labels": addLabelsHandler,
  "issues/set-labels": setLabels,
  "issues/remove-label": removeLabelHandler,
  "issues/remove-all-labels": removeAllLabels,
  "issues/list-labels-on-issue": listLabels,
  "issues/create-comment": createComment,
  "issues/list-comments": listComments,
  "issues/get-comment": (ctx) => ({ status: 200, body: renderComment(ctx.services.render, ctx.repo, commentOf(ctx)) }),
  "issues/update-comment": updateComment,
  "issues/delete-comment": deleteComment,
  "issues/create-label": createLabel,
  "issues/get-label": getLabel,
  "issues/list-labels-for-repo": (ctx) =>
    pagedResult(
      ctx,
      [...ctx.repo.labels.values()].map((l) => renderLabel(ctx.services.render, ctx.repo, l)),
    ),
};
