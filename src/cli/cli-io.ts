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
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text.endsWith("\n") ? text : text + "\n"),
  err: (text) => process.stderr.write(text.endsWith("\n") ? text : text + "\n"),
  // NO_COLOR set to anything but "" turns colour off, as the NO_COLOR convention asks.
  terminal: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
};

/** Exit codes every command keeps: 0 success, 1 failure, 2 usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;
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
