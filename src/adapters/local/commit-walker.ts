import type { ChangedFile } from "../../manifest/deployments-touched.ts";
import type { GitObjectReader } from "./git-object-reader.ts";
import { runGit } from "./run-git.ts";

export interface WalkedCommit {
  readonly sha: string;
  /** A merge commit, as GitHub's merge button makes: triggers count as merges, not pushes. */
  readonly merge: boolean;
  readonly subject: string;
  readonly author: string;
  /** Changes against the first parent: for a merge, everything the pull request brought. */
  readonly changed: readonly ChangedFile[];
}

/** The tip of a branch, or undefined when it does not exist; asked afresh each time. */
export async function branchTip(reader: GitObjectReader, branch: string): Promise<string | undefined> {
  return reader.commit(`refs/heads/${branch}`);
}

/**
 * The branch a repository deploys from: `main`, else `master`, else whatever is checked out; undefined
 * when the reader's folder is not a git repository at all. The candidates are looked up through the
 * reader the command goes on to use (its process is the "is this a repository" probe), so a repository
 * with `main` or `master` costs no process of its own; only the fallback asks `symbolic-ref`.
 */
export async function defaultBranch(reader: GitObjectReader): Promise<string | undefined> {
  const candidates = ["main", "master"];
  // A folder that is missing or not a repository: spawn fails, or git refuses, and the reads reject.
  const tips = await Promise.all(candidates.map((name) => reader.object(`refs/heads/${name}`))).catch(() => undefined);
  if (tips === undefined) return undefined;
  // Only a branch that names a commit counts (as `for-each-ref`'s objecttype would say), and only by its exact name.
  const found = candidates.find((_, i) => tips[i]?.type === "commit");
  if (found) return found;
  const head = await runGit(reader.repo, ["symbolic-ref", "--short", "-q", "HEAD"], { check: false });
  return head.stdout.trim() || "main";
}

/**
 * The first-parent commits up to `tip` after `since`, oldest first, with their changed files.
 * Without `since`, only the tip: a first sync deploys what is there now, not all of history.
 * The caller resolves the tip once per command (the branch as the command found it).
 */
export async function commitsSince(repo: string, tip: string, since: string | undefined): Promise<WalkedCommit[]> {
  const range = since ? [`${since}..${tip}`] : ["-1", tip];
  const listed = await runGit(repo, [
    "rev-list",
    "--first-parent",
    "--reverse",
    "--format=%H%x00%P%x00%an%x00%s",
    ...range,
  ]);
  const walked = listed.stdout
    .split("\n")
    .filter((line) => line.includes("\0"))
    .map((line) => {
      const [sha, parents, author, subject] = line.split("\0") as [string, string, string, string];
      return { sha, parents: parents.split(" ").filter(Boolean), author, subject };
    });
  const changed = await changedFiles(
    repo,
    walked.map((c) => ({ sha: c.sha, parent: c.parents[0] })),
  );
  return walked.map((c) => ({
    sha: c.sha,
    merge: c.parents.length > 1,
    subject: c.subject,
    author: c.author,
    changed: changed.get(c.sha) ?? [],
  }));
}

/**
 * The files each commit changed against its first parent (a root commit: everything in it), from one
 * `diff-tree --stdin` for all of them rather than a process per commit. Each answer starts with the
 * commit's sha on a line of its own (`--always`: even when it changed nothing).
 */
async function changedFiles(
  repo: string,
  commits: readonly { sha: string; parent: string | undefined }[],
): Promise<Map<string, ChangedFile[]>> {
  const changed = new Map<string, ChangedFile[]>();
  if (commits.length === 0) return changed;
  const input = commits.map((c) => (c.parent ? `${c.sha} ${c.parent}\n` : `${c.sha}\n`)).join("");
  const result = await runGit(repo, ["diff-tree", "--stdin", "--always", "-r", "--name-status", "--root"], { input });
  let files: ChangedFile[] = [];
  for (const line of result.stdout.split("\n")) {
    if (/^[0-9a-f]{40,64}$/.test(line)) changed.set(line, (files = []));
    else if (line.includes("\t")) {
      const [status, path] = line.split("\t") as [string, string];
      files.push({
        path,
        status: status.startsWith("A") ? "added" : status.startsWith("D") ? "removed" : "modified",
      });
    }
  }
  return changed;
}
