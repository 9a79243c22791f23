import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Socket } from "node:net";
import { join } from "node:path";
import { createInterface } from "node:readline";

/** What git printed and how it exited. */
export interface GitHostResult {
  readonly code: number | null;
  readonly stdout: Buffer;
  readonly stderr: string;
}

interface Answer {
  id: number;
  code?: number | null;
  stdout?: string;
  stderr?: string;
  error?: string;
}

/** The host process died before it answered. */
export class GitHostError extends Error {
  override name = "GitHostError";
}

const SCRIPT = join(import.meta.dirname, "git-host-process.mjs");

/**
 * Runs git through one small long-lived Node process (`git-host-process.mjs`) instead of spawning it from this one.
 * Node forks the calling process for every child, and a test worker holding Probot, the App and the compiled
 * OpenAPI description is large, so every git command cost a fork of that worker; the host is small, so its forks
 * are cheap. Commands still run concurrently, each as its own git process with the caller's arguments, working
 * directory, environment and input. The host neither keeps this process alive when idle nor outlives it: it exits
 * when its stdin closes.
 */
export class GitHost {
  private static shared: GitHost | undefined;
  private child: ChildProcessByStdio<Socket, Socket, null> | undefined;
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (result: GitHostResult) => void; reject: (error: Error) => void }
  >();

  /** The host of this process, started on first use. */
  static get(): GitHost {
    GitHost.shared ??= new GitHost();
    return GitHost.shared;
  }

  /** Runs `git args` in `cwd` with exactly `env`, writing `input` to its stdin. */
  run(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv, input: Buffer | string): Promise<GitHostResult> {
    const child = this.start();
    const id = this.nextId++;
    const request = { id, args, cwd, env, input: Buffer.from(input).toString("base64") };
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.hold();
      child.stdin.write(JSON.stringify(request) + "\n");
    });
  }

  private start(): ChildProcessByStdio<Socket, Socket, null> {
    if (this.child) return this.child;
    // Pipes are sockets here; their handles are unreferenced below so that an idle host never holds this process.
    const child = spawn(process.execPath, [SCRIPT], { stdio: ["pipe", "pipe", "inherit"] }) as ChildProcessByStdio<
      Socket,
      Socket,
      null
    >;
    this.child = child;
    child.unref();
    child.stdin.unref();
    child.stdout.unref();
    child.stdin.on("error", () => undefined);
    createInterface({ input: child.stdout, crlfDelay: Infinity }).on("line", (line) => this.answer(line));
    const fail = (why: string): void => {
      if (this.child === child) this.child = undefined;
      const error = new GitHostError(`git host ${why}`);
      for (const { reject } of this.pending.values()) reject(error);
      this.pending.clear();
    };
    child.on("error", (error) => fail(`failed: ${error.message}`));
    child.on("close", (code, signal) => fail(`exited (${String(code ?? signal)})`));
    return child;
  }

  private answer(line: string): void {
    const answer = JSON.parse(line) as Answer;
    const waiter = this.pending.get(answer.id);
    if (!waiter) return;
    this.pending.delete(answer.id);
    this.hold();
    if (answer.error !== undefined) waiter.reject(new Error(answer.error));
    else
      waiter.resolve({
        code: answer.code ?? null,
        stdout: Buffer.from(answer.stdout ?? "", "base64"),
        stderr: answer.stderr ?? "",
      });
  }

  /** Keeps this process alive while an answer is due, and only then. */
  private hold(): void {
    if (this.pending.size > 0) this.child?.stdout.ref();
    else this.child?.stdout.unref();
  }
}
