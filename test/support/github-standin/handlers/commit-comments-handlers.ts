import { HttpError } from "../http-error.ts";
import { Ids } from "../ids.ts";
import { isoTime } from "../iso-time.ts";
import type { Renderer } from "../renderer.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { pagedResult, strParam } from "../rest-context.ts";
import type { CommitCommentRecord, RepoRecord } from "../standin-state.ts";
import { resolveCommitOr422 } from "./commits-handlers.ts";

/** GitHub's limit for a comment body. */
const MAX_COMMENT = 65536;

/** A `commit-comment` (on the commit as a whole: no path, position or line). */
export function renderCommitComment(r: Renderer, repo: RepoRecord, c: CommitCommentRecord): unknown {
  return r.conform("commit-comment", {
    html_url: `${r.state.htmlUrl}/${repo.fullName}/commit/${c.sha}#commitcomment-${c.id}`,
    url: `${r.api}/repos/${repo.fullName}/comments/${c.id}`,
    id: c.id,
    node_id: c.nodeId,
    body: c.body,
    path: null,
    position: null,
    line: null,
    commit_id: c.sha,
    user: r.user(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: c.user.type === "Bot" ? "NONE" : "MEMBER",
  });
}

async function createCommitComment(ctx: RestContext): Promise<RestResult> {
  const sha = await resolveCommitOr422(ctx.repo, strParam(ctx, "commit_sha"));
  const { body } = ctx.body as { body: string };
  if (body.length > MAX_COMMENT)
    throw HttpError.validation(
      "CommitComment",
      "body",
      "custom",
      `Body is too long (maximum is ${MAX_COMMENT} characters)`,
      "limit",
    );
  const id = ctx.services.state.ids.id();
  const now = isoTime();
  const comment: CommitCommentRecord = {
    id,
    nodeId: Ids.nodeId("CommitComment", id),
    sha,
    body,
    user: ctx.actor,
    createdAt: now,
    updatedAt: now,
  };
  ctx.repo.commitComments.push(comment);
  return { status: 201, body: renderCommitComment(ctx.services.render, ctx.repo, comment) };
}

async function listForCommit(ctx: RestContext): Promise<RestResult> {
  const sha = await resolveCommitOr422(ctx.repo, strParam(ctx, "commit_sha"));
  const comments = ctx.repo.commitComments.filter((c) => c.sha === sha);
  return pagedResult(ctx, comments, (page) => page.map((c) => renderCommitComment(ctx.services.render, ctx.repo, c)));
}

/** Comments on commits: create and list for one commit. */
export const commitCommentsHandlers: HandlerTable = {
  "repos/create-commit-comment": createCommitComment,
  "repos/list-comments-for-commit": listForCommit,
};
