import { HttpError } from "../http-error.ts";
import { renderCommit, renderDiffEntry } from "../render-git.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { optQuery, paginate, strParam } from "../rest-context.ts";
import type { RepoRecord } from "../standin-state.ts";

/** Resolves a ref or sha to a commit, or GitHub's 422 "No commit found for SHA". */
export async function resolveCommitOr422(repo: RepoRecord, ref: string): Promise<string> {
  const sha = await repo.store.resolveCommitish(ref);
  if (!sha) throw HttpError.validation("Commit", "sha", "invalid", `No commit found for SHA: ${ref}`);
  return sha;
}

async function getCommit(ctx: RestContext): Promise<RestResult> {
  const ref = strParam(ctx, "ref");
  const sha = await ctx.repo.store.resolveCommitish(ref);
  if (!sha) throw new HttpError(422, `No commit found for SHA: ${ref}`);
  const commit = (await ctx.repo.store.readCommit(sha))!;
  const files = await ctx.repo.store.diff(commit.parents[0], sha);
  return { status: 200, body: renderCommit(ctx.services.render, ctx.repo, commit, files) };
}

async function listCommits(ctx: RestContext): Promise<RestResult> {
  const repo = ctx.repo;
  const ref = optQuery(ctx, "sha") ?? repo.defaultBranch;
  const sha = await repo.store.resolveCommitish(ref);
  if (!sha) {
    // An empty repository answers 409 "Git Repository is empty." rather than 404.
    if ((await repo.store.listRefs("refs/heads/")).length === 0) throw new HttpError(409, "Git Repository is empty.");
    throw HttpError.notFound();
  }
  const args = [sha];
  const since = optQuery(ctx, "since");
  const until = optQuery(ctx, "until");
  if (since) args.push(`--since=${since}`);
  if (until) args.push(`--until=${until}`);
  const path = optQuery(ctx, "path");
  if (path) args.push("--", path);
  const shas = await repo.store.revList(args);
  const { page, headers } = paginate(ctx, shas);
  const commits = [];
  for (const s of page) commits.push(renderCommit(ctx.services.render, repo, (await repo.store.readCommit(s))!));
  return { status: 200, body: commits, headers };
}

/** Splits `base...head` (or `base..head`), dropping an `owner:` prefix that names this repository. */
function parseBasehead(repo: RepoRecord, basehead: string): [string, string] {
  const m = /^(.+?)\.\.\.?(.+)$/.exec(basehead);
  if (!m) throw HttpError.notFound();
  const strip = (side: string): string => {
    const colon = side.indexOf(":");
    if (colon === -1) return side;
    if (side.slice(0, colon).toLowerCase() !== repo.owner.login.toLowerCase()) throw HttpError.notFound();
    return side.slice(colon + 1);
  };
  return [strip(m[1]!), strip(m[2]!)];
}

async function compare(ctx: RestContext): Promise<RestResult> {
  const repo = ctx.repo;
  // `/compare/{basehead}` and the older `/compare/{base}...{head}` are the same endpoint.
  const basehead =
    typeof ctx.params["basehead"] === "string"
      ? ctx.params["basehead"]
      : `${strParam(ctx, "base")}...${strParam(ctx, "head")}`;
  const [baseRef, headRef] = parseBasehead(repo, basehead);
  const base = await repo.store.resolveCommitish(baseRef);
  const head = await repo.store.resolveCommitish(headRef);
  if (!base || !head) throw HttpError.notFound();
  const mergeBase = await repo.store.mergeBase(base, head);
  if (!mergeBase) throw HttpError.notFound(`No common ancestor between ${baseRef} and ${headRef}.`);
  const ahead = await repo.store.revList(["--reverse", head, `^${base}`]);
  const behind = await repo.store.revList([base, `^${head}`]);
  const status =
    ahead.length === 0 && behind.length === 0
      ? "identical"
      : behind.length === 0
        ? "ahead"
        : ahead.length === 0
          ? "behind"
          : "diverged";
  const r = ctx.services.render;
  const commits = [];
  for (const s of ahead.slice(0, 250)) commits.push(renderCommit(r, repo, (await repo.store.readCommit(s))!));
  const files = (await repo.store.diff(mergeBase, head)).slice(0, 300).map((f) => renderDiffEntry(r, repo, f, head));
  const url = `${r.api}/repos/${repo.fullName}/compare/${baseRef}...${headRef}`;
  const html = `${r.state.htmlUrl}/${repo.fullName}/compare/${baseRef}...${headRef}`;
  return {
    status: 200,
    body: {
      url,
      html_url: html,
      permalink_url: `${r.state.htmlUrl}/${repo.fullName}/compare/${repo.owner.login}:${base.slice(0, 7)}...${repo.owner.login}:${head.slice(0, 7)}`,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      base_commit: renderCommit(r, repo, (await repo.store.readCommit(base))!),
      merge_base_commit: renderCommit(r, repo, (await repo.store.readCommit(mergeBase))!),
      status,
      ahead_by: ahead.length,
      behind_by: behind.length,
      total_commits: ahead.length,
      commits,
      files,
    },
  };
}

/** Commits: one commit with files, list with path filter and pagination, and compare with files. */
export const commitsHandlers: HandlerTable = {
  "repos/get-commit": getCommit,
  "repos/list-commits": listCommits,
  "repos/compare-commits-with-basehead": compare,
  "repos/compare-commits": compare,
};
