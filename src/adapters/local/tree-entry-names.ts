/**
 * The entry names of a git tree object as `cat-file --batch` gives it: `<mode> <name>\0<raw id>`
 * per entry, the id `hashBytes` long (20 for SHA-1, 32 for SHA-256). Why parse it here: it lets a
 * caller list a folder in the same cat-file process that resolved the commit, instead of a
 * `ls-tree` of its own. Names are in git's order; a malformed tree ends the list where it breaks.
 */
export function treeEntryNames(tree: Buffer, hashBytes: number): string[] {
  const names: string[] = [];
  let offset = 0;
  while (offset < tree.length) {
    const space = tree.indexOf(0x20, offset);
    const nul = tree.indexOf(0, space + 1);
    if (space < 0 || nul < 0 || nul + 1 + hashBytes > tree.length) break;
    names.push(tree.subarray(space + 1, nul).toString("utf8"));
    offset = nul + 1 + hashBytes;
  }
  return names;
}
