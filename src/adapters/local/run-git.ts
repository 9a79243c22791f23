import { spawn } from "node:child_process";

export interface GitResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** A git command that failed when it was expected to succeed. */
export class GitCommandError extends Error {
  override readonly name = "GitCommandError";
  constructor(
    args: readonly string[],
    readonly result: GitResult,
  ) {
    super(`git ${args.join(" ")} exited ${result.code}: ${result.stderr.trim()}`);
  }
}

/**
 * Runs git plumbing with optional stdin and extra environment. simple-git covers porcelain;
 * plumbing needs stdin (fast-import, hash-object) and at times `GIT_*` variables, which simple-git refuses.
 */
export function runGit(
  cwd: string,
  args: readonly string[],
  options: { input?: string; env?: Record<string, string>; check?: boolean } = {},
): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const input = options.input;
    const child = spawn("git", args, {
      cwd,
      env: { ...process.env, ...options.env },
      stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (d: Buffer) => out.push(d));
    child.stderr?.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (code) => {
      const result = {
        code: code ?? 1,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      };
      if (options.check !== false && result.code !== 0) reject(new GitCommandError(args, result));
      else resolve(result);
    });
    if (input !== undefined && child.stdin) {
      // git may exit before reading all of stdin (a failed lookup); its exit code says what happened.
      child.stdin.on("error", () => {});
      child.stdin.end(input);
    }
  });
}
