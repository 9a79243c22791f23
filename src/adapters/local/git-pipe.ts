import { spawn, type ChildProcess } from "node:child_process";
import { holdChild } from "./hold-child.ts";
import { GitCommandError } from "./run-git.ts";

/**
 * One long-lived git process that reads commands on stdin and answers each request with a known
 * number of lines on stdout (`git fast-import`'s `get-mark`, `git update-ref --stdin`'s `start: ok`).
 * Why: a command session sends all its requests to one process instead of starting one per request.
 * Requests are answered in order. An exit while answers are awaited rejects them with the end of
 * stderr (a refused `update-ref` transaction ends its process: that is how a lost compare-and-swap
 * shows). It never keeps ferry running: the event loop is held only while an answer is awaited.
 */
export class GitPipe {
  private readonly pending: {
    lines: number;
    got: string[];
    resolve: (lines: string[]) => void;
    reject: (error: Error) => void;
  }[] = [];
  private buffered = "";
  private stderr = "";
  private failure: Error | undefined;
  private ended = false;
  private closing = false;
  private readonly exited: Promise<void>;

  private constructor(
    private readonly args: readonly string[],
    private readonly child: ChildProcess,
  ) {
    this.hold();
    child.stdout?.setEncoding("utf8");
    child.stdout?.on("data", (chunk: string) => {
      this.buffered += chunk;
      this.drain();
    });
    // Only the end is kept for an error's message: a long-lived process may warn many times.
    child.stderr?.on("data", (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString("utf8")).slice(-4096)));
    // git may exit before reading all we wrote (a refused transaction); its exit status says what happened.
    child.stdin?.on("error", () => {});
    this.exited = new Promise((resolve) => {
      child.on("error", (error) => {
        this.fail(error);
        resolve();
      });
      child.on("close", (code) => {
        this.ended = true;
        if (this.pending.length > 0 || code !== 0)
          this.fail(new GitCommandError(this.args, { code: code ?? 1, stdout: "", stderr: this.stderr }));
        this.hold();
        resolve();
      });
    });
  }

  /** Starts `git <args>` in `repo`. */
  static start(repo: string, args: readonly string[]): GitPipe {
    return new GitPipe(args, spawn("git", args, { cwd: repo, stdio: ["pipe", "pipe", "pipe"] }));
  }

  /** Whether requests can still be answered: false once the process failed, exited or was closed. */
  get usable(): boolean {
    return this.failure === undefined && !this.ended && !this.closing && this.child.stdin?.writable === true;
  }

  /** Writes `input` and resolves with the next `lines` lines the process answers (without their newlines). */
  ask(input: string, lines: number): Promise<string[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended || this.closing) return Promise.reject(new Error(`git ${this.args.join(" ")} was closed`));
    return new Promise((resolve, reject) => {
      this.pending.push({ lines, got: [], resolve, reject });
      this.hold();
      this.child.stdin?.write(input);
    });
  }

  /** Ends stdin (after `input`, if given) and waits for the process to exit; an unexpected exit rejects what it left unanswered. */
  async close(input?: string): Promise<void> {
    this.closing = true;
    this.hold();
    if (input !== undefined) this.child.stdin?.end(input);
    else this.child.stdin?.end();
    await this.exited;
  }

  private drain(): void {
    for (;;) {
      const next = this.pending[0];
      const eol = this.buffered.indexOf("\n");
      if (!next || eol < 0) break;
      next.got.push(this.buffered.slice(0, eol));
      this.buffered = this.buffered.slice(eol + 1);
      if (next.got.length === next.lines) {
        this.pending.shift();
        next.resolve(next.got);
      }
    }
    this.hold();
  }

  /** Holds the event loop for the process while an answer or its exit is awaited, and only then. */
  private hold(): void {
    holdChild(this.child, !this.ended && (this.pending.length > 0 || this.closing));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of this.pending.splice(0)) request.reject(this.failure);
    this.hold();
  }
}
