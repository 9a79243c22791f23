import type { ChangedFile } from "../../manifest/deployments-touched.ts";
import { statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";

/** GitHub's compare answer lists at most 250 commits; a longer range cannot be walked commit by commit. */
const COMPARE_COMMIT_LIMIT = 250;

/** A commit on a branch's first-parent line, with what it changed against its first parent. */
export interface BranchCommit {
  readonly sha: string;
  /** A merge commit (two parents), as GitHub's merge button makes: its trigger counts as a merge. */
  readonly merge: boolean;
  /** The author's GitHub login, else the git author name. */
  readonly author: string;
  readonly changed: readonly ChangedFile[];
}

/** How a branch moved since a commit. */
export type BranchMove =
  | { readonly kind: "same" }
  /** First-parent commits after the base, oldest first, at most `cap`; `more` when the cap cut the list. */
  | { readonly kind: "ahead"; readonly commits: readonly BranchCommit[]; readonly more: boolean }
  /** The branch was moved back or rewritten: walk again from `base` (the merge base, or the head itself). */
  | { readonly kind: "reset"; readonly base: string }
  /** Too far ahead to walk: the head alone, carrying every file the whole range changed. */
  | { readonly kind: "jump"; readonly commit: BranchCommit };

interface CompareCommit {
  readonly sha: string;
  readonly parents: readonly { readonly sha: string }[];
  readonly author?: { readonly login?: string } | null;
  readonly commit: { readonly author?: { readonly name?: string } | null };
}

interface DiffFile {
  readonly filename: string;
  readonly status: string;
  readonly previous_filename?: string;
}

/** The commit a branch points at, or undefined when the branch does not exist. */
export async function branchHead(client: GitHubClient, ref: RepoRef, branch: string): Promise<string | undefined> {
  try {
    const answer = await client.request<"GET /repos/{owner}/{repo}/branches/{branch}">(
      "GET /repos/{owner}/{repo}/branches/{branch}",
      { ...ref, branch },
    );
    return answer.data.commit.sha;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** A commit's first parent (one git-data read), or undefined for a root commit: where a branch's first cursor starts. */
export async function firstParent(client: GitHubClient, ref: RepoRef, sha: string): Promise<string | undefined> {
  const answer = await client.request<"GET /repos/{owner}/{repo}/git/commits/{commit_sha}">(
    "GET /repos/{owner}/{repo}/git/commits/{commit_sha}",
    {
      ...ref,
      commit_sha: sha,
    },
  );
  return answer.data.parents[0]?.sha;
}

/** One commit with its first parent and changes: a processed commit judged again. */
export async function branchCommit(
  client: GitHubClient,
  ref: RepoRef,
  sha: string,
): Promise<{ commit: BranchCommit; parent: string | undefined }> {
  const answer = await client.request<"GET /repos/{owner}/{repo}/commits/{ref}">(
    "GET /repos/{owner}/{repo}/commits/{ref}",
    { ...ref, ref: sha },
  );
  const data = answer.data as CompareCommit & { files?: DiffFile[] };
  const parent = data.parents[0]?.sha;
  const changed = parent ? await changesBetween(client, ref, parent, sha) : filesOf(data.files ?? []);
  return { commit: { ...describe(data), changed }, parent };
}

/**
 * How `branch` moved from `base` to `head`: the first-parent commits in between, oldest first,
 * each with what it changed against its first parent (a merge commit: everything its pull
 * request brought), at most `cap` of them. Costs one compare, plus one per commit when there
 * are several.
 */
export async function walkBranch(
  client: GitHubClient,
  ref: RepoRef,
  base: string,
  head: string,
  cap: number,
): Promise<BranchMove> {
  if (base === head) return { kind: "same" };
  let answer;
  try {
    answer = await client.request<"GET /repos/{owner}/{repo}/compare/{basehead}">(
      "GET /repos/{owner}/{repo}/compare/{basehead}",
      {
        ...ref,
        basehead: `${base}...${head}`,
      },
    );
  } catch (error) {
    // The cursor's commit is gone (history rewritten and collected): start again at the head.
    if (statusOf(error) === 404) return { kind: "reset", base: head };
    throw error;
  }
  const data = answer.data;
  if (data.status === "identical") return { kind: "same" };
  if (data.status === "behind") return { kind: "reset", base: head };
  if (data.status === "diverged") return { kind: "reset", base: data.merge_base_commit.sha };
  const bySha = new Map((data.commits as CompareCommit[]).map((c) => [c.sha, c]));
  const line: CompareCommit[] = [];
  for (let sha: string | undefined = head; sha !== undefined && sha !== base;) {
    const commit = bySha.get(sha);
    if (!commit) break;
    line.unshift(commit);
    sha = commit.parents[0]?.sha;
  }
  const reached = line[0]?.parents[0]?.sha === base;
  if (!reached || data.total_commits > COMPARE_COMMIT_LIMIT) {
    const tip = bySha.get(head);
    return {
      kind: "jump",
      commit: {
        sha: head,
        merge: (tip?.parents.length ?? 1) > 1,
        author: tip ? describe(tip).author : "unknown",
        changed: filesOf(data.files ?? []),
      },
    };
  }
  const taken = line.slice(0, cap);
  const commits: BranchCommit[] = [];
  for (const commit of taken) {
    // Every commit on the walked line has a first parent: the walk stopped at the base, its parent.
    const parent = commit.parents[0]?.sha ?? base;
    const changed =
      line.length === 1 && parent === base
        ? filesOf(data.files ?? [])
        : await changesBetween(client, ref, parent, commit.sha);
    commits.push({ ...describe(commit), changed });
  }
  return { kind: "ahead", commits, more: line.length > taken.length };
}

/** What changed from `base` to `head` (GitHub lists up to 300 files): a compare's file list, as added, modified or removed. */
export async function changesBetween(
  client: GitHubClient,
  ref: RepoRef,
  base: string,
  head: string,
): Promise<ChangedFile[]> {
  const answer = await client.request<"GET /repos/{owner}/{repo}/compare/{basehead}">(
    "GET /repos/{owner}/{repo}/compare/{basehead}",
    {
      ...ref,
      basehead: `${base}...${head}`,
      per_page: 1,
    },
  );
  return filesOf(answer.data.files ?? []);
}

function describe(commit: CompareCommit): Omit<BranchCommit, "changed"> {
  return {
    sha: commit.sha,
    merge: commit.parents.length > 1,
    author: commit.author?.login ?? commit.commit.author?.name ?? "unknown",
  };
}

/**
 * GitHub's file list (a compare's or a pull request's) as added, modified or removed. A rename
 * removes one path and adds another: a renamed manifest is a new deployment and a removed one.
 */
export function filesOf(files: readonly DiffFile[]): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const file of files) {
    if (file.status === "added" || file.status === "removed") out.push({ path: file.filename, status: file.status });
    else if (file.status === "renamed") {
      if (file.previous_filename) out.push({ path: file.previous_filename, status: "removed" });
      out.push({ path: file.filename, status: "added" });
    } else out.push({ path: file.filename, status: "modified" });
  }
  return out;
}
