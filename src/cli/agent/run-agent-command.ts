import { spawn } from "node:child_process";
import type { CommandResult } from "./agent-decision.ts";

/** A line longer than this is cut in the message: ferry keeps at most 500 characters of it anyway. */
const LINE_LIMIT = 2_000;

/**
 * Runs an agent's update or health command as a `run:` step runs with `shell: bash`:
 * `bash --noprofile --norc -eo pipefail -c CMD`, stdout and stderr together, each line passed to
 * `onLine`. Only the last non-empty line is kept (the message ferry gets), so memory stays bounded
 * however much the command prints. A stop signal ends the command (SIGTERM).
 */
export function runAgentCommand(
  command: string,
  env: Readonly<Record<string, string>>,
  onLine: (line: string) => void,
  signal?: AbortSignal,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", command], {
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      ...(signal ? { signal } : {}),
    });
    let lastLine = "";
    let partial = "";
    const take = (chunk: Buffer) => {
      const lines = (partial + chunk.toString("utf8")).split("\n");
      partial = (lines.pop() ?? "").slice(-LINE_LIMIT);
      for (const line of lines) see(line);
    };
    const see = (line: string) => {
      const trimmed = line.trimEnd();
      if (!trimmed) return;
      lastLine = trimmed.slice(0, LINE_LIMIT);
      onLine(lastLine);
    };
    child.stdout.on("data", take);
    child.stderr.on("data", take);
    child.on("error", (error) => {
      // An abort arrives here too (AbortError), before close: the close handler settles it.
      // A failure to start gets no close event on every Node version: settle here (a second resolve is a no-op).
      if (error.name !== "AbortError") resolve({ code: 127, lastLine: `could not run bash: ${error.message}` });
    });
    child.on("close", (code) => {
      see(partial);
      resolve({ code, lastLine });
    });
  });
}
