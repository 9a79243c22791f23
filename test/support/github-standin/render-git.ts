import type { GitCommit, GitDiffFile, GitTreeEntry } from "./git-store.ts";
import { Ids } from "./ids.ts";
import type { Renderer } from "./renderer.ts";
import type { RepoRecord, UserRecord } from "./standin-state.ts";

type Json = Record<string, unknown>;

const UNSIGNED = { verified: false, reason: "unsigned", signature: null, payload: null, verified_at: null };

/** Maps a commit email to an account the way GitHub does for noreply addresses; other emails map to nobody. */
export function userForEmail(r: Renderer, email: string): UserRecord | undefined {
  const m = /^(?:\d+\+)?([^@]+)@users\.noreply\.github\.com$/.exec(email);
  if (!m) return undefined;
  return r.state.users.get(m[1]!.toLowerCase());
}

/** Git database API shape (`git-commit`). */
export function renderGitCommit(r: Renderer, repo: RepoRecord, c: GitCommit): Json {
  const base = `${r.api}/repos/${repo.fullName}`;
  return {
    sha: c.sha,
    node_id: Ids.nodeId("Commit", c.sha),
    url: `${base}/git/commits/${c.sha}`,
    html_url: `${r.state.htmlUrl}/${repo.fullName}/commit/${c.sha}`,
    author: { ...c.author },
    committer: { ...c.committer },
    tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
    message: c.message,
    parents: c.parents.map((sha) => ({
      sha,
      url: `${base}/git/commits/${sha}`,
      html_url: `${r.state.htmlUrl}/${repo.fullName}/commit/${sha}`,
    })),
    verification: UNSIGNED,
  };
}

/** REST commit shape (`commit`), with `files` and `stats` when a diff is given. */
export function renderCommit(r: Renderer, repo: RepoRecord, c: GitCommit, files?: GitDiffFile[]): Json {
  const base = `${r.api}/repos/${repo.fullName}`;
  const author = userForEmail(r, c.author.email);
  const committer = userForEmail(r, c.committer.email);
  const json: Json = {
    url: `${base}/commits/${c.sha}`,
    sha: c.sha,
    node_id: Ids.nodeId("Commit", c.sha),
    html_url: `${r.state.htmlUrl}/${repo.fullName}/commit/${c.sha}`,
    comments_url: `${base}/commits/${c.sha}/comments`,
    commit: {
      url: `${base}/git/commits/${c.sha}`,
      author: { ...c.author },
      committer: { ...c.committer },
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${base}/git/trees/${c.tree}` },
      verification: UNSIGNED,
    },
    author: author ? r.user(author) : null,
    committer: committer ? r.user(committer) : null,
    parents: c.parents.map((sha) => ({
      sha,
      url: `${base}/commits/${sha}`,
      html_url: `${r.state.htmlUrl}/${repo.fullName}/commit/${sha}`,
    })),
  };
  if (files) {
    const additions = files.reduce((n, f) => n + f.additions, 0);
    const deletions = files.reduce((n, f) => n + f.deletions, 0);
    json["stats"] = { additions, deletions, total: additions + deletions };
    json["files"] = files.map((f) => renderDiffEntry(r, repo, f, c.sha));
  }
  return json;
}

/** A `diff-entry` (file of a commit, comparison or pull request). */
export function renderDiffEntry(r: Renderer, repo: RepoRecord, f: GitDiffFile, ref: string): Json {
  const path = f.filename.split("/").map(encodeURIComponent).join("/");
  return {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.additions + f.deletions,
    blob_url: `${r.state.htmlUrl}/${repo.fullName}/blob/${ref}/${path}`,
    raw_url: `${r.state.htmlUrl}/${repo.fullName}/raw/${ref}/${path}`,
    contents_url: `${r.api}/repos/${repo.fullName}/contents/${path}?ref=${ref}`,
  };
}

/** A `git-ref`. */
export function renderRef(r: Renderer, repo: RepoRecord, ref: string, sha: string, type = "commit"): Json {
  const kind = type === "tag" ? "tags" : type === "tree" ? "trees" : type === "blob" ? "blobs" : "commits";
  return {
    ref,
    node_id: Ids.nodeId("Ref", `${repo.id}:${ref}`),
    url: `${r.api}/repos/${repo.fullName}/git/${ref}`,
    object: { type, sha, url: `${r.api}/repos/${repo.fullName}/git/${kind}/${sha}` },
  };
}

/** A `git-tree`. */
export function renderTree(r: Renderer, repo: RepoRecord, sha: string, entries: GitTreeEntry[]): Json {
  const base = `${r.api}/repos/${repo.fullName}/git`;
  return {
    sha,
    url: `${base}/trees/${sha}`,
    truncated: false,
    tree: entries.map((e) => {
      const entry: Json = {
        path: e.path,
        mode: e.mode,
        type: e.type,
        sha: e.sha,
        url: `${base}/${e.type === "tree" ? "trees" : "blobs"}/${e.sha}`,
      };
      if (e.size !== undefined) entry["size"] = e.size;
      return entry;
    }),
  };
}

/** One entry of the contents API (file with content, or directory listing item without). */
export function renderContent(
  r: Renderer,
  repo: RepoRecord,
  ref: string,
  entry: { path: string; sha: string; type: "file" | "dir" | "submodule"; size: number },
  content?: Buffer,
): Json {
  const enc = entry.path.split("/").map(encodeURIComponent).join("/");
  const url = `${r.api}/repos/${repo.fullName}/contents/${enc}?ref=${encodeURIComponent(ref)}`;
  const gitUrl = `${r.api}/repos/${repo.fullName}/git/${entry.type === "dir" ? "trees" : "blobs"}/${entry.sha}`;
  const html = `${r.state.htmlUrl}/${repo.fullName}/${entry.type === "dir" ? "tree" : "blob"}/${ref}/${enc}`;
  const json: Json = {
    type: entry.type,
    size: entry.size,
    name: entry.path.split("/").pop(),
    path: entry.path,
    sha: entry.sha,
    url,
    git_url: gitUrl,
    html_url: html,
    download_url: entry.type === "file" ? `${r.state.htmlUrl}/${repo.fullName}/raw/${ref}/${enc}` : null,
    _links: { self: url, git: gitUrl, html },
  };
  if (content) {
    // GitHub wraps base64 content at 60 columns.
    json["content"] =
      content.length === 0 ? "" : (content.toString("base64").match(/.{1,60}/g) ?? []).join("\n") + "\n";
    json["encoding"] = "base64";
  }
  return json;
}
