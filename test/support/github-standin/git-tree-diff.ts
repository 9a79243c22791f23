import type { GitDiffFile, GitTreeEntry } from "./git-types.ts";

/** A changed path and how, as `git diff-tree -r --no-renames` reports it (type changes count as modified). */
export type PathChange = Pick<GitDiffFile, "filename" | "status">;

/** Reads a tree's entries, or undefined when the tree is not there. */
type ReadTree = (sha: string) => Promise<GitTreeEntry[] | undefined>;

/**
 * The modes git writes. git reads any other mode as one of these (`canon_mode`), so two entries could differ here
 * and not to git; a tree holding one is left to git.
 */
const CANONICAL_MODES = new Set(["100644", "100755", "120000", "160000", "040000"]);

/** git's order of tree entries: by name, a tree's name compared as if it ended in "/". */
function key(entry: GitTreeEntry): Buffer {
  return Buffer.from(entry.type === "tree" ? `${entry.path}/` : entry.path);
}

/**
 * Whether git would walk this tree as we do: canonical modes, names that are valid UTF-8 (a replacement character
 * would make two names look alike here) and no "/" or empty name, in git's order with no name twice. git walks a
 * tree in the order it is stored, so an unsorted tree (only `hash-object` writes one) is git's to diff.
 */
function walkable(entries: GitTreeEntry[]): boolean {
  const names = new Set<string>();
  for (const [i, entry] of entries.entries()) {
    if (!CANONICAL_MODES.has(entry.mode) || entry.path === "" || /[/\uFFFD]/.test(entry.path)) return false;
    const previous = entries[i - 1];
    if (previous !== undefined && Buffer.compare(key(previous), key(entry)) >= 0) return false;
    // A file and a folder of one name sort apart ("a" and "a/"); git could pair them otherwise than we do.
    if (names.has(entry.path)) return false;
    names.add(entry.path);
  }
  return true;
}

/**
 * The paths that differ between two trees (`from` undefined: the empty tree), in the order `git diff-tree -r
 * --no-renames` prints them: both trees walked side by side in git's entry order, into subtrees that differ. A name
 * that is a file on one side and a folder on the other is two entries to git (a removal and additions, or the
 * reverse), and so it is here; a submodule (mode 160000) is one entry, as git does not look inside it. Undefined
 * when a tree is missing or not `walkable`, for git to say what it says.
 */
export async function treeChanges(
  read: ReadTree,
  from: string | undefined,
  to: string | undefined,
  prefix = "",
): Promise<PathChange[] | undefined> {
  const [old, now] = await Promise.all([from ? read(from) : [], to ? read(to) : []]);
  if (old === undefined || now === undefined || !walkable(old) || !walkable(now)) return undefined;
  const changes: PathChange[] = [];
  const side = async (entry: GitTreeEntry, status: "added" | "removed"): Promise<boolean> => {
    if (entry.type !== "tree") {
      changes.push({ filename: prefix + entry.path, status });
      return true;
    }
    const inner = await treeChanges(
      read,
      status === "removed" ? entry.sha : undefined,
      status === "added" ? entry.sha : undefined,
      `${prefix}${entry.path}/`,
    );
    changes.push(...(inner ?? []));
    return inner !== undefined;
  };
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    const a = old[i];
    const b = now[j];
    const order = a === undefined ? 1 : b === undefined ? -1 : Buffer.compare(key(a), key(b));
    if (order < 0) {
      if (!(await side(a!, "removed"))) return undefined;
      i++;
    } else if (order > 0) {
      if (!(await side(b!, "added"))) return undefined;
      j++;
    } else {
      if (a!.type === "tree" && a!.sha !== b!.sha) {
        const inner = await treeChanges(read, a!.sha, b!.sha, `${prefix}${a!.path}/`);
        if (inner === undefined) return undefined;
        changes.push(...inner);
      } else if (a!.type !== "tree" && (a!.sha !== b!.sha || a!.mode !== b!.mode))
        changes.push({ filename: prefix + a!.path, status: "modified" });
      i++;
      j++;
    }
  }
  return changes;
}
