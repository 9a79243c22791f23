import { statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";

/**
 * Takes a label off a pull request: true when this call removed it, false when GitHub says it was
 * not there any more. GitHub removes a label once, so of every delivery of a `labeled` webhook
 * (a redelivery, a replayed body with a new delivery id, another replica's copy) exactly one gets
 * true: the label on the pull request, not the payload, decides whether ferry acts.
 */
export async function takeLabel(
  client: GitHubClient,
  ref: RepoRef,
  pullNumber: number,
  label: string,
): Promise<boolean> {
  try {
    await client.request<"DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}">(
      "DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}",
      {
        owner: ref.owner,
        repo: ref.repo,
        issue_number: pullNumber,
        name: label,
      },
    );
    return true;
  } catch (error) {
    if (statusOf(error) === 404) return false;
    throw error;
  }
}
