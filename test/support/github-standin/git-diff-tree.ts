import type { GitDiffFile } from "./git-types.ts";

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
