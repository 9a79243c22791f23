import type { GitDiffFile, GitTreeEntry } from "./git-types.ts";

/** A changed path and how, as `git diff-tree -r --no-renames` reports it (type changes count as modified). */
export type PathChange = Pick<GitDiffFile, "filename" | "status">;

/** Reads a tree's entries, or undefined when the tree is not there. */
type ReadTree = (sha: string) => Promise<GitTreeEntry[] | undefined>;

/** git's order of tree entries: by name, a tree's name compared as if it ended in "/". */
function key(entry: GitTreeEntry): Buffer {
  return Buffer.from(entry.type === "tree" ? `${entry.path}/` : entry.path);
}

/**
 * The paths that differ between two trees (`from` undefined: the empty tree), in the order `git diff-tree -r
 * --no-renames` prints them: both trees walked side by side in git's entry order, into subtrees that differ. A name
 * that is a file on one side and a folder on the other is two entries to git (a removal and additions, or the
 * reverse), and so it is here. Undefined when a tree is missing, for git to say what it says.
 */
export async function treeChanges(
  read: ReadTree,
  from: string | undefined,
  to: string | undefined,
  prefix = "",
): Promise<PathChange[] | undefined> {
  const [before, after] = await Promise.all([from ? read(from) : [], to ? read(to) : []]);
  if (before === undefined || after === undefined) return undefined;
  const old = [...before].sort((a, b) => Buffer.compare(key(a), key(b)));
  const now = [...after].sort((a, b) => Buffer.compare(key(a), key(b)));
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

/**
 * Parses `git diff-tree -r -z --no-renames --raw --numstat` output: first each change as a raw record (":meta",
 * then the path), then each as numstat.
 */
export function parseDiffTree(output: string): GitDiffFile[] {
  const fields = output.split("\0");
  let records = 0;
  while (fields[records * 2]?.startsWith(":")) records++;
  const raw = fields.slice(0, records * 2);
  const numstat = fields.slice(records * 2);
  const counts = new Map<string, [number, number]>();
  for (let i = 0; i < numstat.length; i++) {
    const m = /^(\d+|-)\t(\d+|-)\t(.*)$/s.exec(numstat[i] ?? "");
    if (m) counts.set(m[3]!, [m[1] === "-" ? 0 : Number(m[1]), m[2] === "-" ? 0 : Number(m[2])]);
  }
  const files: GitDiffFile[] = [];
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const meta = raw[i]!.split(" ");
    const filename = raw[i + 1]!;
    if (meta.length < 5) continue;
    const letter = meta[4]!.charAt(0);
    const status = letter === "A" ? "added" : letter === "D" ? "removed" : "modified";
    const [additions, deletions] = counts.get(filename) ?? [0, 0];
    files.push({ filename, status, additions, deletions, sha: status === "removed" ? meta[2]! : meta[3]! });
  }
  return files;
}
