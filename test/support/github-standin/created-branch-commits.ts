import type { CommitHistory } from "./commits-since.ts";

/** How many commits the other branches' histories may take to walk before git is asked instead. */
const WALK_LIMIT = 2000;

/**
 * The commits `git rev-list --reverse <after> ^<other>...` lists for a created branch (those no other branch had),
 * found without a git process when they are a line of single-parent commits from `after` down to another branch's
 * tip, or to a root, and no other branch reaches into that line. Then git lists exactly that line: what lies below
 * the tip it stops at is reachable only through that tip, which git marks as not wanted from the start, so its date
 * order and walking limits cannot matter. Anything else (a merge, a line starting from the middle of another
 * branch, another branch reaching into the line, a tag, more than `limit` commits) is git's to walk.
 */
export async function createdBranchCommits(
  history: CommitHistory,
  after: string,
  others: string[],
  limit = 64,
): Promise<string[]> {
  const asGit = () => history.revList(["--reverse", after, ...others.map((sha) => `^${sha}`)]);
  const tips = new Set(others);
  const line: string[] = [];
  let stop: string | undefined;
  for (let at: string | undefined = after; at !== undefined;) {
    if (tips.has(at)) {
      stop = at;
      break;
    }
    const parents: string[] | undefined = (await history.readCommit(at))?.parents;
    if (parents === undefined || parents.length > 1 || line.length === limit) return asGit();
    line.push(at);
    at = parents[0];
  }
  // No other branch may reach a commit of the line; below `stop` nothing can, as the line descends from it.
  const inLine = new Set(line);
  const seen = new Set<string>(stop === undefined ? [] : [stop]);
  const pending = [...tips].filter((sha) => sha !== stop);
  // rev-list refuses another branch whose tip is not a commit (never so in a sound repository).
  if (stop !== undefined && (await history.readCommit(stop)) === undefined) return asGit();
  while (pending.length > 0) {
    const sha = pending.pop()!;
    if (seen.has(sha)) continue;
    seen.add(sha);
    const commit = await history.readCommit(sha);
    if (inLine.has(sha) || commit === undefined || seen.size > WALK_LIMIT) return asGit();
    pending.push(...commit.parents);
  }
  return line.reverse();
}
