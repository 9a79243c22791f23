import { createInterface } from "node:readline/promises";

/** Where a command writes; tests and the demo pass their own. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /**
   * Whether `out` is a terminal that takes colour. It belongs to the io, not to the process: an io
   * that captures output (a test running `runCli` in-process) must get plain lines even when the
   * process itself writes to a terminal. Absent means plain.
   */
  readonly terminal?: boolean;
  /**
   * Asks a person a yes/no question; present only when someone can answer (stdin and stdout are a
   * terminal). Commands that destroy (`stop`, `drop`) ask through it unless given `--yes`; without
   * it they act, as scripts expect.
   */
  readonly confirm?: (question: string) => Promise<boolean>;
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

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  // NO_COLOR set to anything but "" turns colour off, as the NO_COLOR convention asks.
  terminal: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
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
