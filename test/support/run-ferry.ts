import { execFile } from "node:child_process";

const bin = new URL("../../bin/ferry.js", import.meta.url).pathname;

export interface FerryRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the `ferry` CLI as a subprocess, the way a person or a script does, and returns its exit code and output. */
export function runFerry(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string> } = {},
): Promise<FerryRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [bin, ...args],
      { cwd: options.cwd, env: { ...process.env, NO_COLOR: "1", ...options.env }, timeout: 60_000 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}
