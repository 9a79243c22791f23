import { join } from "node:path";
import { runGit } from "../../src/adapters/local/run-git.ts";

/** The tip of `ferry/state`, or "" when there is none yet. */
export async function stateHead(repo: string): Promise<string> {
  return (
    await runGit(repo, ["rev-parse", "--verify", "--quiet", "refs/heads/ferry/state"], { check: false })
  ).stdout.trim();
}

/**
 * Commits one file onto `ferry/state` with git plumbing, as another writer or a hand edit would
 * (creating the branch if needed); returns the commit.
 */
export async function commitToStateBranch(repo: string, path: string, text: string, message: string): Promise<string> {
  const env = {
    GIT_INDEX_FILE: join(repo, ".git", `other-index-${Date.now()}`),
    GIT_AUTHOR_NAME: "x",
    GIT_AUTHOR_EMAIL: "x@x",
    GIT_COMMITTER_NAME: "x",
    GIT_COMMITTER_EMAIL: "x@x",
  };
  const blob = (await runGit(repo, ["hash-object", "-w", "--stdin"], { input: text })).stdout.trim();
  const parent = await stateHead(repo);
  await runGit(repo, parent ? ["read-tree", parent] : ["read-tree", "--empty"], { env });
  await runGit(repo, ["update-index", "--add", "--cacheinfo", `100644,${blob},${path}`], { env });
  const tree = (await runGit(repo, ["write-tree"], { env })).stdout.trim();
  const commit = (
    await runGit(repo, ["commit-tree", tree, ...(parent ? ["-p", parent] : []), "-m", message], { env })
  ).stdout.trim();
  // An empty old value makes update-ref insist that the branch does not exist yet.
  await runGit(repo, ["update-ref", "refs/heads/ferry/state", commit, parent]);
  return commit;
}
