import { HttpError } from "../http-error.ts";
import { renderDiffEntry, renderCommit } from "../render-git.ts";
import { renderPull } from "../render-pulls.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { intParam, optQuery, paginate, pagedResult } from "../rest-context.ts";
import type { IssueRecord, RepoRecord } from "../standin-state.ts";

/** The pull request numbered in the path, or 404. */
export function pullOf(ctx: RestContext): IssueRecord {
  const issue = ctx.repo.issues.get(intParam(ctx, "pull_number"));
  if (!issue?.pull) throw HttpError.notFound();
  return issue;
}

/** Finds the repository a `head` of `owner:branch` names: this one, or a fork of it. */
function headRepoFor(ctx: RestContext, head: string): { repo: RepoRecord; ref: string } {
  const colon = head.indexOf(":");
  if (colon === -1) return { repo: ctx.repo, ref: head };
  const owner = head.slice(0, colon).toLowerCase();
  const ref = head.slice(colon + 1);
  if (owner === ctx.repo.owner.login.toLowerCase()) return { repo: ctx.repo, ref };
  const fork = [...ctx.services.state.repos.values()].find(
    (r) => r.parent === ctx.repo && r.owner.login.toLowerCase() === owner,
  );
  if (!fork) throw HttpError.validation("PullRequest", "head", "invalid");
  return { repo: fork, ref };
}

async function create(ctx: RestContext): Promise<RestResult> {
  const body = ctx.body as {
    title?: string;
    head: string;
    base: string;
    body?: string;
    draft?: boolean;
    issue?: number;
  };
  if (body.title === undefined) throw HttpError.validation("PullRequest", "title", "missing_field");
  const head = headRepoFor(ctx, body.head);
  const { issue } = await ctx.services.pulls.open(ctx.repo, {
    headRepo: head.repo,
    headRef: head.ref,
    baseRef: body.base,
    title: body.title,
    body: body.body ?? null,
    draft: body.draft ?? false,
    user: ctx.actor,
  });
  return {
    status: 201,
    body: renderPull(ctx.services.render, ctx.repo, issue, await ctx.services.pulls.stats(ctx.repo, issue)),
  };
}

async function get(ctx: RestContext): Promise<RestResult> {
  const issue = pullOf(ctx);
  return {
    status: 200,
    body: renderPull(ctx.services.render, ctx.repo, issue, await ctx.services.pulls.stats(ctx.repo, issue)),
  };
}

function list(ctx: RestContext): RestResult {
  const state = optQuery(ctx, "state") ?? "open";
  const head = optQuery(ctx, "head");
  const base = optQuery(ctx, "base");
  const pulls = [...ctx.repo.issues.values()]
    .filter((i) => i.pull && (state === "all" || i.state === state))
    .filter((i) => !base || i.pull!.baseRef === base)
    .filter((i) => !head || `${i.pull!.headRepo.owner.login}:${i.pull!.headRef}`.toLowerCase() === head.toLowerCase())
    .sort((a, b) => b.number - a.number);
  const r = ctx.services.render;
  return pagedResult(ctx, pulls, (page) => page.map((i) => renderPull(r, ctx.repo, i)));
}

/** `GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls`: the pull requests merged as the commit, or whose head it is. */
function associatedWithCommit(ctx: RestContext): RestResult {
  const sha = String(ctx.params["commit_sha"] ?? "");
  const pulls = [...ctx.repo.issues.values()]
    .filter((i) => i.pull && (i.pull.mergeCommitSha === sha || i.pull.headSha === sha))
    .sort((a, b) => b.number - a.number);
  const r = ctx.services.render;
  return pagedResult(ctx, pulls, (page) => page.map((i) => renderPull(r, ctx.repo, i)));
}

async function update(ctx: RestContext): Promise<RestResult> {
  const issue = pullOf(ctx);
  const body = ctx.body as { title?: string; body?: string; state?: "open" | "closed"; base?: string };
  if (body.base !== undefined) {
    if (!(await ctx.repo.store.refSha(`refs/heads/${body.base}`)))
      throw HttpError.validation("PullRequest", "base", "invalid");
    issue.pull!.baseRef = body.base;
  }
  if (body.title !== undefined) issue.title = body.title;
  if (body.body !== undefined) issue.body = body.body;
  if (body.state !== undefined) {
    if (issue.pull!.mergedAt && body.state === "open")
      throw HttpError.validation("PullRequest", "state", "invalid", "Cannot reopen a merged pull request");
    void ctx.services.pulls.setState(ctx.repo, issue, body.state, ctx.actor);
  }
  return {
    status: 200,
    body: renderPull(ctx.services.render, ctx.repo, issue, await ctx.services.pulls.stats(ctx.repo, issue)),
  };
}

async function listFiles(ctx: RestContext): Promise<RestResult> {
  const issue = pullOf(ctx);
  const repo = ctx.repo;
  const { mergeBase } = await ctx.services.pulls.stats(repo, issue);
  const files = (await repo.store.diff(mergeBase, issue.pull!.headSha)).slice(0, 3000);
  return pagedResult(ctx, files, (page) =>
    page.map((f) => renderDiffEntry(ctx.services.render, repo, f, issue.pull!.headSha)),
  );
}

async function listCommits(ctx: RestContext): Promise<RestResult> {
  const issue = pullOf(ctx);
  const repo = ctx.repo;
  const { mergeBase } = await ctx.services.pulls.stats(repo, issue);
  const shas = await repo.store.revList(["--reverse", issue.pull!.headSha, `^${mergeBase}`]);
  const { page, headers } = paginate(ctx, shas);
  const commits = [];
  for (const sha of page) commits.push(renderCommit(ctx.services.render, repo, (await repo.store.readCommit(sha))!));
  return { status: 200, body: commits, headers };
}

async function merge(ctx: RestContext): Promise<RestResult> {
  const issue = pullOf(ctx);
  const body = ctx.body as {
    commit_title?: string;
    commit_message?: string;
    sha?: string;
    merge_method?: "merge" | "squash" | "rebase";
  };
  const { sha } = await ctx.services.pulls.merge(ctx.repo, issue, {
    user: ctx.actor,
    ...(body.sha === undefined ? {} : { sha: body.sha }),
    ...(body.merge_method === undefined ? {} : { method: body.merge_method }),
    ...(body.commit_title === undefined ? {} : { title: body.commit_title }),
    ...(body.commit_message === undefined ? {} : { message: body.commit_message }),
  });
  return { status: 200, body: { sha, merged: true, message: "Pull Request successfully merged" } };
}

function checkMerged(ctx: RestContext): RestResult {
  const issue = pullOf(ctx);
  if (!issue.pull!.mergedAt) throw HttpError.notFound();
  return { status: 204 };
}

/** Pull requests: create (same repo or fork), get, list, update, files, commits, merge. */
export const pullsHandlers: HandlerTable = {
  "pulls/create": create,
  "pulls/get": get,
  "pulls/list": list,
  "repos/list-pull-requests-associated-with-commit": associatedWithCommit,
  "pulls/update": update,
  "pulls/list-files": listFiles,
  "pulls/list-commits": listCommits,
  "pulls/merge": merge,
  "pulls/check-if-merged": checkMerged,
};
