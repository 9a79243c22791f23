import { commentMark } from "./comment-mark.ts";
import type { GitHubClient, RepoRef } from "./github-client.ts";

/**
 * Comments on a commit unless a comment with the same key is there already (see {@link commentMark}).
 * This is where ferry answers a person who acted on a commit no pull request shows (a check-run
 * button on a commit pushed straight to the branch): the comment sits on the commit page next to
 * the check run, and its @mention notifies the person.
 */
export async function commentOnCommitOnce(
  client: GitHubClient,
  ref: RepoRef,
  sha: string,
  key: string,
  body: string,
): Promise<void> {
  const mark = commentMark(key);
  const answer = await client.request<"GET /repos/{owner}/{repo}/commits/{commit_sha}/comments">(
    "GET /repos/{owner}/{repo}/commits/{commit_sha}/comments",
    {
      owner: ref.owner,
      repo: ref.repo,
      commit_sha: sha,
      per_page: 100,
    },
  );
  if (mark.saidIn(answer.data.map((c) => c.body))) return;
  await client.request<"POST /repos/{owner}/{repo}/commits/{commit_sha}/comments">(
    "POST /repos/{owner}/{repo}/commits/{commit_sha}/comments",
    {
      owner: ref.owner,
      repo: ref.repo,
      commit_sha: sha,
      body: mark.bodyOf(body),
    },
  );
}
