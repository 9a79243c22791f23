import { runCli } from "../../src/cli/run-cli.ts";
import type { Clock } from "../../src/ports/clock.ts";
import type { FerryRun } from "./run-ferry.ts";

/**
 * Runs the `ferry` CLI in this process through `runCli`, as `runFerry` runs it in a subprocess,
 * and returns the same shape: the exit code, and stdout and stderr exactly as `bin/ferry.js`
 * would print them (each write ends in a newline). Swapping one for the other changes nothing a
 * test asserts, only the two seconds a process takes to start. Pass `--repo DIR` rather than
 * changing directory: the working directory belongs to the whole test worker. A `clock` stands in for the
 * real one where a command waits (`ferry wait`).
 */
export async function runFerryInProcess(
  args: readonly string[],
  options: { readonly clock?: Clock } = {},
): Promise<FerryRun> {
  let stdout = "";
  let stderr = "";
  const line = (text: string) => (text.endsWith("\n") ? text : `${text}\n`);
  const exitCodeBefore = process.exitCode;
  // Not a terminal, as a piped `bin/ferry.js` is not: plain lines, every stage output line, no colour.
  const code = await runCli(args, {
    out: (text) => (stdout += line(text)),
    err: (text) => (stderr += line(text)),
    terminal: false,
    ...options,
  });
  if (process.exitCode !== exitCodeBefore) {
    // Left set, it would fail the test worker long after the command that set it.
    process.exitCode = exitCodeBefore;
    throw new Error(`ferry ${args.join(" ")} set process.exitCode; runCli must return its exit code instead`);
  }
  return { code, stdout, stderr };
}
