import { filesOf } from "../adapters/github/branch-commits.ts";
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
  const answer = await client.request("GET /repos/{owner}/{repo}/compare/{basehead}", {
    owner: ref.owner,
    repo: ref.repo,
    basehead: `${before}...${after}`,
    per_page: 100,
  });
  return filesOf(answer.data.files ?? []);
}

/** The files a pull request changes (GitHub lists up to 3,000), as added, modified or removed. */
export async function pullRequestFiles(client: GitHubClient, ref: RepoRef, pullNumber: number): Promise<ChangedFile[]> {
  const files: { filename: string; status: string; previous_filename?: string }[] = [];
  for (let page = 1; page <= 30; page++) {
    const answer = await client.request("GET /repos/{owner}/{repo}/pulls/{pull_number}/files", {
      owner: ref.owner,
      repo: ref.repo,
      pull_number: pullNumber,
      per_page: 100,
      page,
    });
    files.push(...answer.data);
    if (answer.data.length < 100) break;
  }
  return filesOf(files);
}

/** Whether a change touches ferry's own files: manifests and lifecycles, which are validated first. */
export function touchesFerryFiles(changed: readonly ChangedFile[]): boolean {
  return changed.some((f) => f.path.startsWith(".ferry/"));
}
