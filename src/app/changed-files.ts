import { changesBetween } from "../adapters/github/branch-commits.ts";
import type { GitHubClient, RepoRef } from "../adapters/github/github-client.ts";
import type { ChangedFile } from "../manifest/deployments-touched.ts";
import { pushListsEverything, type PushFacts } from "./webhook-facts/push-facts.ts";

type BranchPush = Extract<PushFacts, { kind: "branch" }>;

const ZERO_SHA = /^0{40}$/;

/**
 * The net change of a sequence of commits, file by file: a file added and then modified is added,
 * one added and then removed never existed, one removed and then added back is modified.
 */
export function netChanges(
  commits: readonly {
    readonly added: readonly string[];
    readonly removed: readonly string[];
    readonly modified: readonly string[];
  }[],
): ChangedFile[] {
  const status = new Map<string, ChangedFile["status"]>();
  for (const commit of commits) {
    for (const path of commit.added) status.set(path, status.get(path) === "removed" ? "modified" : "added");
    for (const path of commit.modified) if (status.get(path) !== "added") status.set(path, "modified");
    for (const path of commit.removed) {
      if (status.get(path) === "added") status.delete(path);
      else status.set(path, "removed");
    }
  }
  return [...status].map(([path, s]) => ({ path, status: s })).sort((a, b) => a.path.localeCompare(b.path));
}

/**
 * The files a push changed. The payload lists them per commit for up to 20 commits; a longer or
 * forced push is compared through the API, since its payload does not say everything.
 */
export async function changedFilesOfPush(push: BranchPush, client: GitHubClient, ref: RepoRef): Promise<ChangedFile[]> {
  if (pushListsEverything(push) || push.before === undefined || ZERO_SHA.test(push.before))
    return netChanges(push.commits);
  return changesBetween(client, ref, push.before, push.after);
}

/** Whether a change touches ferry's own files: manifests and lifecycles, which are validated first. */
export function touchesFerryFiles(changed: readonly ChangedFile[]): boolean {
  return changed.some((f) => f.path.startsWith(".ferry/"));
}
