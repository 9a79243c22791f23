import {
  branchCommit,
  branchHead,
  firstParent,
  walkBranch,
  type BranchCommit,
} from "../adapters/github/branch-commits.ts";
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
  /** A push's `before` (not forced, not a new branch): the head it moved from, where a first cursor starts. */
  readonly before?: string;
  /** A forced push's `before`: the branch was moved back or rewritten from there, even if it came back since. */
  readonly resetFrom?: string;
  /** A merged pull request says `merge` whatever the merge method; otherwise a merge commit is a merge. */
  readonly cause?: "push" | "merge";
  /** The merged pull request, when a `pull_request` webhook announced it: the run records it for its links. */
  readonly pullRequest?: number;
  /** The commit's ferry files as the handler validated them (`ferry/config` already reported). */
  readonly validated?: CatalogAt;
  /** The handler did not look at the commit's files: its ferry files are validated here, as for a commit no webhook announced. */
  readonly unchecked?: boolean;
  /**
   * Judge the commit again when the cursor is at it, processed: a merge does, so its pull request
   * hears of refusals whichever of its two webhooks came first. A push needs nothing more.
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
 * - No cursor yet (first contact): the cursor is created first, by compare-and-swap, just before
 *   the newest commit this pass knows of (a push's `before`, a merge's first parent, the head's
 *   parent), marked `start`; then that commit and any after it are processed like any others. A
 *   replica that loses the creation goes on from the cursor the winner created, so every replica
 *   walks the same line from the same place (see {@link firstContact}).
 * - A webhook for a commit at or behind the cursor processes nothing of its own: an older commit
 *   is never deployed after a newer one. A merge judges its commit again only when the cursor is at
 *   it and it was processed.
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
  const done = { processed, more: false };
  let found = await readCursor(worker, branch);
  // The announced commit is where the cursor is: processed (or, marked start, older than what first contact processed).
  if (landing && found && isSettled(found, landing)) return done;
  const head = await branchHead(worker.client, worker.ref, branch);
  if (!head) return done;
  found ??= await firstContact(worker, branch, at, head, landing);
  if (!found || (landing && isSettled(found, landing))) return done;
  let epoch = found.epoch ?? 0;
  let base: string;
  const commits: BranchCommit[] = [];
  if (landing?.resetFrom === found.commit && landing.sha !== found.commit) {
    // A forced push away from the cursor: a reset, even when the branch is back at the cursor by now.
    epoch++;
    base = landing.sha;
  } else {
    base = found.commit;
    // A merge announced at the cursor, processed: judged again so its pull request hears of refusals (duplicates else).
    if (landing?.sha === found.commit)
      commits.push((await branchCommit(worker.client, worker.ref, landing.sha)).commit);
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
  if (last !== found.commit || epoch !== (found.epoch ?? 0))
    await moveCursor(worker, branch, found, { branch, commit: last, at, ...(epoch ? { epoch } : {}) });
  return { processed, more };
}

/** Whether the announced commit needs nothing: the cursor is at it, marked start, or processed and not to be judged again. */
function isSettled(cursor: SyncCursor, landing: Landing): boolean {
  return cursor.commit === landing.sha && (cursor.start === true || landing.rejudge !== true);
}

/**
 * Creates the branch's first cursor, before anything is processed, just before the newest commit
 * this pass knows of: a push's `before`, else the first parent of the announced commit or of the
 * head. It is marked `start`: its commit and those before it are history, never deployed, for they
 * may be older than what a webhook handled elsewhere deploys at this moment. Creating it first,
 * by compare-and-swap (only while there is none), makes every replica walk from the same commit,
 * each in order, so the engine's dedupe applies every commit once and an older one never after a
 * newer one. A replica that loses goes on from the winner's cursor; one that fails to create it
 * leaves the branch to the next reconcile (undefined). A root commit has no parent: the cursor
 * starts at it, and the branch's first deploy is the commit after it.
 */
async function firstContact(
  worker: RepoWorker,
  branch: string,
  at: string,
  head: string,
  landing: Landing | undefined,
): Promise<SyncCursor | undefined> {
  const newest = landing?.sha ?? head;
  const base = landing?.before ?? (await firstParent(worker.client, worker.ref, newest)) ?? newest;
  const cursor: SyncCursor = { branch, commit: base, at, start: true };
  if (await moveCursor(worker, branch, undefined, cursor)) return cursor;
  return readCursor(worker, branch);
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
      ...(announced && landing.pullRequest !== undefined ? { pullRequest: landing.pullRequest } : {}),
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
