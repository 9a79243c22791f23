import type { GitHubClient, RepoRef } from "./github-client.ts";

/**
 * The pull request GitHub merged as `sha` (its merge or squash commit), if any: one request. A
 * reconcile that processes a merge before (or without) its `pull_request` webhook asks it here, so
 * the run records its pull request whichever replica or path got there first.
 */
export async function mergedPullRequestOf(
  client: GitHubClient,
  ref: RepoRef,
  sha: string,
): Promise<number | undefined> {
  const answer = await client.request<"GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls">(
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls",
    {
      owner: ref.owner,
      repo: ref.repo,
      commit_sha: sha,
      per_page: 10,
    },
  );
  return answer.data.find((pull) => pull.merge_commit_sha === sha && pull.merged_at !== null)?.number;
}
