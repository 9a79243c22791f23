import type { TreeChange } from "../git-store.ts";
import { ZERO_SHA } from "../git-store.ts";
import { HttpError } from "../http-error.ts";
import { Ids } from "../ids.ts";
import { isoTime } from "../iso-time.ts";
import { renderGitCommit, renderRef, renderTree } from "../render-git.ts";
import type { HandlerTable, RestContext, RestResult } from "../rest-context.ts";
import { strParam } from "../rest-context.ts";
import { noreplyEmail, RefMovedError } from "../repo-writer.ts";

const SHA = /^[0-9a-f]{40}$/;

async function createBlob(ctx: RestContext): Promise<RestResult> {
  const { content, encoding } = ctx.body as { content: string; encoding?: string };
  if (encoding === "base64" && !/^[A-Za-z0-9+/\r\n]*={0,2}\s*$/.test(content)) {
    throw HttpError.validation("Blob", "content", "invalid", "content is not valid Base64", "invalid-request");
  }
  const sha = await ctx.repo.store.writeBlob(Buffer.from(content, encoding === "base64" ? "base64" : "utf8"));
  return { status: 201, body: { url: `${ctx.services.render.api}/repos/${ctx.repo.fullName}/git/blobs/${sha}`, sha } };
}

async function getBlob(ctx: RestContext): Promise<RestResult> {
  const sha = strParam(ctx, "file_sha");
  const obj = SHA.test(sha) ? await ctx.repo.store.readObject(sha) : undefined;
  if (obj?.type !== "blob") throw HttpError.notFound();
  return {
    status: 200,
    body: {
      sha,
      node_id: Ids.nodeId("Blob", sha),
      size: obj.content.length,
      url: `${ctx.services.render.api}/repos/${ctx.repo.fullName}/git/blobs/${sha}`,
      content: obj.content.toString("base64"),
      encoding: "base64",
    },
  };
}

interface TreeItem {
  path?: string;
  mode?: string;
  type?: "blob" | "tree" | "commit";
  sha?: string | null;
  content?: string;
}

async function createTree(ctx: RestContext): Promise<RestResult> {
  const store = ctx.repo.store;
  const { tree, base_tree } = ctx.body as { tree: TreeItem[]; base_tree?: string };
  if (base_tree !== undefined) {
    const base = SHA.test(base_tree) ? await store.readObject(base_tree) : undefined;
    if (!base || (base.type !== "tree" && base.type !== "commit"))
      throw HttpError.validation("Tree", "base_tree", "invalid", "base_tree is not a valid tree oid");
  }
  const changes: TreeChange[] = [];
  for (const [index, item] of tree.entries()) {
    if (!item.path || !item.mode || !item.type)
      throw HttpError.validation(
        "Tree",
        `tree.${index}`,
        "missing_field",
        "Must supply a valid tree.path, tree.mode and tree.type",
        "invalid-request",
      );
    if (item.sha === null) {
      changes.push({ path: item.path, entry: null });
      continue;
    }
    let sha = item.sha;
    if (item.content !== undefined) sha = await store.writeBlob(Buffer.from(item.content));
    const obj = sha && SHA.test(sha) ? await store.readObject(sha) : undefined;
    if (!sha || !obj || (item.type !== "commit" && obj.type !== item.type)) {
      throw new HttpError(422, `tree.sha ${String(sha)} is not a valid ${item.type}`, {
        errors: [{ resource: "Tree", field: "sha", code: "invalid" }],
      });
    }
    changes.push({ path: item.path, entry: { mode: item.mode, type: item.type, sha } });
  }
  const sha = await store.buildTree(base_tree, changes);
  return { status: 201, body: renderTree(ctx.services.render, ctx.repo, sha, await store.readTree(sha)) };
}

async function getTree(ctx: RestContext): Promise<RestResult> {
  const sha = strParam(ctx, "tree_sha");
  const treeSha = await ctx.repo.store
    .resolveCommitish(sha)
    .then(async (commit) => (commit ? (await ctx.repo.store.readCommit(commit))?.tree : undefined));
  const target = treeSha ?? sha;
  const obj = SHA.test(target) ? await ctx.repo.store.readObject(target) : undefined;
  if (obj?.type !== "tree") throw HttpError.notFound();
  const recursive =
    ctx.query["recursive"] !== undefined && ctx.query["recursive"] !== "0" && ctx.query["recursive"] !== "false";
  return {
    status: 200,
    body: renderTree(ctx.services.render, ctx.repo, obj.sha, await ctx.repo.store.readTree(obj.sha, recursive)),
  };
}

interface CommitBody {
  message: string;
  tree: string;
  parents?: string[];
  author?: { name: string; email: string; date?: string };
  committer?: { name: string; email: string; date?: string };
}

async function createCommit(ctx: RestContext): Promise<RestResult> {
  const store = ctx.repo.store;
  const body = ctx.body as unknown as CommitBody;
  const tree = SHA.test(body.tree) ? await store.readObject(body.tree) : undefined;
  if (tree?.type !== "tree")
    throw new HttpError(422, "Tree SHA does not exist", {
      errors: [{ resource: "Commit", field: "tree", code: "invalid" }],
    });
  for (const parent of body.parents ?? []) {
    const obj = SHA.test(parent) ? await store.readObject(parent) : undefined;
    if (obj?.type !== "commit") throw new HttpError(422, "Parent SHA does not exist or is not a commit object");
  }
  const now = isoTime();
  const author = {
    name: body.author?.name ?? ctx.actor.login,
    email: body.author?.email ?? noreplyEmail(ctx.actor),
    date: body.author?.date ?? now,
  };
  const committer = body.committer ? { date: now, ...body.committer } : author;
  const sha = await store.writeCommit({
    tree: body.tree,
    parents: body.parents ?? [],
    author,
    committer,
    message: body.message,
  });
  return { status: 201, body: renderGitCommit(ctx.services.render, ctx.repo, (await store.readCommit(sha))!) };
}

async function getGitCommit(ctx: RestContext): Promise<RestResult> {
  const sha = strParam(ctx, "commit_sha");
  const commit = SHA.test(sha) ? await ctx.repo.store.readCommit(sha) : undefined;
  if (!commit) throw HttpError.notFound();
  return { status: 200, body: renderGitCommit(ctx.services.render, ctx.repo, commit) };
}

async function getRef(ctx: RestContext): Promise<RestResult> {
  const name = `refs/${strParam(ctx, "ref")}`;
  const found = (await ctx.repo.store.listRefs(name)).find((r) => r.ref === name);
  if (!found) throw HttpError.notFound();
  return { status: 200, body: renderRef(ctx.services.render, ctx.repo, found.ref, found.sha, found.type) };
}

async function matchingRefs(ctx: RestContext): Promise<RestResult> {
  const prefix = `refs/${strParam(ctx, "ref")}`;
  const refs = (await ctx.repo.store.listRefs("refs/")).filter(
    (r) => r.ref.startsWith(prefix) && !r.ref.startsWith("refs/pull/"),
  );
  return { status: 200, body: refs.map((r) => renderRef(ctx.services.render, ctx.repo, r.ref, r.sha, r.type)) };
}

async function createRef(ctx: RestContext): Promise<RestResult> {
  const { ref, sha } = ctx.body as { ref: string; sha: string };
  if (!/^refs\/[^/]+\/.+/.test(ref) || ref.endsWith("/") || ref.includes(".."))
    throw new HttpError(422, `Reference name must start with 'refs/' and have at least two slashes.`);
  const repo = ctx.repo;
  return repo.lock.run(async () => {
    const obj = SHA.test(sha) ? await repo.store.readObject(sha) : undefined;
    if (!obj) throw new HttpError(422, "Object does not exist");
    if (ref.startsWith("refs/heads/") && obj.type !== "commit") throw new HttpError(422, "Object is not a commit");
    if (await repo.store.refSha(ref)) throw new HttpError(422, "Reference already exists");
    try {
      await ctx.services.writer.moveRef(repo, ref, sha, { expected: ZERO_SHA, sender: ctx.actor });
    } catch (error) {
      if (error instanceof RefMovedError) throw new HttpError(422, "Reference already exists", { cause: error });
      throw error;
    }
    return { status: 201, body: renderRef(ctx.services.render, repo, ref, sha, obj.type) };
  });
}

async function updateRef(ctx: RestContext): Promise<RestResult> {
  const ref = `refs/${strParam(ctx, "ref")}`;
  const { sha, force } = ctx.body as { sha: string; force?: boolean };
  const repo = ctx.repo;
  return repo.lock.run(async () => {
    const current = await repo.store.refSha(ref);
    if (!current) throw new HttpError(422, "Reference does not exist");
    const obj = SHA.test(sha) ? await repo.store.readObject(sha) : undefined;
    if (!obj) throw new HttpError(422, "Object does not exist");
    if (obj.type !== "commit") throw new HttpError(422, "Object is not a commit");
    if (!force && !(await repo.store.isAncestor(current, sha)))
      throw new HttpError(422, "Update is not a fast forward");
    await ctx.services.writer.moveRef(repo, ref, sha, { expected: current, sender: ctx.actor, forced: force === true });
    return { status: 200, body: renderRef(ctx.services.render, repo, ref, sha) };
  });
}

async function deleteRef(ctx: RestContext): Promise<RestResult> {
  const ref = `refs/${strParam(ctx, "ref")}`;
  const repo = ctx.repo;
  return repo.lock.run(async () => {
    if (!(await repo.store.refSha(ref))) throw new HttpError(422, "Reference does not exist");
    await ctx.services.writer.deleteRef(repo, ref, ctx.actor);
    return { status: 204 };
  });
}

/** Git database API: blobs, trees (with base_tree), commits and refs with GitHub's fast-forward rule. */
export const gitDataHandlers: HandlerTable = {
  "git/create-blob": createBlob,
  "git/get-blob": getBlob,
  "git/create-tree": createTree,
  "git/get-tree": getTree,
  "git/create-commit": createCommit,
  "git/get-commit": getGitCommit,
  "git/get-ref": getRef,
  "git/list-matching-refs": matchingRefs,
  "git/create-ref": createRef,
  "git/update-ref": updateRef,
  "git/delete-ref": deleteRef,
};
