import { randomBytes } from "node:crypto";
import { GitPipe } from "./git-pipe.ts";

/** One commit for {@link FastImport.commits}: the files it adds or replaces on top of its parent's tree. */
export interface ImportedCommit {
  readonly files: Readonly<Record<string, string>>;
  readonly message: string;
}

/** Who ferry's commits are by; fast-import takes the committer as the author when none is given. */
const COMMITTER = "ferry <ferry@localhost>";
/** fast-import's "no commit": a `reset … from` this deletes its ref instead of writing one. */
const NULL_COMMIT = "0".repeat(40);

/**
 * One `git fast-import` that writes chains of commits for as long as it runs, each made visible to
 * every other git process before its sha is returned. It writes objects only: no ref moves, so the
 * caller's compare-and-swap of the branch stays the one place a ref changes.
 *
 * Why fast-import: the blobs, trees and commits of a state commit are one request (plus the
 * `unpack-objects` git runs itself at each checkpoint to keep a small import as loose objects, as
 * `hash-object` would) instead of a temporary index and one `hash-object` per file, `read-tree`,
 * `update-index`, `write-tree` and `commit-tree`; and one process serves every write of a command.
 * It never touches the working tree or the real index. Content goes in as bytes (`inline` data), so
 * no attributes, filters or line-ending rules change it.
 *
 * Each chain ends with a `checkpoint` (fast-import finishes its pack, so another process, such as
 * `update-ref`, finds the objects) and `get-mark`, whose answer comes after the checkpoint is done.
 * A process that dies loses only objects not yet checkpointed, which no ref names. It is not started
 * with `feature done`: the end of its input after the last checkpoint is a clean end, not a crash.
 */
export class FastImport {
  /** fast-import needs a ref to build on; a name of this process's own, deleted again at every checkpoint. */
  private readonly scratch = `refs/ferry/import-${process.pid}-${randomBytes(6).toString("hex")}`;
  private marks = 0;

  private constructor(private readonly pipe: GitPipe) {}

  static start(repo: string): FastImport {
    return new FastImport(GitPipe.start(repo, ["fast-import", "--quiet", "--date-format=raw"]));
  }

  /** Whether it can still write: false once its process failed, exited or was closed. */
  get usable(): boolean {
    return this.pipe.usable;
  }

  /** Writes the chain on `parent` (null: the first is a root commit) and returns the last commit's sha. */
  async commits(parent: string | null, commits: readonly ImportedCommit[], now: Date = new Date()): Promise<string> {
    if (commits.length === 0) throw new RangeError("FastImport.commits needs at least one commit");
    const when = `${Math.floor(now.getTime() / 1000)} ${timezoneOf(now)}`;
    // A `reset` without `from` empties the scratch branch: a chain never continues the one written before it.
    const parts: string[] = [`reset ${this.scratch}\n`];
    commits.forEach((commit, i) => {
      parts.push(
        `commit ${this.scratch}\nmark :${++this.marks}\ncommitter ${COMMITTER} ${when}\n`,
        data(commit.message),
      );
      if (i === 0 && parent !== null) parts.push(`from ${parent}\n`);
      for (const [path, text] of Object.entries(commit.files))
        parts.push(`M 100644 inline ${quotedPath(path)}\n`, data(text));
      parts.push("\n");
    });
    parts.push(`reset ${this.scratch}\nfrom ${NULL_COMMIT}\n\n`, "checkpoint\n\n", `get-mark :${this.marks}\n`);
    const [sha = ""] = await this.pipe.ask(parts.join(""), 1);
    if (!/^[0-9a-f]{40,64}$/.test(sha))
      throw new Error(`git fast-import answered ${JSON.stringify(sha)}, not a commit`);
    return sha;
  }

  /** Ends the process once it has answered what was asked. */
  close(): Promise<void> {
    return this.pipe.close();
  }
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
