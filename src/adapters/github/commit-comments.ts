import type { GitHubClient, RepoRef } from "./github-client.ts";

/**
 * Comments on a commit unless a comment with the same key is there already (a redelivery, or
 * another replica that got the webhook first); the key is hidden in the comment as an HTML comment.
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
  const mark = `<!-- ferry:${key} -->`;
  const answer = await client.request("GET /repos/{owner}/{repo}/commits/{commit_sha}/comments", {
    owner: ref.owner,
    repo: ref.repo,
    commit_sha: sha,
    per_page: 100,
  });
  if (answer.data.some((c) => c.body.includes(mark))) return;
  await client.request("POST /repos/{owner}/{repo}/commits/{commit_sha}/comments", {
    owner: ref.owner,
    repo: ref.repo,
    commit_sha: sha,
    body: `${mark}\n${body}`,
  });
}
