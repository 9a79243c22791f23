/** The parts of a stream that decide how ferry writes to it (`process.stdout` fits). */
export interface OutputStream {
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** How a command's standard output is laid out: see `CliIo`. */
export interface OutputStyle {
  readonly terminal: boolean;
  readonly colour: boolean;
  readonly columns?: number;
}

/** Set and not empty, the way NO_COLOR and FORCE_COLOR are read. */
function set(value: string | undefined): value is string {
  return value !== undefined && value !== "";
}

/**
 * Whether to write colour, as gh, kubectl and Node decide it: never for a dumb terminal or
 * `NO_COLOR`; `FORCE_COLOR` (any value but `0` or `false`) turns it on even into a pipe and wins
 * over `NO_COLOR` (the more specific wish, as in Node and gh's `CLICOLOR_FORCE`); `FORCE_COLOR=0`
 * turns it off; otherwise colour exactly when the stream is a terminal.
 */
export function colourWanted(stream: OutputStream, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (set(force)) return force !== "0" && force.toLowerCase() !== "false";
  if (set(env.NO_COLOR) || env.TERM === "dumb") return false;
  return stream.isTTY === true;
}

/**
 * How to write to a stream. A terminal redraws the step list in place and fits tables to its
 * width; a pipe, or any CI job (`CI` set, as every CI service sets it, even where its log viewer
 * claims to be a terminal), gets plain lines that append and are never cut.
 */
export function outputStyle(stream: OutputStream, env: NodeJS.ProcessEnv): OutputStyle {
  const terminal = stream.isTTY === true && !set(env.CI) && env.TERM !== "dumb";
  const columns = stream.columns;
  return {
    terminal,
    colour: colourWanted(stream, env),
    ...(terminal && columns !== undefined && columns > 0 ? { columns } : {}),
  };
}
