import type { GitCommit } from "./git-types.ts";

/** What the walk reads: commits by sha, and git's own `rev-list` for any history it does not walk itself. */
export interface CommitHistory {
  readCommit(sha: string): Promise<GitCommit | undefined>;
  revList(args: string[]): Promise<string[]>;
}

/**
 * The commits `git rev-list --reverse <after> ^<before>` lists (a push's new commits, oldest first), found without a
 * git process when they are a line of single-parent commits back to `before`, a push's usual shape: then that line
 * is exactly the set git lists, and a line has one order whatever the commit dates say. Anything else (a merge, a
 * forced push, a tag, a line longer than `limit`) is git's to walk, with its date order and its limits.
 */
export async function commitsSince(
  history: CommitHistory,
  before: string,
  after: string,
  limit = 64,
): Promise<string[]> {
  // rev-list refuses a `before` that is not there, or is not a commit once peeled; the walk would not notice.
  if ((await history.readCommit(before)) !== undefined) {
    const line: string[] = [];
    for (let at = after; line.length <= limit;) {
      if (at === before) return line.reverse();
      const parents = (await history.readCommit(at))?.parents;
      if (parents?.length !== 1) break;
      line.push(at);
      at = parents[0]!;
    }
  }
  return history.revList(["--reverse", after, `^${before}`]);
}
