import { spawn } from "node:child_process";
import type { OutputStream } from "./output-capture.ts";
import { ProcessTree } from "./process-tree.ts";

/** How a command's process ended, before the step executor tells it as a result. */
export type CommandEnding =
  | { readonly kind: "exited"; readonly code: number | null; readonly signal: NodeJS.Signals | null }
  | { readonly kind: "timed-out" }
  | { readonly kind: "cancelled" }
  | { readonly kind: "not-started"; readonly file: string; readonly error: Error };

export interface CommandProcessSettings {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** Stop the whole tree after this long; undefined means no bound. */
  readonly timeoutMs: number | undefined;
  /** Aborting stops the whole tree. */
  readonly signal: AbortSignal | undefined;
  /** Time between SIGTERM and SIGKILL. */
  readonly killGraceMs: number;
  readonly onOutput: (stream: OutputStream, chunk: Buffer) => void;
  /** The new process group's id (the leader's pid), told synchronously right after the spawn. */
  readonly onSpawn?: ((pgid: number) => void) | undefined;
}

/**
 * Runs `file` with `args` (no shell in between) as the leader of its own process group, and says
 * how it ended. A timeout or abort stops the whole tree; so does the leader's exit when processes
 * it left behind still hold its pipes, as Actions stops them at job end.
 */
export function commandProcess(
  file: string,
  args: readonly string[],
  settings: CommandProcessSettings,
): Promise<CommandEnding> {
  const { cwd, env, timeoutMs, signal, killGraceMs, onOutput } = settings;
  // Preparing a script takes a moment; a cancel in that moment must not start it.
  if (signal?.aborted) return Promise.resolve({ kind: "cancelled" });
  return new Promise<CommandEnding>((resolveEnding) => {
    // detached: the child leads a new process group, so a timeout can kill everything it started.
    const child = spawn(file, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    // Recorded before anything else can run, so that a ferry killed from now on leaves the group findable.
    if (child.pid !== undefined) settings.onSpawn?.(child.pid);
    const tree = new ProcessTree(child, killGraceMs);
    let stopped: "timed-out" | "cancelled" | undefined;
    let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
    let done = false;
    const stop = (why: "timed-out" | "cancelled") => {
      stopped ??= why;
      tree.kill();
    };
    const timer = timeoutMs === undefined ? undefined : setTimeout(() => stop("timed-out"), timeoutMs);
    const onAbort = () => stop("cancelled");
    signal?.addEventListener("abort", onAbort, { once: true });
    child.stdout?.on("data", (chunk: Buffer) => onOutput("stdout", chunk));
    child.stderr?.on("data", (chunk: Buffer) => onOutput("stderr", chunk));
    const finish = (spawnError?: Error) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
      tree.settle();
      if (spawnError) resolveEnding({ kind: "not-started", file, error: spawnError });
      else if (stopped) resolveEnding({ kind: stopped });
      else resolveEnding({ kind: "exited", code: exit?.code ?? null, signal: exit?.signal ?? null });
    };
    child.on("error", finish);
    child.on("exit", (code, exitSignal) => {
      exit = { code, signal: exitSignal };
      // Background processes the step left behind still hold its pipes; stop them.
      tree.leaderExited(() => finish());
    });
    child.on("close", () => finish());
  });
}
