import type { GitHubClient, RepoRef } from "./github-client.ts";

/** Commit status states GitHub accepts. */
export type CommitStatusState = "success" | "failure" | "pending" | "error";

/** One commit status as ferry sets it; the caller has already cut `description` to GitHub's 140 characters. */
export interface CommitStatus {
  readonly state: CommitStatusState;
  readonly context: string;
  readonly description?: string;
  readonly targetUrl?: string;
}

/** Sets a commit status on `sha` (a new status with the same context replaces the old one on GitHub's page). */
export async function setCommitStatus(
  client: GitHubClient,
  ref: RepoRef,
  sha: string,
  status: CommitStatus,
): Promise<void> {
  await client.request<"POST /repos/{owner}/{repo}/statuses/{sha}">("POST /repos/{owner}/{repo}/statuses/{sha}", {
    owner: ref.owner,
    repo: ref.repo,
    sha,
    state: status.state,
    context: status.context,
    ...(status.description === undefined ? {} : { description: status.description }),
    ...(status.targetUrl === undefined ? {} : { target_url: status.targetUrl }),
  });
}
