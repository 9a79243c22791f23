import { commentMark } from "./comment-mark.ts";
import type { GitHubClient, RepoRef } from "./github-client.ts";

/** Duplicates arrive within minutes of the original: comments older than this are not searched. */
const DUPLICATE_WINDOW_MS = 6 * 3600_000;

/** Comments on a pull request. */
export async function comment(client: GitHubClient, ref: RepoRef, pullNumber: number, body: string): Promise<void> {
  await client.request<"POST /repos/{owner}/{repo}/issues/{issue_number}/comments">(
    "POST /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      owner: ref.owner,
      repo: ref.repo,
      issue_number: pullNumber,
      body,
    },
  );
}

/** Comments unless a comment with the same key exists (see {@link commentMark}). */
export async function commentOnce(
  client: GitHubClient,
  ref: RepoRef,
  pullNumber: number,
  key: string,
  body: string,
): Promise<void> {
  const mark = commentMark(key);
  const since = new Date(Date.now() - DUPLICATE_WINDOW_MS).toISOString();
  const answer = await client.request<"GET /repos/{owner}/{repo}/issues/{issue_number}/comments">(
    "GET /repos/{owner}/{repo}/issues/{issue_number}/comments",
    {
      owner: ref.owner,
      repo: ref.repo,
      issue_number: pullNumber,
      since,
      per_page: 100,
    },
  );
  if (mark.saidIn(answer.data.map((c) => c.body))) return;
  await comment(client, ref, pullNumber, mark.bodyOf(body));
}
