import { spawn, type ChildProcess } from "node:child_process";
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
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    child.stdout?.on("data", (chunk: Buffer) => {
      this.buffered = Buffer.concat([this.buffered, chunk]);
      this.drain();
    });
    child.stderr?.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    // git may exit before reading all we wrote (a broken repository); its exit status says what happened.
    child.stdin?.on("error", () => {});
    this.exited = new Promise((resolve) => {
      child.on("error", (error) => {
        this.fail(error);
        resolve();
      });
      child.on("close", (code) => {
        if (this.pending.length > 0 || code !== 0)
          this.fail(new GitCommandError(["cat-file", "--batch"], { code: code ?? 1, stdout: "", stderr: this.stderr }));
        resolve();
      });
    });
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
      this.child.stdin?.write(`${spec}\n`);
    });
  }

  /** Ends the process once it has answered everything asked; an unexpected exit rejects what it left unanswered. */
  async close(): Promise<void> {
    this.child.stdin?.end();
    await this.exited;
  }

  /** Answers the oldest requests whose whole answer has arrived. */
  private drain(): void {
    for (;;) {
      const next = this.pending[0];
      const eol = this.buffered.indexOf(10);
      if (!next || eol < 0) return;
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
      if (this.buffered.length < end + 1) return;
      const content = Buffer.from(this.buffered.subarray(eol + 1, end));
      this.buffered = this.buffered.subarray(end + 1);
      this.pending.shift();
      next.resolve({ sha, type, content });
    }
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const request of this.pending.splice(0)) request.reject(this.failure);
  }
}

/** Runs `use` with a batch process of its own, ended when `use` settles. */
export async function withCatFileBatch<T>(repo: string, use: (batch: CatFileBatch) => Promise<T>): Promise<T> {
  const batch = CatFileBatch.start(repo);
  try {
    return await use(batch);
  } finally {
    await batch.close().catch(() => undefined);
  }
}

/** Reads several files at one commit with a single `cat-file --batch`; a missing file is undefined. */
export function readFilesAt(repo: string, commit: string, paths: readonly string[]): Promise<(string | undefined)[]> {
  if (paths.length === 0) return Promise.resolve([]);
  return withCatFileBatch(repo, (batch) => filesIn(batch, commit, paths));
}

/** Several files at one commit, as text, through a batch process already running; a missing file is undefined. */
export function filesIn(
  batch: CatFileBatch,
  commit: string,
  paths: readonly string[],
): Promise<(string | undefined)[]> {
  return Promise.all(paths.map(async (path) => (await batch.get(`${commit}:${path}`))?.content.toString("utf8")));
}
