import { HttpError } from "../http-error.ts";
import { renderContent, renderGitCommit } from "../render-git.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { optQuery, strParam } from "../rest-context.ts";
import type { RepoRecord } from "../standin-state.ts";

const BASE64 = /^[A-Za-z0-9+/\r\n]*={0,2}\s*$/;

/** Resolves the `ref` query/body value (default branch when absent) to a commit, or GitHub's 404. */
export async function commitForRef(repo: RepoRecord, ref: string | undefined): Promise<string> {
  const name = ref ?? repo.defaultBranch;
  const sha = await repo.store.resolveCommitish(name);
  if (!sha) throw new HttpError(404, `No commit found for the ref ${name}`);
  return sha;
}

function cleanPath(path: string): string {
  return path.replace(/^\/+|\/+$/g, "");
}

function wantsRaw(ctx: RestContext): boolean {
  return /application\/vnd\.github(\.v3)?\.raw/.test(String(ctx.headers["accept"] ?? ""));
}

async function getContent(ctx: RestContext): Promise<RestResult> {
  const repo = ctx.repo;
  const ref = optQuery(ctx, "ref");
  const sha = await commitForRef(repo, ref);
  const refName = ref ?? repo.defaultBranch;
  const path = cleanPath(strParam(ctx, "path"));
  const obj = await repo.store.readObject(path ? `${sha}:${path}` : `${sha}^{tree}`);
  if (!obj) throw HttpError.notFound();
  if (obj.type === "blob") {
    if (wantsRaw(ctx))
      return { status: 200, raw: { contentType: "application/vnd.github.raw; charset=utf-8", data: obj.content } };
    return {
      status: 200,
      body: renderContent(
        ctx.services.render,
        repo,
        refName,
        { path, sha: obj.sha, type: "file", size: obj.content.length },
        obj.content,
      ),
    };
  }
  const entries = await repo.store.readTree(obj.sha);
  const body = entries.map((e) =>
    renderContent(ctx.services.render, repo, refName, {
      path: path ? `${path}/${e.path}` : e.path,
      sha: e.sha,
      type: e.type === "tree" ? "dir" : e.type === "commit" ? "submodule" : "file",
      size: e.size ?? 0,
    }),
  );
  return { status: 200, body };
}

interface FileBody {
  message: string;
  content?: string;
  sha?: string;
  branch?: string;
  committer?: { name: string; email: string; date?: string };
  author?: { name: string; email: string; date?: string };
}

async function putContent(ctx: RestContext): Promise<RestResult> {
  const repo = ctx.repo;
  const body = ctx.body as unknown as FileBody;
  const path = cleanPath(strParam(ctx, "path"));
  if (!BASE64.test(body.content ?? "")) {
    throw HttpError.validation("Blob", "content", "invalid", "content is not valid Base64", "invalid-request");
  }
  return repo.lock.run(async () => {
    const branch = body.branch ?? repo.defaultBranch;
    const head = await repo.store.refSha(`refs/heads/${branch}`);
    if (!head && (branch !== repo.defaultBranch || (await repo.store.listRefs("refs/heads/")).length > 0)) {
      throw new HttpError(404, `Branch ${branch} not found`);
    }
    const existing = head ? await repo.store.readObject(`${head}:${path}`) : undefined;
    if (existing?.type === "tree") throw HttpError.validation("Content", "path", "invalid", `${path} is a directory`);
    if (existing && body.sha === undefined) throw new HttpError(422, `Invalid request.\n\n"sha" wasn't supplied.`);
    if (body.sha !== undefined && body.sha !== existing?.sha)
      throw new HttpError(409, `${path} does not match ${body.sha}`);
    const content = Buffer.from(body.content ?? "", "base64");
    const update = await ctx.services.writer.commit(repo, {
      branch,
      changes: { [path]: content },
      message: body.message,
      sender: ctx.actor,
      ...(body.author ? { author: body.author } : {}),
      ...(body.committer ? { committer: body.committer } : {}),
    });
    return { status: existing ? 200 : 201, body: await fileCommit(ctx, repo, update.sha, branch, path) };
  });
}

async function deleteContent(ctx: RestContext): Promise<RestResult> {
  const repo = ctx.repo;
  const body = ctx.body as unknown as FileBody;
  const path = cleanPath(strParam(ctx, "path"));
  return repo.lock.run(async () => {
    const branch = body.branch ?? repo.defaultBranch;
    const head = await repo.store.refSha(`refs/heads/${branch}`);
    if (!head) throw new HttpError(404, `Branch ${branch} not found`);
    const existing = await repo.store.readObject(`${head}:${path}`);
    if (!existing || existing.type !== "blob") throw HttpError.notFound();
    if (body.sha !== existing.sha) throw new HttpError(409, `${path} does not match ${String(body.sha)}`);
    const update = await ctx.services.writer.commit(repo, {
      branch,
      changes: { [path]: null },
      message: body.message,
      sender: ctx.actor,
      ...(body.author ? { author: body.author } : {}),
      ...(body.committer ? { committer: body.committer } : {}),
    });
    const commit = (await repo.store.readCommit(update.sha))!;
    return { status: 200, body: { content: null, commit: renderGitCommit(ctx.services.render, repo, commit) } };
  });
}

async function fileCommit(
  ctx: RestContext,
  repo: RepoRecord,
  sha: string,
  branch: string,
  path: string,
): Promise<Record<string, unknown>> {
  const commit = (await repo.store.readCommit(sha))!;
  const blob = (await repo.store.readObject(`${sha}:${path}`))!;
  const content = renderContent(ctx.services.render, repo, branch, {
    path,
    sha: blob.sha,
    type: "file",
    size: blob.content.length,
  });
  return { content, commit: renderGitCommit(ctx.services.render, repo, commit) };
}

/** Contents API: read, create/update and delete files with GitHub's blob-sha rule. */
export const contentsHandlers: HandlerTable = {
  "repos/get-content": getContent,
  "repos/create-or-update-file-contents": putContent,
  "repos/delete-file": deleteContent,
};
