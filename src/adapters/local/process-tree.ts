import type { ChildProcess } from "node:child_process";

/**
 * The process group of one command. Killing `-pid` reaches grandchildren too (`sleep &` in a
 * script), which killing the child alone would orphan; SIGKILL follows if SIGTERM is ignored.
 */
export class ProcessTree {
  private hardKill: ReturnType<typeof setTimeout> | undefined;
  private drain: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly child: ChildProcess,
    private readonly graceMs: number,
  ) {}

  kill(): void {
    this.signal("SIGTERM");
    this.hardKill ??= setTimeout(() => this.signal("SIGKILL"), this.graceMs);
  }

  /**
   * The leader exited but its pipes may still be held by processes it left behind. Stop them, and
   * give up waiting for the pipes once even SIGKILL had time to work (a process that left the group).
   */
  leaderExited(giveUp: () => void): void {
    if (this.child.stdout?.readableEnded && this.child.stderr?.readableEnded) return;
    this.kill();
    this.drain ??= setTimeout(() => {
      this.child.stdout?.destroy();
      this.child.stderr?.destroy();
      giveUp();
    }, this.graceMs + 1_000);
  }

  /** The step is over: stop waiting, but leave a pending SIGKILL to finish its job. */
  settle(): void {
    clearTimeout(this.drain);
    this.signal("SIGTERM");
    this.hardKill?.unref();
  }

  private signal(signal: NodeJS.Signals): void {
    if (this.child.pid === undefined) return;
    try {
      process.kill(-this.child.pid, signal);
    } catch {
      // ESRCH: the group is already gone, which is what we wanted.
    }
  }
}
