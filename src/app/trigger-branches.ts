import picomatch from "picomatch";
import { parseSyncCursor } from "../manifest/sync-cursor.ts";
import { deploysBranches, manifestsInForceAt, triggersOn } from "./manifests-in-force.ts";
import type { RepoWorker } from "./repo-workers.ts";

/**
 * The branches to reconcile without a webhook: those that already have a cursor, and those the
 * manifests in force on the default branch trigger on by name (the default branch unless they
 * say otherwise). The manifests are read at the default branch's cursor, the commit every replica
 * finds on the state branch (remembered per commit, so a reconcile costs no read once it was
 * seen), or at the branch's head before it has one. A branch matched only by a glob gets its
 * cursor from its first push.
 */
export async function branchesToReconcile(worker: RepoWorker): Promise<string[]> {
  const branches = new Set<string>();
  let defaultAt: string | undefined;
  for (const text of (await worker.store.syncFiles()).values()) {
    const parsed = parseSyncCursor(text);
    if (parsed.kind !== "ok") continue;
    branches.add(parsed.cursor.branch);
    if (parsed.cursor.branch === worker.defaultBranch) defaultAt = parsed.cursor.commit;
  }
  const catalog = await worker.catalog.at(defaultAt ?? worker.defaultBranch);
  for (const { manifest } of catalog ? (await manifestsInForceAt(worker, catalog)).values() : []) {
    if (!deploysBranches(manifest)) continue;
    for (const pattern of manifest.triggers.branches ?? [worker.defaultBranch]) {
      if (!picomatch.scan(pattern).isGlob) branches.add(pattern);
      else if (picomatch.isMatch(worker.defaultBranch, pattern)) branches.add(worker.defaultBranch);
    }
  }
  return [...branches].sort();
}

/**
 * Whether a commit landing on `branch` is ferry's business: it changes ferry's files, or a manifest
 * in force at that commit (read from GitHub, so every replica answers alike) triggers on `branch`.
 */
export async function isTriggerBranch(
  worker: RepoWorker,
  branch: string,
  sha: string,
  touchesFerry: boolean,
): Promise<boolean> {
  if (touchesFerry) return true;
  const catalog = await worker.catalog.at(sha);
  if (!catalog) return false;
  for (const { manifest } of (await manifestsInForceAt(worker, catalog)).values())
    if (deploysBranches(manifest) && triggersOn(manifest, branch, worker.defaultBranch)) return true;
  return false;
}
