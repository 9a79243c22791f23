import { GitPipe } from "./git-pipe.ts";
import { GitCommandError } from "./run-git.ts";

/** A compare-and-swap's outcome: done, or refused with git's reason (the ref was not at the expected value). */
export type SwapOutcome = { readonly ok: true } | { readonly ok: false; readonly detail: string };

const OBJECT_ID = /^[0-9a-f]{40,64}$/;

/**
 * One `git update-ref --stdin` that moves refs for as long as it runs, each move its own
 * transaction (`start`, `update <ref> <new> <old>`, `commit`; git ≥ 2.27): atomic, and refused
 * unless the ref holds exactly `<old>` (all zeros: that it does not exist), as `update-ref <ref>
 * <new> <old>` would. Why: a command's state writes share one process instead of one each.
 *
 * A refused transaction ends the process (git dies on it), so a lost compare-and-swap shows as its
 * exit with git's message; the caller starts a new one for its next write. Nothing is held between
 * transactions: no lock outlives a `commit`, and a process that dies mid-transaction leaves the ref
 * as it was (git removes its lock file, and the ref only ever changes by the lock file's rename).
 */
export class RefTransactions {
  private constructor(private readonly pipe: GitPipe) {}

  /** Starts the process in `repo`; `message` is each move's reflog message. */
  static start(repo: string, message: string): RefTransactions {
    return new RefTransactions(GitPipe.start(repo, ["update-ref", "-m", message, "--stdin"]));
  }

  /** Whether it can still move refs: false once a transaction was refused or its process ended. */
  get usable(): boolean {
    return this.pipe.usable;
  }

  /** Moves `ref` to `next` if it is exactly at `expected`; otherwise leaves it and says why. */
  async compareAndSwap(ref: string, next: string, expected: string): Promise<SwapOutcome> {
    // One request per line: a space or newline in a value would make another argument or command.
    if (!/^refs\/[^\s]+$/.test(ref) || !OBJECT_ID.test(next) || !OBJECT_ID.test(expected))
      throw new RangeError(`not a ref update: ${JSON.stringify([ref, next, expected])}`);
    try {
      const answers = await this.pipe.ask(`start\nupdate ${ref} ${next} ${expected}\ncommit\n`, 2);
      if (answers[0] === "start: ok" && answers[1] === "commit: ok") return { ok: true };
      throw new Error(`git update-ref --stdin answered ${JSON.stringify(answers)}`);
    } catch (error) {
      if (!(error instanceof GitCommandError)) throw error;
      return { ok: false, detail: error.result.stderr.trim() };
    }
  }

  /** Ends the process once its transactions are done. */
  close(): Promise<void> {
    return this.pipe.close();
  }
}
