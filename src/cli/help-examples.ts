import type { Command } from "commander";

/**
 * Adds an "Examples:" block to a command's `--help`, as gh and kubectl print them: each example
 * a comment saying what it does, then the command line.
 */
export function helpExamples<T extends Command>(command: T, examples: readonly (readonly [string, string])[]): T {
  const lines = examples.flatMap(([what, line]) => [`  # ${what}`, `  $ ${line}`]);
  return command.addHelpText("after", `\nExamples:\n${lines.join("\n")}\n`);
}
