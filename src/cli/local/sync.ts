import { commitsSince } from "../../adapters/local/commit-walker.ts";
import type { FerryEvent } from "../../core/ferry-event.ts";
import type { DeploymentEvent } from "../../engine/deployment-event.ts";
import type { EventOutcome } from "../../engine/event-outcome.ts";
import { deploymentsTouched } from "../../manifest/deployments-touched.ts";
import { formatSourceError } from "../../manifest/source-error.ts";
import { cursorPath, parseSyncCursor, serialiseSyncCursor, type SyncCursor } from "../../manifest/sync-cursor.ts";
import { CliFailure } from "../cli-io.ts";
import type { LocalSession } from "./local-session.ts";

export { cursorPath };

export interface SyncResult {
  readonly commits: number;
  readonly touched: readonly string[];
  readonly invalid: number;
  readonly refused: readonly EventOutcome[];
}

/** The last commit `ferry sync` (or the App) processed on the session's branch, from the state branch. */
export async function readCursor(session: LocalSession): Promise<string | undefined> {
  return (await readSyncCursor(session))?.commit;
}

/** The session branch's cursor; an unreadable one counts as none, so the branch starts again at its tip. */
async function readSyncCursor(session: LocalSession): Promise<SyncCursor | undefined> {
  return (await syncCursorAtHead(session)).cursor;
}

/** The state branch's head and the cursor at that very commit, read in one git process. */
async function syncCursorAtHead(session: LocalSession): Promise<{ head: string | null; cursor?: SyncCursor }> {
  const {
    head,
    texts: [text],
  } = await session.store.readAtHead([cursorPath(session.branch)]);
  if (!text) return { head };
  const parsed = parseSyncCursor(text, session.branch);
  return parsed.kind === "ok" ? { head, cursor: parsed.cursor } : { head };
}

/**
 * Processes the commits on the branch since the last synced one as pushes and merges (a merge
 * commit counts as a merged pull request), then runs stages until every touched deployment
 * rests, and records the new cursor. Invalid manifests are reported and trigger nothing.
 */
export async function sync(session: LocalSession): Promise<SyncResult> {
  const { commit: tip } = await session.catalogAtTip();
  // What a killed ferry left running is cleaned up and run again before anything new starts.
  const touched = new Set<string>(await session.recoverInterrupted());
  const since = await readCursor(session);
  const commits = await commitsSince(session.repo, tip, since);
  const refused: EventOutcome[] = [];
  let invalid = 0;
  for (const commit of commits) {
    const catalog = await session.catalogAt(commit.sha);
    const changedManifests = new Set(commit.changed.map((c) => c.path));
    for (const error of catalog.errors.filter((e) => changedManifests.has(e.file) || !since)) {
      session.io.err(formatSourceError(error));
      invalid++;
    }
    session.catalog.update(catalog);
    const { triggered, removed } = deploymentsTouched(
      catalog.manifests,
      commit.changed,
      session.branch,
      session.branch,
    );
    const deploys = since ? triggered : [...catalog.manifests.keys()];
    const events: DeploymentEvent[] = [];
    const base = {
      at: new Date().toISOString(),
      actor: commit.author,
      cause: commit.merge ? "merge" : "push",
    } as const;
    for (const deployment of deploys) {
      events.push({
        deployment,
        event: { ...base, type: "deploy", id: `sync:${commit.sha}:${deployment}`, version: commit.sha } as FerryEvent,
      });
    }
    for (const deployment of removed)
      events.push({
        deployment,
        event: { ...base, type: "remove", id: `sync:${commit.sha}:${deployment}:remove` } as FerryEvent,
      });
    if (events.length === 0) continue;
    session.io.out(`${commit.sha.slice(0, 7)} ${commit.merge ? "merge" : "push"}: ${commit.subject}`);
    for (const outcome of await session.engine.submit(events)) {
      touched.add(outcome.deployment);
      if (outcome.kind === "refused" || outcome.kind === "blocked" || outcome.kind === "unknown-deployment") {
        refused.push(outcome);
        session.io.err(`  ${outcome.deployment}: ${describeOutcome(outcome)}`);
      }
    }
  }
  await session.settle([...touched]);
  const last = commits.at(-1);
  if (last) await writeCursor(session, last.sha);
  return { commits: commits.length, touched: [...touched].sort(), invalid, refused };
}

/** Why an event was not applied, as a person reads it. */
export function describeOutcome(outcome: EventOutcome): string {
  switch (outcome.kind) {
    case "refused":
      return `refused (${outcome.reason}): ${outcome.detail}`;
    case "blocked":
      return `blocked: ${outcome.detail}`;
    case "unknown-deployment":
      return "no such deployment";
    case "duplicate":
      return "already applied";
    case "applied":
      return "applied";
  }
}

async function writeCursor(session: LocalSession, commit: string): Promise<void> {
  for (let attempt = 0; attempt < 8; attempt++) {
    // The epoch counts resets the App saw; local sync keeps it so ids of commits the App processed stay the same.
    // It is read at the head the write builds on, so a lost race reads it again with the new head.
    const { head, cursor } = await syncCursorAtHead(session);
    const epoch = cursor?.epoch;
    const text = serialiseSyncCursor({
      branch: session.branch,
      commit,
      at: new Date().toISOString(),
      ...(epoch ? { epoch } : {}),
    });
    const outcome = await session.store.write({
      expectedHead: head,
      states: [],
      files: { [cursorPath(session.branch)]: text },
      message: `ferry: synced ${session.branch} to ${commit.slice(0, 7)} [skip ci]\n`,
    });
    if (outcome.ok) return;
  }
  throw new CliFailure("could not record the sync cursor: the state branch kept moving");
}
