import { decodeTree } from "./git-objects.ts";
import type { GitStore } from "./git-store.ts";
import { treeChanges, type PathChange } from "./git-tree-diff.ts";

/**
 * The paths changed between two commits of `store` (`from` undefined: against the empty tree) with their status, as
 * `store.diff` gives them, read without a git process (a push's payload needs no more); `diff` also counts lines,
 * which takes git, and says what git says about anything `treeChanges` leaves to it.
 */
export async function changedPaths(store: GitStore, from: string | undefined, to: string): Promise<PathChange[]> {
  const [before, after] = await Promise.all([
    from === undefined ? undefined : store.readCommit(from),
    store.readCommit(to),
  ]);
  if (after !== undefined && (from === undefined || before !== undefined)) {
    // Below the commits, only trees: an entry naming anything else is git's to judge.
    const read = async (sha: string) => {
      const obj = await store.readObject(sha);
      return obj?.type === "tree" ? decodeTree(obj.content) : undefined;
    };
    const changes = await treeChanges(read, before?.tree, after.tree);
    if (changes !== undefined) return changes;
  }
  return (await store.diff(from, to)).map(({ filename, status }) => ({ filename, status }));
}
