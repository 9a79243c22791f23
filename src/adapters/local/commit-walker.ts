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

/**
 * The branch a repository deploys from: `main`, else `master`, else whatever is checked out; undefined
 * when `repo` is not a git repository at all. One `for-each-ref` both probes the repository and finds
 * the branch, where `rev-parse --git-dir` and a `rev-parse` per candidate took a process each.
 */
export async function defaultBranch(repo: string): Promise<string | undefined> {
  const candidates = ["main", "master"];
  const listed = await runGit(
    repo,
    ["for-each-ref", "--format=%(objecttype) %(refname)", ...candidates.map((name) => `refs/heads/${name}`)],
    { check: false },
  ).catch(() => undefined);
  // A folder that is missing or not a repository: spawn fails, or git refuses.
  if (listed?.code !== 0) return undefined;
  // A pattern also matches refs below it (refs/heads/main/x), so only exact names of commits count.
  const branches = new Set(listed.stdout.split("\n").filter((line) => line.startsWith("commit ")));
  const found = candidates.find((name) => branches.has(`commit refs/heads/${name}`));
  if (found) return found;
  const head = await runGit(repo, ["symbolic-ref", "--short", "-q", "HEAD"], { check: false });
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
