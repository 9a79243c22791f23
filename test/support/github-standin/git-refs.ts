import { existsSync } from "node:fs";
import { mkdir, open, readFile, rename, unlink, type FileHandle } from "node:fs/promises";
import { dirname, join } from "node:path";
import { setTimeout as delay } from "node:timers/promises";

const SHA = /^[0-9a-f]{40}$/;
/** What "no ref" is written as, for an expected old value. */
const ZERO_SHA = "0".repeat(40);
/** How long git waits for another writer's lock on a ref before it gives up (`core.filesRefLockTimeout`). */
const LOCK_TIMEOUT_MS = 100;

/**
 * A ref name of plain components (`refs/heads/ferry/state`, `refs/pull/1/head`) that `git check-ref-format`
 * accepts; anything else is left to git, which refuses what it must.
 */
export function plainRefName(ref: string): boolean {
  const components = ref.split("/");
  return (
    components.length >= 3 &&
    components[0] === "refs" &&
    components.every((c) => /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/.test(c) && !c.endsWith(".") && !c.endsWith(".lock")) &&
    !ref.includes("..")
  );
}

/**
 * Moves loose refs of one bare repository in this process, the way `git update-ref <ref> <new> [<old>]` does in the
 * files backend: take `<ref>.lock` (created exclusively, so git's own writers, such as a push through
 * `git http-backend`, and this exclude each other), check the old value under the lock, write `<sha>\n` into the lock
 * and rename it over the ref. A ref update was a git process for every commit the stand-in made.
 *
 * Only the plain case is done here; `update` answers undefined for the caller to run git when anything else is in
 * play: a `packed-refs` file (a ref may live there, and a name there may clash with a new one), a reflog for the ref,
 * a symbolic or odd ref file, a folder or file in the ref's way, an unusual name.
 */
export class GitRefs {
  constructor(private readonly dir: string) {}

  /**
   * Points `ref` at `sha` if it is at `expected` (ZERO_SHA: does not exist; undefined: anything). Returns true when
   * moved, false when the ref is elsewhere or another writer holds it (git's exit 128), undefined when git must do it.
   * The caller has checked that `sha` names an object git accepts for the ref.
   */
  async update(ref: string, sha: string, expected?: string): Promise<boolean | undefined> {
    if (!plainRefName(ref) || !SHA.test(sha) || (expected !== undefined && !SHA.test(expected))) return undefined;
    const path = join(this.dir, ref);
    if (this.unusual(ref)) return undefined;
    try {
      await mkdir(dirname(path), { recursive: true });
    } catch {
      return undefined; // A ref where a folder of refs would go.
    }
    const lockPath = `${path}.lock`;
    const lock = await this.lock(lockPath);
    if (lock === "held") return false;
    if (lock === undefined) return undefined;
    let moved = false;
    try {
      // Checked again under the lock: a packed-refs file written meanwhile may hold the ref.
      if (this.unusual(ref)) return undefined;
      const current = await this.read(path);
      if (current === null) return undefined;
      if (expected !== undefined && expected !== (current ?? ZERO_SHA)) return false;
      await lock.writeFile(`${sha}\n`);
      await lock.close();
      await rename(lockPath, path);
      moved = true;
      return true;
    } finally {
      if (!moved) {
        await lock.close().catch(() => undefined);
        await unlink(lockPath).catch(() => undefined);
      }
    }
  }

  /** Whether git's refs here are in a state this leaves to git. */
  private unusual(ref: string): boolean {
    return ["packed-refs", "reftable", join("logs", ref)].some((p) => existsSync(join(this.dir, p)));
  }

  /** The loose ref's sha, undefined when there is none, null when it is something else (symbolic, a folder). */
  private async read(path: string): Promise<string | undefined | null> {
    try {
      const content = await readFile(path, "latin1");
      return /^[0-9a-f]{40}\n$/.test(content) ? content.slice(0, 40) : null;
    } catch (error) {
      return (error as NodeJS.ErrnoException).code === "ENOENT" ? undefined : null;
    }
  }

  /**
   * Creates the lock file, waiting as git does while another writer holds it: "held" if it stays held, undefined if
   * it cannot be created for another reason (git will say why).
   */
  private async lock(lockPath: string): Promise<FileHandle | "held" | undefined> {
    const started = Date.now();
    for (let wait = 1; ; wait *= 2) {
      try {
        return await open(lockPath, "wx");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EEXIST") return undefined;
        if (Date.now() - started > LOCK_TIMEOUT_MS) return "held";
      }
      await delay(wait);
    }
  }
}
