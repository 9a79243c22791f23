import type { ChildProcess } from "node:child_process";
import type { Readable, Writable } from "node:stream";
import { GitCommandError } from "./run-git.ts";

/** What a request waiting for its answer must offer: a way to fail it. */
export interface PendingRequest {
  reject(error: Error): void;
}

/**
 * A long-lived git process that answers requests written to its stdin in order (`cat-file --batch`,
 * `fast-import`, `update-ref --stdin`): how it starts, fails, ends and is closed, shared by every such
 * reader and writer; a subclass only frames the answers ({@link received}, answering `pending` in order).
 *
 * An exit while answers are awaited, or with a non-zero status, rejects them all with the end of its
 * stderr. It never keeps ferry running: the event loop is held only while an answer or its exit is
 * awaited, so an idle process left open ends when ferry does (git stops at the end of its input).
 */
export abstract class GitChild<Request extends PendingRequest> {
  /** Requests written and not yet answered, oldest first. */
  protected readonly pending: Request[] = [];
  /** Set once the process failed: every later request is refused with it. */
  protected failure: Error | undefined;
  /** The process exited. */
  protected ended = false;
  /** {@link close} was called: no request may follow. */
  protected closing = false;
  private stderr = "";
  private readonly exited: Promise<void>;

  protected constructor(
    protected readonly args: readonly string[],
    private readonly child: ChildProcess,
  ) {
    this.hold();
    child.stdout?.on("data", (chunk: Buffer) => {
      this.received(chunk);
      this.hold();
    });
    // Only the end is kept for an error's message: a long-lived process may warn many times.
    child.stderr?.on("data", (chunk: Buffer) => (this.stderr = (this.stderr + chunk.toString("utf8")).slice(-4096)));
    // git may exit before reading all we wrote (a refused transaction, a broken repository); its exit status says
    // what happened.
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

  /** Whether requests can still be answered: false once the process failed, exited or was closed. */
  get usable(): boolean {
    return this.failure === undefined && !this.ended && !this.closing && this.child.stdin?.writable === true;
  }

  /** Ends stdin (after `input`, if given) and waits for the process to exit; an unexpected exit rejects what it left unanswered. */
  async close(input?: string): Promise<void> {
    this.closing = true;
    this.hold();
    if (input !== undefined) this.child.stdin?.end(input);
    else this.child.stdin?.end();
    await this.exited;
  }

  /** Answers what the bytes that arrived complete, taking requests from the front of `pending`. */
  protected abstract received(chunk: Buffer): void;

  /** Queues `request` for the next answer and writes `input`. */
  protected send(request: Request, input: string): void {
    this.pending.push(request);
    this.hold();
    this.child.stdin?.write(input);
  }

  /** Holds the event loop for the process and its pipes while an answer or its exit is awaited, and only then. */
  private hold(): void {
    const busy = !this.ended && (this.pending.length > 0 || this.closing);
    const handles: (ChildProcess | Readable | Writable | null)[] = [this.child, this.child.stdout, this.child.stderr];
    for (const handle of handles) {
      const socket = handle as { ref?: () => void; unref?: () => void } | null;
      if (busy) socket?.ref?.();
      else socket?.unref?.();
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of this.pending.splice(0)) request.reject(this.failure);
    this.hold();
  }
}
