import { spawn, type ChildProcess } from "node:child_process";
import { holdChild } from "./hold-child.ts";
import { GitCommandError } from "./run-git.ts";

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
export class CatFileBatch {
  private readonly pending: {
    resolve: (object: GitObject | undefined) => void;
    reject: (error: Error) => void;
  }[] = [];
  private buffered = Buffer.alloc(0);
  private stderr = "";
  private failure: Error | undefined;
  private ended = false;
  private closing = false;
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.hold();
    child.stdout?.on("data", (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.drain();
    });
    // Only the end is kept for an error's message: a long-lived process may warn many times.
    child.stderr?.on("data", (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString("utf8")).slice(-4096)));
    // git may exit before reading all we wrote (a broken repository); its exit status says what happened.
    child.stdin?.on("error", () => {});
    this.exited = new Promise((resolve) => {
      child.on("error", (error) => {
        this.fail(error);
        resolve();
      });
      child.on("close", (code) => {
        this.ended = true;
        if (this.pending.length > 0 || code !== 0)
          this.fail(new GitCommandError(["cat-file", "--batch"], { code: code ?? 1, stdout: "", stderr: this.stderr }));
        this.hold();
        resolve();
      });
    });
  }

  /** Whether requests can still be answered: false once the process failed, exited or was closed. */
  get usable(): boolean {
    return this.failure === undefined && !this.ended && !this.closing && this.child.stdin?.writable === true;
  }

  /** Starts the process in `repo`. */
  static start(repo: string): CatFileBatch {
    return new CatFileBatch(spawn("git", ["cat-file", "--batch"], { cwd: repo, stdio: ["pipe", "pipe", "pipe"] }));
  }

  /** The object a revision names (`<ref>^{commit}`, `<sha>:<path>`), or undefined when it names none. */
  get(spec: string): Promise<GitObject | undefined> {
    // cat-file reads one request per line: a newline would make two, and git reads a NUL as the end of one.
    if (spec.includes("\n") || spec.includes("\0")) return Promise.resolve(undefined);
    if (this.failure) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      this.hold();
      this.child.stdin?.write(`${spec}\n`);
    });
  }

  /** Ends the process once it has answered everything asked; an unexpected exit rejects what it left unanswered. */
  async close(): Promise<void> {
    this.closing = true;
    this.hold();
    this.child.stdin?.end();
    await this.exited;
  }

  /** Answers the oldest requests whose whole answer has arrived. */
  private drain(): void {
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
    this.hold();
  }

  /**
   * Keeps the event loop alive for the process while an answer or its exit is awaited, and only then:
   * idle, it must not keep ferry running (a reader left open ends when ferry does: git stops at EOF).
   */
  private hold(): void {
    holdChild(this.child, !this.ended && (this.pending.length > 0 || this.closing));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of this.pending.splice(0)) request.reject(this.failure);
    this.hold();
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
