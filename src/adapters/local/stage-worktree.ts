/**
 * The throw-away checkout a local stage runs in: a detached `git worktree` of the repository at the
 * stage's commit, in a `ferry-stage-*` folder of the OS temp dir. The user's working tree and branch
 * are never touched, and the only folders ferry ever deletes by hand are its own.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import type { Logger } from "../../ports/logger.ts";
import { runGit } from "./run-git.ts";

const PREFIX = "ferry-stage-";

export const stageWorktree = {
  /** A new, empty folder for a stage's checkout. */
  folder(): Promise<string> {
    return mkdtemp(join(tmpdir(), PREFIX));
  },

  /** Checks `sha` out into `folder`; the message is git's when it refuses. */
  async add(repo: string, folder: string, sha: string): Promise<{ ok: true } | { ok: false; message: string }> {
    // The user's hooks (post-checkout installers and the like) are for their checkouts, not ferry's.
    const added = await runGit(repo, ["-c", "core.hooksPath=/dev/null", "worktree", "add", "--detach", folder, sha], {
      check: false,
    });
    return added.code === 0 ? { ok: true } : { ok: false, message: added.stderr.trim() };
  },

  /** `git worktree remove`, or deleting ferry's own checkout folder and pruning when git refuses. */
  async remove(repo: string, worktree: string, log: Logger): Promise<void> {
    const removed = await runGit(repo, ["worktree", "remove", "--force", worktree], { check: false }).catch(
      (error: Error) => ({ code: 1, stderr: error.message }),
    );
    if (removed.code === 0) return;
    const ours = resolve(dirname(worktree)) === resolve(tmpdir()) && basename(worktree).startsWith(PREFIX);
    if (ours) await rm(worktree, { recursive: true, force: true });
    else log.warn({ worktree, stderr: removed.stderr.trim() }, "not a ferry worktree; not deleted");
    await runGit(repo, ["worktree", "prune"], { check: false }).catch(() => undefined);
  },
} as const;
