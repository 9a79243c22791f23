/** One entry of a git tree: its mode as git writes it (`40000` a folder, `100644` a file, `160000` a submodule). */
export interface TreeEntry {
  readonly mode: string;
  readonly name: string;
}

/** The mode of a folder entry in a tree object. */
export const TREE_MODE = "40000";

/**
 * The entries of a git tree object as `cat-file --batch` gives it: `<mode> <name>\0<raw id>` per
 * entry, the id `hashBytes` long (20 for SHA-1, 32 for SHA-256). Why parse it here: it lets a
 * caller list a folder in the same cat-file process that resolved the commit, instead of a
 * `ls-tree` of its own. Entries are in git's order; a malformed tree ends the list where it breaks.
 */
export function treeEntries(tree: Buffer, hashBytes: number): TreeEntry[] {
  const entries: TreeEntry[] = [];
  let offset = 0;
  while (offset < tree.length) {
    const space = tree.indexOf(0x20, offset);
    const nul = tree.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + hashBytes > tree.length) break;
    entries.push({
      mode: tree.subarray(offset, space).toString("latin1"),
      name: tree.subarray(space + 1, nul).toString("utf8"),
    });
    offset = nul + 1 + hashBytes;
  }
  return entries;
}
