import { createInterface } from "node:readline/promises";
import type { Clock } from "../ports/clock.ts";
import { outputStyle } from "./output-style.ts";

/** Where a command writes; tests and the demo pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /**
   * Whether `out` is an interactive terminal (not a pipe, not a CI log): the step list of `ferry
   * sync` is then redrawn in place. It belongs to the io, not to the process: an io that captures
   * output (a test running `runCli` in-process) gets plain lines even when the process itself
   * writes to a terminal. Absent means plain.
   */
  readonly terminal?: boolean;
  /** Whether `out` takes colour (see `colourWanted` for NO_COLOR and FORCE_COLOR). Absent means none. */
  readonly colour?: boolean;
  /** The terminal's width, which tables fit by cutting their free-text column. Absent means never cut. */
  readonly columns?: number | undefined;
  /**
   * Asks a person a yes/no question; present only when someone can answer (stdin and stdout are a
   * terminal). Commands that destroy (`stop`, `drop`) ask through it unless given `--yes`; without
   * it they act, as scripts expect.
   */
  readonly confirm?: (question: string) => Promise<boolean>;
  /**
   * Time for commands that wait (`ferry wait`); tests pass a clock they move instead of waiting. Absent means the
   * system clock.
   */
  readonly clock?: Clock;
}

/** "y" or "yes", any case; anything else, an empty line included, is no. */
export function isYes(answer: string): boolean {
  return /^\s*y(es)?\s*$/i.test(answer);
}

async function askTerminal(question: string): Promise<boolean> {
  const prompt = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return isYes(await prompt.question(`${question} [y/N] `));
  } finally {
    prompt.close();
  }
}

/** The process's own stdout and stderr; `columns` is read at each use, so a resized terminal counts. */
export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  terminal: outputStyle(process.stdout, process.env).terminal,
  colour: outputStyle(process.stdout, process.env).colour,
  get columns() {
    return outputStyle(process.stdout, process.env).columns;
  },
  ...(process.stdin.isTTY && process.stdout.isTTY ? { confirm: askTerminal } : {}),
};

/**
 * Exit codes every command keeps: 0 success, 1 failure, 2 usage error; `ferry wait` adds 124 when
 * its `--timeout` runs out first (the code GNU `timeout` uses), so a script can tell the two apart.
 */
export const EXIT = { ok: 0, failure: 1, usage: 2, timeout: 124 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A command that could not do its job for a reason the person can act on. */
export class CliFailure extends Error {
  override readonly name = "CliFailure";
  constructor(
    message: string,
    readonly code: ExitCode = EXIT.failure,
  ) {
    super(message);
  }
}
