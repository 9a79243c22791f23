import type { ChangedFile } from "../../manifest/deployments-touched.ts";
import { filesOf } from "./branch-commits.ts";
import type { GitHubClient, RepoRef } from "./github-client.ts";

/** GitHub lists at most 3,000 files of a pull request, 100 a page. */
const PAGES = 30;

/** The files a pull request changes (GitHub lists up to 3,000), as added, modified or removed. */
export async function pullRequestFiles(client: GitHubClient, ref: RepoRef, pullNumber: number): Promise<ChangedFile[]> {
  const files: { filename: string; status: string; previous_filename?: string }[] = [];
  for (let page = 1; page <= PAGES; page++) {
    const answer = await client.request<"GET /repos/{owner}/{repo}/pulls/{pull_number}/files">(
      "GET /repos/{owner}/{repo}/pulls/{pull_number}/files",
      {
        owner: ref.owner,
        repo: ref.repo,
        pull_number: pullNumber,
        per_page: 100,
        page,
      },
    );
    files.push(...answer.data);
    if (answer.data.length < 100) break;
  }
  return filesOf(files);
}
