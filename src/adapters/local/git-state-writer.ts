import { FastImport, type ImportedCommit } from "./fast-import-commit.ts";
import { RefTransactions, type SwapOutcome } from "./ref-transactions.ts";

/** How long a writer keeps its processes with nothing to write: as the reader does (git-object-reader.ts). */
const DEFAULT_IDLE_MS = 5_000;
/** `update-ref`'s "must not exist yet". */
const ZERO = "0".repeat(40);

/** A write's outcome: the branch now at `head`, or left as it was because it was not at the expected commit. */
export type BranchWrite = { readonly ok: true; readonly head: string } | (SwapOutcome & { readonly ok: false });

/**
 * Every commit-and-move-the-branch that one command makes, through one `git fast-import` (the
 * objects) and one `git update-ref --stdin` (the compare-and-swap) instead of two processes per
 * write. Writes run one at a time, in the order asked. The processes start on the first write, end
 * after `idleMs` without one or at {@link close}, and are started again when a write comes later or
 * one died (a refused transaction ends `update-ref`; its `fast-import` is replaced too, so that no
 * object of the lost write is ever taken as already stored by a later one).
 *
 * It holds no data that decides anything: each write names the commit it expects the branch at,
 * and git checks it under the ref's lock, as a fresh `update-ref <ref> <new> <old>` would.
 */
export class GitStateWriter {
  private importer: FastImport | undefined;
  private refs: RefTransactions | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private waiting = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    readonly repo: string,
    private readonly reflogMessage: string,
    private readonly idleMs = DEFAULT_IDLE_MS,
  ) {}

  /**
   * Writes the chain of commits on `expected` (null: the first is a root commit) and moves `ref` to
   * the last one if, and only if, it is still exactly at `expected` (null: does not exist).
   */
  write(ref: string, expected: string | null, commits: readonly ImportedCommit[]): Promise<BranchWrite> {
    clearTimeout(this.idle);
    this.waiting++;
    const written = this.queue.then(() => this.writeNow(ref, expected, commits));
    this.queue = written.catch(() => undefined);
    return written.finally(() => {
      if (--this.waiting > 0) return;
      this.idle = setTimeout(() => void this.close(), this.idleMs);
      this.idle.unref();
    });
  }

  /** Ends the processes once the writes already asked for are done; a later write starts them again. */
  async close(): Promise<void> {
    clearTimeout(this.idle);
    const closed = this.queue.then(() => this.stop());
    this.queue = closed;
    await closed;
  }

  private async writeNow(
    ref: string,
    expected: string | null,
    commits: readonly ImportedCommit[],
  ): Promise<BranchWrite> {
    try {
      const next = await this.imported(expected, commits);
      if (!this.refs?.usable) {
        void this.refs?.close().catch(() => undefined);
        this.refs = RefTransactions.start(this.repo, this.reflogMessage);
      }
      const moved = await this.refs.compareAndSwap(ref, next, expected ?? ZERO);
      if (!moved.ok) await this.stop();
      return moved.ok ? { ok: true, head: next } : moved;
    } catch (error) {
      // Whatever failed is not trusted for the next write.
      await this.stop();
      throw error;
    }
  }

  /**
   * The chain written by the session's fast-import. One that was already running may have died since
   * its last write (killed, its repository repacked away) without ferry having heard yet: that write
   * is tried once more in a new process, which is safe because it only adds objects.
   */
  private async imported(expected: string | null, commits: readonly ImportedCommit[]): Promise<string> {
    const running = this.importer?.usable === true ? this.importer : undefined;
    if (running) {
      try {
        return await running.commits(expected, commits);
      } catch {
        void running.close().catch(() => undefined);
      }
    } else void this.importer?.close().catch(() => undefined);
    this.importer = FastImport.start(this.repo);
    return this.importer.commits(expected, commits);
  }

  private async stop(): Promise<void> {
    const processes = [this.importer, this.refs];
    this.importer = undefined;
    this.refs = undefined;
    await Promise.all(processes.map((p) => p?.close().catch(() => undefined)));
  }
}
