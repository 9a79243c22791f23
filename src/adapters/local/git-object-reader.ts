import { CatFileBatch, filesIn, type GitObject } from "./cat-file-batch.ts";

/**
 * How long a reader keeps its process with nothing to read. A command's reads come closer together than
 * this even on a loaded machine (its first manifest check compiles the schemas between two reads, which
 * took 3 s at a load average of 25); a reader nobody closes is gone soon after.
 */
const DEFAULT_IDLE_MS = 5_000;

/**
 * Every read of a repository's objects and refs that one command makes, through one `git cat-file
 * --batch` instead of a process per read (a `rev-parse`, an `ls-tree`, a `cat-file` each). The process
 * starts on the first read, ends after `idleMs` without one or at {@link close}, and is started again
 * when a read comes later or it died; it never keeps ferry running (see CatFileBatch).
 *
 * It holds no data: each read asks git, which resolves a ref afresh every time (a ref another process
 * moved or packed since is seen at once, and objects written since are found), so what it answers is
 * what the repository holds when asked, as a new `rev-parse` would say.
 */
export class GitObjectReader {
  private batch: CatFileBatch | undefined;
  private inFlight = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(
    readonly repo: string,
    private readonly idleMs = DEFAULT_IDLE_MS,
  ) {}

  /** The object a revision names (`<ref>^{commit}`, `<sha>:<path>`, a tree), or undefined when it names none. */
  async object(spec: string): Promise<GitObject | undefined> {
    return this.using((batch) => batch.get(spec));
  }

  /** The commit a revision names (sha, branch, tag, `HEAD~2`), or undefined when it names none. */
  async commit(rev: string): Promise<string | undefined> {
    return (await this.object(`${rev}^{commit}`))?.sha;
  }

  /** Several files at one commit, as text; a missing file is undefined. */
  files(commit: string, paths: readonly string[]): Promise<(string | undefined)[]> {
    if (paths.length === 0) return Promise.resolve([]);
    return this.using((batch) => filesIn(batch, commit, paths));
  }

  /** Ends the process once it has answered what was asked; a later read starts a new one. */
  async close(): Promise<void> {
    clearTimeout(this.idle);
    const batch = this.batch;
    this.batch = undefined;
    await batch?.close().catch(() => undefined);
  }

  private async using<T>(read: (batch: CatFileBatch) => Promise<T>): Promise<T> {
    clearTimeout(this.idle);
    if (!this.batch?.usable) {
      // A process that died (a repository being repacked away, a killed git) is replaced, not kept failing.
      void this.batch?.close().catch(() => undefined);
      this.batch = CatFileBatch.start(this.repo);
    }
    const batch = this.batch;
    this.inFlight++;
    try {
      return await read(batch);
    } finally {
      if (--this.inFlight === 0) {
        this.idle = setTimeout(() => {
          if (this.batch === batch) void this.close();
        }, this.idleMs);
        this.idle.unref();
      }
    }
  }
}
