import { branchCommit, branchHead, walkBranch, type BranchCommit } from "../adapters/github/branch-commits.ts";
import type { CatalogAt } from "../adapters/github/github-catalog.ts";
import type { EventOutcome } from "../engine/event-outcome.ts";
import { cursorPath, parseSyncCursor, serialiseSyncCursor, type SyncCursor } from "../manifest/sync-cursor.ts";
import { touchesFerryFiles } from "./changed-files.ts";
import { landedCommitEvents } from "./commit-triggers.ts";
import { validateCommit } from "./config-check.ts";
import { describeOutcome } from "./outcome-text.ts";
import { showRefusals } from "./refusal-notice.ts";
import type { RepoWorker } from "./repo-workers.ts";

/** At most this many commits per branch and reconcile; a cursor further behind continues in the next one. */
export const RECONCILE_COMMIT_CAP = 100;
/** Compare-and-swap attempts to move a cursor before leaving it to the next reconcile. */
const CURSOR_ATTEMPTS = 8;

/** What a webhook says just landed on the branch: its commit, who pushed or merged it, and its validated catalog. */
export interface Landing {
  readonly sha: string;
  readonly actor: string;
  /** A forced push's `before`: the branch was moved back or rewritten from there, even if it came back since. */
  readonly resetFrom?: string;
  /** A merged pull request says `merge` whatever the merge method; otherwise a merge commit is a merge. */
  readonly cause?: "push" | "merge";
  /** The commit's ferry files as the handler validated them (`ferry/config` already reported). */
  readonly validated?: CatalogAt;
  /** The handler did not look at the commit's files: its ferry files are validated here, as for a commit no webhook announced. */
  readonly unchecked?: boolean;
  /**
   * Judge the commit again even when the cursor shows it processed: a merge does, so its pull
   * request hears of refusals whichever of its two webhooks came first. A push needs nothing more.
   */
  readonly rejudge?: boolean;
}

export interface BranchReconcile {
  /** The outcomes of each commit this pass processed, by sha. */
  readonly processed: ReadonlyMap<string, readonly EventOutcome[]>;
  /** The cap cut the pass short: more commits wait. */
  readonly more: boolean;
}

/**
 * The event id of a commit's triggers: the commit, and the branch's epoch once it was reset, so a
 * commit that lands again after the branch moved back is judged again. Every replica and every
 * path (the merge webhook, the push webhook, a reconcile) derives the same id, so the engine's
 * dedupe on the state branch applies each commit once.
 */
export function landingEventId(sha: string, epoch: number): string {
  return epoch > 0 ? `commit:${sha}:${epoch}` : `commit:${sha}`;
}

/**
 * Processes the commits of `branch` after its cursor (`sync/<branch>.json` on the state branch),
 * in order, first parent by first parent, as pushes and merges: validates the ferry files of
 * commits no webhook announced, sends `deploy`/`remove` to what each touches, shows refusals on
 * the commit, then moves the cursor by compare-and-swap (only from where this pass found it).
 *
 * - No cursor yet: start at the head and deploy no history; with a `landing`, start just before
 *   it, so the push or merge that brought the webhook deploys.
 * - The branch moved back or was rewritten: the cursor follows it, with its epoch counted up.
 * - More than {@link RECONCILE_COMMIT_CAP} commits: the oldest that many now, the rest next time;
 *   a range GitHub cannot list commit by commit (over 250) lands as its head alone.
 */
export async function reconcileBranch(
  worker: RepoWorker,
  branch: string,
  at: string,
  landing?: Landing,
): Promise<BranchReconcile> {
  const processed = new Map<string, readonly EventOutcome[]>();
  const found = await readCursor(worker, branch);
  // The announced commit is where the cursor is, processed: done. Later commits have webhooks of their own.
  if (landing && found?.commit === landing.sha && !found.start && !landing.rejudge) return { processed, more: false };
  const head = await branchHead(worker.client, worker.ref, branch);
  if (!head) return { processed, more: false };
  let epoch = found?.epoch ?? 0;
  let base: string;
  const commits: BranchCommit[] = [];
  if (found && landing?.resetFrom === found.commit && landing.sha !== found.commit) {
    // A forced push away from the cursor: a reset, even when the branch is back at the cursor by now.
    epoch++;
    base = landing.sha;
  } else if (found) {
    base = found.commit;
    // The cursor already at the landed commit: it may have been set there without processing it (a
    // first reconcile racing the merge). Judge it again; if it was processed, its events are duplicates.
    if (landing?.sha === found.commit)
      commits.push((await branchCommit(worker.client, worker.ref, landing.sha)).commit);
  } else if (landing) {
    const { commit, parent } = await branchCommit(worker.client, worker.ref, landing.sha);
    if (parent) base = parent;
    else {
      // A root commit: it is all there is before the head.
      commits.push(commit);
      base = commit.sha;
    }
  } else {
    await moveCursor(worker, branch, undefined, { branch, commit: head, at, start: true });
    return { processed, more: false };
  }
  let more = false;
  let move = await walkBranch(worker.client, worker.ref, base, head, RECONCILE_COMMIT_CAP - commits.length);
  if (move.kind === "reset") {
    epoch++;
    base = move.base;
    move = await walkBranch(worker.client, worker.ref, base, head, RECONCILE_COMMIT_CAP - commits.length);
    // Moved again meanwhile: the next reconcile goes on from the merge base.
    if (move.kind === "reset") move = { kind: "same" };
  }
  if (move.kind === "ahead") {
    commits.push(...move.commits);
    more = move.more;
  } else if (move.kind === "jump") commits.push(move.commit);
  let last = base;
  for (const commit of commits) {
    processed.set(commit.sha, await processCommit(worker, branch, commit, epoch, at, landing));
    last = commit.sha;
  }
  if (last !== found?.commit || epoch !== (found?.epoch ?? 0) || found.start === true)
    await moveCursor(worker, branch, found, { branch, commit: last, at, ...(epoch ? { epoch } : {}) });
  return { processed, more };
}

async function processCommit(
  worker: RepoWorker,
  branch: string,
  commit: BranchCommit,
  epoch: number,
  at: string,
  landing: Landing | undefined,
): Promise<readonly EventOutcome[]> {
  const announced = landing?.sha === commit.sha;
  let validated = announced ? landing.validated : undefined;
  // A commit no webhook announced (lost, or failed), or whose handler did not look, gets its `ferry/config` check here.
  if ((!announced || landing.unchecked === true) && touchesFerryFiles(commit.changed)) {
    validated = await worker.catalog.at(commit.sha);
    if (validated) await validateCommit(worker.client, worker.ref, validated);
  }
  const events = await landedCommitEvents(
    worker,
    {
      sha: commit.sha,
      branch,
      changed: commit.changed,
      actor: announced ? landing.actor : commit.author,
      cause: (announced ? landing.cause : undefined) ?? (commit.merge ? "merge" : "push"),
      at,
    },
    landingEventId(commit.sha, epoch),
    validated,
  );
  if (events.length === 0) return [];
  const outcomes = await worker.submit(events);
  await showRefusals(worker.client, worker.ref, commit.sha, outcomes);
  for (const outcome of outcomes)
    if (outcome.kind === "refused" || outcome.kind === "blocked" || outcome.kind === "unknown-deployment")
      worker.log.info(
        { repo: worker.fullName, sha: commit.sha, deployment: outcome.deployment },
        describeOutcome(outcome),
      );
  return outcomes;
}

/** The branch's cursor on the state branch as GitHub has it now; an unreadable one is logged and counts as none. */
async function readCursor(worker: RepoWorker, branch: string): Promise<SyncCursor | undefined> {
  const { text } = await worker.store.file(cursorPath(branch), { fresh: true });
  if (text === undefined) return undefined;
  const parsed = parseSyncCursor(text, branch);
  if (parsed.kind === "ok") return parsed.cursor;
  worker.log.warn(
    { repo: worker.fullName, branch, file: cursorPath(branch), detail: parsed.detail },
    `${cursorPath(branch)} on ferry/state is not a sync cursor; ${branch} starts again at its head`,
  );
  return undefined;
}

/**
 * Moves the cursor from `from` to `to`, compare-and-swap on the state branch's head, and only while
 * the cursor still is `from`: a replica that moved it first (further, or less far) wins, and
 * whatever lies between is done by the next reconcile, its events being duplicates if done.
 */
async function moveCursor(
  worker: RepoWorker,
  branch: string,
  from: SyncCursor | undefined,
  to: SyncCursor,
): Promise<boolean> {
  const path = cursorPath(branch);
  for (let attempt = 0; attempt < CURSOR_ATTEMPTS; attempt++) {
    const { head, text } = await worker.store.file(path, { fresh: true });
    const current = text === undefined ? undefined : parseSyncCursor(text, branch);
    const now = current?.kind === "ok" ? current.cursor : undefined;
    if (now?.commit !== from?.commit || (now?.epoch ?? 0) !== (from?.epoch ?? 0)) return false;
    const written = await worker.store.write({
      expectedHead: head,
      states: [],
      files: { [path]: serialiseSyncCursor(to) },
      message: `ferry: synced ${branch} to ${to.commit.slice(0, 7)} [skip ci]\n`,
    });
    if (written.ok) return true;
  }
  worker.log.warn(
    { repo: worker.fullName, branch },
    "the state branch kept moving; the next reconcile moves the cursor",
  );
  return false;
}
