import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
import { GitChild } from "./git-child.ts";

/**
 * One long-lived git process that reads commands on stdin and answers each request with a known
 * number of lines on stdout (`git fast-import`'s `get-mark`, `git update-ref --stdin`'s `start: ok`).
 * Why: a command session sends all its requests to one process instead of starting one per request.
 * Requests are answered in order. An exit while answers are awaited rejects them with the end of
 * stderr (a refused `update-ref` transaction ends its process: that is how a lost compare-and-swap
 * shows). It never keeps ferry running: the event loop is held only while an answer is awaited.
 */
export class GitPipe extends GitChild<{
  lines: number;
  got: string[];
  resolve: (lines: string[]) => void;
  reject: (error: Error) => void;
}> {
  private buffered = "";
  /** Keeps a character whose bytes arrive in two chunks whole. */
  private readonly decoder = new StringDecoder("utf8");

  /** Starts `git <args>` in `repo`. */
  static start(repo: string, args: readonly string[]): GitPipe {
    return new GitPipe(args, spawn("git", args, { cwd: repo, stdio: ["pipe", "pipe", "pipe"] }));
  }

  /** Writes `input` and resolves with the next `lines` lines the process answers (without their newlines). */
  ask(input: string, lines: number): Promise<string[]> {
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended || this.closing) return Promise.reject(new Error(`git ${this.args.join(" ")} was closed`));
    return new Promise((resolve, reject) => this.send({ lines, got: [], resolve, reject }, input));
  }

  protected received(chunk: Buffer): void {
    this.buffered += this.decoder.write(chunk);
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
  }
}
