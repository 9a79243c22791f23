import { spawn } from "node:child_process";
import { GitChild } from "./git-child.ts";

/** An object as `git cat-file --batch` gives it. */
export interface GitObject {
  readonly sha: string;
  readonly type: string;
  readonly content: Buffer;
}

/** `<sha> <type> <size>`: anything else (`<spec> missing`, `<spec> ambiguous`) names no object. */
const HEADER = /^([0-9a-f]{40,64}) (\S+) (\d+)$/;

/**
 * One `git cat-file --batch` process that answers requests as they come, in order. Why: a caller
 * can resolve a ref and then read files at the commit it resolved to, in one process and one
 * consistent view (the files are read at exactly the commit it got, however the ref moves meanwhile),
 * where `rev-parse` and a second `cat-file` cost two processes. Call {@link close} when done.
 */
export class CatFileBatch extends GitChild<{
  resolve: (object: GitObject | undefined) => void;
  reject: (error: Error) => void;
}> {
  private buffered = Buffer.alloc(0);

  /** Starts the process in `repo`. */
  static start(repo: string): CatFileBatch {
    const args = ["cat-file", "--batch"];
    return new CatFileBatch(args, spawn("git", args, { cwd: repo, stdio: ["pipe", "pipe", "pipe"] }));
  }

  /** The object a revision names (`<ref>^{commit}`, `<sha>:<path>`), or undefined when it names none. */
  get(spec: string): Promise<GitObject | undefined> {
    // cat-file reads one request per line: a newline would make two, and git reads a NUL as the end of one.
    if (spec.includes("\n") || spec.includes("\0")) return Promise.resolve(undefined);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.send({ resolve, reject }, `${spec}\n`));
  }

  /** Answers the oldest requests whose whole answer has arrived. */
  protected received(chunk: Buffer): void {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    for (;;) {
      const next = this.pending[0];
      const eol = this.buffered.indexOf(10);
      if (!next || eol < 0) break;
      const header = HEADER.exec(this.buffered.subarray(0, eol).toString("utf8"));
      if (!header) {
        this.buffered = this.buffered.subarray(eol + 1);
        this.pending.shift();
        next.resolve(undefined);
        continue;
      }
      const [, sha = "", type = "", size = "0"] = header;
      const end = eol + 1 + Number(size);
      // The content is followed by a newline of its own.
      if (this.buffered.length < end + 1) break;
      const content = Buffer.from(this.buffered.subarray(eol + 1, end));
      this.buffered = this.buffered.subarray(end + 1);
      this.pending.shift();
      next.resolve({ sha, type, content });
    }
  }
}

/** Several files at one commit, as text, through a batch process already running; a missing file is undefined. */
export function filesIn(
  batch: CatFileBatch,
  commit: string,
  paths: readonly string[],
): Promise<(string | undefined)[]> {
  return Promise.all(paths.map(async (path) => (await batch.get(`${commit}:${path}`))?.content.toString("utf8")));
}
