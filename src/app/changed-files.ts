import { changesBetween } from "../adapters/github/branch-commits.ts";
import type { GitHubClient, RepoRef } from "../adapters/github/github-client.ts";
import type { ChangedFile } from "../manifest/deployments-touched.ts";
import { arrayAt, booleanAt, stringAt, stringsAt } from "./payload.ts";

/** GitHub lists at most 20 commits in a push payload; a longer push is read through the compare API. */
const PUSH_COMMIT_LIMIT = 20;
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
export async function changedFilesOfPush(payload: unknown, client: GitHubClient, ref: RepoRef): Promise<ChangedFile[]> {
  const commits = arrayAt(payload, "commits");
  const before = stringAt(payload, "before") ?? "";
  const after = stringAt(payload, "after") ?? "";
  const complete = commits.length < PUSH_COMMIT_LIMIT && booleanAt(payload, "forced") !== true;
  if (complete || ZERO_SHA.test(before)) {
    return netChanges(
      commits.map((c) => ({
        added: stringsAt(c, "added"),
        removed: stringsAt(c, "removed"),
        modified: stringsAt(c, "modified"),
      })),
    );
  }
  return changesBetween(client, ref, before, after);
}

/** Whether a change touches ferry's own files: manifests and lifecycles, which are validated first. */
export function touchesFerryFiles(changed: readonly ChangedFile[]): boolean {
  return changed.some((f) => f.path.startsWith(".ferry/"));
}
