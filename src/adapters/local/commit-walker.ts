import type { ChangedFile } from "../../manifest/deployments-touched.ts";
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

/** The tip of a branch, or undefined when it does not exist. */
export async function branchTip(repo: string, branch: string): Promise<string | undefined> {
  const result = await runGit(repo, ["rev-parse", "--verify", "--quiet", `refs/heads/${branch}^{commit}`], {
    check: false,
  });
  return result.code === 0 ? result.stdout.trim() : undefined;
}

/** The branch a repository deploys from: `main`, else `master`, else whatever is checked out. */
export async function defaultBranch(repo: string): Promise<string> {
  for (const name of ["main", "master"]) if (await branchTip(repo, name)) return name;
  const head = await runGit(repo, ["symbolic-ref", "--short", "-q", "HEAD"], { check: false });
  return head.stdout.trim() || "main";
}

/**
 * The first-parent commits on `branch` after `since`, oldest first, with their changed files.
 * Without `since`, only the tip: a first sync deploys what is there now, not all of history.
 */
export async function commitsSince(repo: string, branch: string, since: string | undefined): Promise<WalkedCommit[]> {
  const tip = await branchTip(repo, branch);
  if (!tip) return [];
  const range = since ? [`${since}..${tip}`] : ["-1", tip];
  const listed = await runGit(repo, [
    "rev-list",
    "--first-parent",
    "--reverse",
    "--format=%H%x00%P%x00%an%x00%s",
    ...range,
  ]);
  const commits: WalkedCommit[] = [];
  for (const line of listed.stdout.split("\n")) {
    if (!line.includes("\0")) continue;
    const [sha, parents, author, subject] = line.split("\0") as [string, string, string, string];
    const parentList = parents.split(" ").filter(Boolean);
    commits.push({
      sha,
      merge: parentList.length > 1,
      subject,
      author,
      changed: await changedFiles(repo, sha, parentList[0]),
    });
  }
  return commits;
}

async function changedFiles(repo: string, sha: string, parent: string | undefined): Promise<ChangedFile[]> {
  const args = parent
    ? ["diff-tree", "-r", "--no-commit-id", "--name-status", parent, sha]
    : ["diff-tree", "-r", "--no-commit-id", "--name-status", "--root", sha];
  const result = await runGit(repo, args);
  return result.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [status, path] = line.split("\t") as [string, string];
      return {
        path,
        status: status.startsWith("A") ? "added" : status.startsWith("D") ? "removed" : "modified",
      } as const;
    });
}
