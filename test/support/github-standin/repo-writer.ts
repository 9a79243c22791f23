import { ZERO_SHA, type GitPerson, type TreeChange } from "./git-store.ts";
import { isoTime } from "./iso-time.ts";
import type { RepoEvents } from "./repo-events.ts";
import type { RepoRecord, UserRecord } from "./standin-state.ts";
import type { WebhookDelivery } from "./webhook-dispatcher.ts";

/** File contents by path; `null` deletes the path. */
export type FileMap = Record<string, string | Buffer | null>;

/** What to commit on a branch. */
export interface CommitRequest {
  branch: string;
  changes: TreeChange[] | FileMap;
  message: string;
  author?: Partial<GitPerson> & { name: string; email: string };
  committer?: Partial<GitPerson> & { name: string; email: string };
  /** Parent commits; defaults to the branch head (none for a new branch in an empty repository). */
  parents?: string[];
  /** Who the push webhook names as pusher and sender. */
  sender: UserRecord;
}

/** A ref update's outcome: the old sha and the webhooks it set off. */
export interface RefUpdate {
  sha: string;
  before: string;
  delivered: Promise<WebhookDelivery[]>;
}

/** Why a ref did not move. */
export class RefMovedError extends Error {
  override name = "RefMovedError";
  constructor(
    readonly ref: string,
    readonly expected: string,
    readonly actual: string | undefined,
  ) {
    super(`${ref} is at ${actual ?? "nothing"}, not ${expected}`);
  }
}

/** The email GitHub gives an account's commits. */
export function noreplyEmail(user: UserRecord): string {
  return `${user.id}+${user.login}@users.noreply.github.com`;
}

/**
 * Writes commits and moves refs, then raises the events GitHub raises for them. Callers hold `repo.lock` so a
 * check ("does the file still have this sha?") and the write it guards happen as one step.
 */
export class RepoWriter {
  constructor(private readonly events: RepoEvents) {}

  /** Turns a file map into tree changes, storing the blobs. */
  async toChanges(repo: RepoRecord, files: FileMap): Promise<TreeChange[]> {
    const changes: TreeChange[] = [];
    for (const [path, content] of Object.entries(files)) {
      if (content === null) changes.push({ path, entry: null });
      else
        changes.push({
          path,
          entry: { mode: "100644", type: "blob", sha: await repo.store.writeBlob(Buffer.from(content)) },
        });
    }
    return changes;
  }

  /** Writes a commit on top of the branch (or as its first commit) and moves the branch to it. */
  async commit(repo: RepoRecord, req: CommitRequest): Promise<RefUpdate> {
    const ref = `refs/heads/${req.branch}`;
    const head = await repo.store.refSha(ref);
    const parents = req.parents ?? (head ? [head] : []);
    const baseTree = parents[0] ? (await repo.store.readCommit(parents[0]))?.tree : undefined;
    const changes = Array.isArray(req.changes) ? req.changes : await this.toChanges(repo, req.changes);
    const tree = await repo.store.buildTree(baseTree, changes);
    const now = isoTime();
    const author = {
      name: req.author?.name ?? req.sender.login,
      email: req.author?.email ?? noreplyEmail(req.sender),
      date: req.author?.date ?? now,
    };
    const committer = req.committer
      ? { date: now, ...req.committer }
      : { name: "GitHub", email: "noreply@github.com", date: now };
    const sha = await repo.store.writeCommit({ tree, parents, author, committer, message: req.message });
    return this.moveRef(repo, ref, sha, { expected: head ?? ZERO_SHA, sender: req.sender });
  }

  /**
   * Moves (or creates) a ref if it is still at `expected`, then sends push/synchronize webhooks. `announce` queues
   * webhooks that go before the push, once the ref has moved (a merge's `pull_request.closed`): GitHub announces a
   * merge after its base branch moved, so an app that reads the branch on that webhook finds the merge commit.
   */
  async moveRef(
    repo: RepoRecord,
    ref: string,
    sha: string,
    options: { expected?: string; sender: UserRecord; forced?: boolean; announce?: () => Promise<unknown> },
  ): Promise<RefUpdate> {
    const before = (await repo.store.refSha(ref)) ?? ZERO_SHA;
    if (options.expected !== undefined && options.expected !== before)
      throw new RefMovedError(ref, options.expected, before === ZERO_SHA ? undefined : before);
    if (!(await repo.store.updateRef(ref, sha, before)))
      throw new RefMovedError(ref, before, await repo.store.refSha(ref));
    const announced = options.announce?.();
    const { delivered } = await this.events.refsChanged(
      repo,
      [{ ref, before, after: sha }],
      options.sender,
      options.forced ?? false,
    );
    return { sha, before, delivered: announced ? Promise.all([announced, delivered]).then(([, d]) => d) : delivered };
  }

  /** Deletes a ref and sends the `push` GitHub sends for a deletion. */
  async deleteRef(repo: RepoRecord, ref: string, sender: UserRecord): Promise<RefUpdate> {
    const before = (await repo.store.refSha(ref)) ?? ZERO_SHA;
    await repo.store.deleteRef(ref);
    const { delivered } = await this.events.refsChanged(repo, [{ ref, before, after: ZERO_SHA }], sender);
    return { sha: ZERO_SHA, before, delivered };
  }
}
