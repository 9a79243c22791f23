import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Socket } from "node:net";

/** An object as `git cat-file --batch` prints it. */
export interface BatchObject {
  sha: string;
  type: string;
  content: Buffer;
}

interface Waiter {
  readonly count: number;
  readonly found: Array<BatchObject | undefined>;
  resolve(objects: Array<BatchObject | undefined>): void;
  reject(error: Error): void;
}

/** The reader process died or printed what `--batch` never prints. */
export class CatFileBatchError extends Error {
  override name = "CatFileBatchError";
}

/**
 * One long-lived `git cat-file --batch` per repository: a read costs a line on its stdin instead of a git process.
 * It answers what a fresh process would: git reads a ref's file on every lookup, and looks for packs again when an
 * object is missing. The one thing it caches is the listing of loose objects used to expand abbreviated names, so
 * callers resolve those with a fresh process instead (`abbreviated`).
 */
export class CatFileBatch {
  private child: ChildProcessByStdio<Socket, Socket, null> | undefined;
  private readonly waiters: Waiter[] = [];
  private buffer: Buffer = Buffer.alloc(0);

  constructor(
    private readonly dir: string,
    private readonly env: NodeJS.ProcessEnv,
  ) {}

  /** Whether a name's revision (before any `:path`) may be an abbreviated object name, which this must not resolve. */
  static abbreviated(name: string): boolean {
    const revision = name.split(":")[0]!.replace(/[\^~].*$/s, "");
    return /^[0-9a-fA-F]{4,39}$/.test(revision);
  }

  /** The `count` objects (undefined where missing) in the whole output of a `git cat-file --batch` process. */
  static parse(stdout: Buffer, count: number): Array<BatchObject | undefined> {
    const result: Array<BatchObject | undefined> = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      const nl = stdout.indexOf(10, at);
      const header = /^([0-9a-f]{40}) ([a-z]+) (\d+)$/.exec(stdout.subarray(at, nl).toString());
      at = nl + 1;
      if (!header) {
        result.push(undefined);
        continue;
      }
      const length = Number(header[3]);
      result.push({ sha: header[1]!, type: header[2]!, content: stdout.subarray(at, at + length) });
      at += length + 1;
    }
    return result;
  }

  /** Reads objects by name, in order; missing or ambiguous ones are undefined. */
  read(names: readonly string[]): Promise<Array<BatchObject | undefined>> {
    if (names.length === 0) return Promise.resolve([]);
    const child = this.start();
    return new Promise((resolve, reject) => {
      this.waiters.push({ count: names.length, found: [], resolve, reject });
      child.stdout.ref();
      child.stdin.write(names.join("\n") + "\n");
    });
  }

  /** Lets an idle reader go (it exits when its stdin closes); a later read starts another. */
  close(): void {
    const child = this.child;
    if (!child || this.waiters.length > 0) return;
    this.child = undefined;
    child.removeAllListeners();
    child.stdout.removeAllListeners("data");
    child.on("error", () => undefined);
    child.stdin.end();
  }

  private start(): ChildProcessByStdio<Socket, Socket, null> {
    if (this.child) return this.child;
    const child = spawn("git", ["cat-file", "--batch"], {
      cwd: this.dir,
      env: this.env,
      stdio: ["pipe", "pipe", "ignore"],
    }) as ChildProcessByStdio<Socket, Socket, null>;
    this.child = child;
    // An idle reader must not keep this process alive; it exits by itself when this process closes its stdin.
    child.unref();
    child.stdin.unref();
    child.stdout.unref();
    child.stdin.on("error", () => undefined);
    child.stdout.on("data", (chunk: Buffer) => this.parse(chunk));
    const fail = (why: string): void => {
      if (this.child === child) this.child = undefined;
      this.buffer = Buffer.alloc(0);
      for (const waiter of this.waiters.splice(0)) waiter.reject(new CatFileBatchError(`git cat-file ${why}`));
    };
    child.on("error", (error) => fail(`failed: ${error.message}`));
    child.on("close", (code, signal) => fail(`exited (${String(code ?? signal)})`));
    return child;
  }

  private parse(chunk: Buffer): void {
    this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const waiter = this.waiters[0];
      if (!waiter) return;
      const nl = this.buffer.indexOf(10);
      if (nl === -1) return;
      // "<sha> <type> <size>" for an object; "<name> missing" or "<name> ambiguous" otherwise (names may hold spaces).
      const header = /^([0-9a-f]{40}) ([a-z]+) (\d+)$/.exec(this.buffer.subarray(0, nl).toString());
      if (!header) {
        waiter.found.push(undefined);
        this.buffer = this.buffer.subarray(nl + 1);
      } else {
        const end = nl + 1 + Number(header[3]);
        if (this.buffer.length < end + 1) return;
        // A copy, so that a cached object does not pin the whole chunk it arrived in.
        const content = Buffer.from(this.buffer.subarray(nl + 1, end));
        waiter.found.push({ sha: header[1]!, type: header[2]!, content });
        this.buffer = this.buffer.subarray(end + 1);
      }
      if (waiter.found.length === waiter.count) {
        this.waiters.shift();
        if (this.waiters.length === 0) this.child?.stdout.unref();
        waiter.resolve(waiter.found);
      }
    }
  }
}
