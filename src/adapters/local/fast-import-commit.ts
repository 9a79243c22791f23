import { randomBytes } from "node:crypto";
import { runGit } from "./run-git.ts";

/** One commit for {@link fastImportCommits}: the files it adds or replaces on top of its parent's tree. */
export interface ImportedCommit {
  readonly files: Readonly<Record<string, string>>;
  readonly message: string;
}

/** Who ferry's commits are by; fast-import takes the committer as the author when none is given. */
const COMMITTER = "ferry <ferry@localhost>";
/** fast-import's "no commit": a `reset … from` this deletes its ref instead of writing one. */
const NULL_COMMIT = "0".repeat(40);

/**
 * Writes a chain of commits (each child of the one before; the first a child of `parent`, or a root
 * commit) with a single `git fast-import`, and returns the last one's sha. It writes objects only:
 * no ref moves, so the caller's `update-ref <new> <old>` stays the one compare-and-swap.
 *
 * Why fast-import: the blobs, trees and commits of a state commit are one process (plus the
 * `unpack-objects` git runs itself to keep a small import as loose objects, as `hash-object` would)
 * instead of a temporary index and one `hash-object` per file, `read-tree`, `update-index`,
 * `write-tree` and `commit-tree`. It never touches the working tree or the real index. Content
 * goes in as bytes (`inline` data), so no attributes, filters or line-ending rules change it.
 */
export async function fastImportCommits(
  repo: string,
  parent: string | null,
  commits: readonly ImportedCommit[],
  now: Date = new Date(),
): Promise<string> {
  if (commits.length === 0) throw new RangeError("fastImportCommits needs at least one commit");
  // fast-import needs a ref to build on; a name of this write's own, deleted again below, is one nobody else uses.
  const scratch = `refs/ferry/import-${process.pid}-${randomBytes(6).toString("hex")}`;
  const when = `${Math.floor(now.getTime() / 1000)} ${timezoneOf(now)}`;
  const parts: string[] = ["feature done\n"];
  commits.forEach((commit, i) => {
    parts.push(`commit ${scratch}\nmark :${i + 1}\ncommitter ${COMMITTER} ${when}\n`, data(commit.message));
    // The first commit starts from `parent` (or from nothing: a root commit); the others follow the one before.
    if (i === 0 && parent !== null) parts.push(`from ${parent}\n`);
    for (const [path, text] of Object.entries(commit.files))
      parts.push(`M 100644 inline ${quotedPath(path)}\n`, data(text));
    parts.push("\n");
  });
  parts.push(`get-mark :${commits.length}\n`, `reset ${scratch}\nfrom ${NULL_COMMIT}\n\n`, "done\n");
  const result = await runGit(repo, ["fast-import", "--quiet", "--date-format=raw"], { input: parts.join("") });
  const sha = result.stdout.trim();
  if (!/^[0-9a-f]{40,64}$/.test(sha)) throw new Error(`git fast-import answered ${JSON.stringify(sha)}, not a commit`);
  return sha;
}

/** fast-import's exact-length data block: byte count, the bytes, and a newline it allows after them. */
function data(text: string): string {
  return `data ${Buffer.byteLength(text, "utf8")}\n${text}\n`;
}

/**
 * A path as fast-import reads it: taken literally to the end of the line unless it starts with a
 * double quote, so only a path with a newline or a leading quote needs C-style quoting (octal escapes
 * for control bytes, as git writes them).
 */
export function quotedPath(path: string): string {
  if (path.includes("\0")) throw new RangeError(`a git path cannot contain NUL: ${JSON.stringify(path)}`);
  if (!path.includes("\n") && !path.startsWith('"')) return path;
  let quoted = "";
  for (const char of path) {
    const code = char.codePointAt(0) ?? 0;
    if (char === '"' || char === "\\") quoted += `\\${char}`;
    else if (code < 0x20 || code === 0x7f) quoted += `\\${code.toString(8).padStart(3, "0")}`;
    else quoted += char;
  }
  return `"${quoted}"`;
}

/** The local UTC offset as git writes it (`+0100`), as `commit-tree` would record it. */
function timezoneOf(now: Date): string {
  const minutes = -now.getTimezoneOffset();
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}${String(abs % 60).padStart(2, "0")}`;
}
