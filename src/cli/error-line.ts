/** Longest message printed for an unexpected error: a git failure can carry pages of stderr. */
export const ERROR_LINE_MAX = 500;

/**
 * An unexpected error as the one line a person sees, `ferry: <message>`: never a stack, since
 * stack frames mean nothing to someone running a command. With `debug` (FERRY_DEBUG set) the
 * stack and causes follow, for whoever is fixing ferry itself.
 */
export function errorLine(error: unknown, debug: boolean): string {
  if (debug) return `ferry: ${error instanceof Error ? inspectChain(error) : String(error)}`;
  const message = error instanceof Error ? error.message : String(error);
  const line =
    message
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean)
      .join(" ") || (error instanceof Error ? error.name : "unknown error");
  const short = line.length > ERROR_LINE_MAX ? `${line.slice(0, ERROR_LINE_MAX - 1)}…` : line;
  return `ferry: ${short} (set FERRY_DEBUG=1 for details)`;
}

function inspectChain(error: Error): string {
  const parts = [error.stack ?? `${error.name}: ${error.message}`];
  let cause = error.cause;
  for (let depth = 0; cause !== undefined && depth < 5; depth++) {
    parts.push(`caused by: ${cause instanceof Error ? (cause.stack ?? cause.message) : String(cause)}`);
    cause = cause instanceof Error ? cause.cause : undefined;
  }
  return parts.join("\n");
}

/** FERRY_DEBUG=1 (any value but empty or 0) asks for stacks. */
export function debugRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.FERRY_DEBUG;
  return value !== undefined && value !== "" && value !== "0";
}
