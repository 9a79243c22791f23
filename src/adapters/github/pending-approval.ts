import type { ApprovalRequest } from "../../core/ferry-event.ts";
import { reviewerName } from "./deployment-review-facts.ts";
import { GitHubAdapterError, statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";

/**
 * What a held workflow run waits for: `GET …/actions/runs/{run_id}/pending_deployments`, read as
 * the first environment with required reviewers and who they are. Undefined when nothing waits
 * for a reviewer (a wait timer alone, or the run moved on meanwhile). One request, made only for
 * a run ferry dispatched whose wait it has not recorded yet.
 */
export async function pendingApproval(
  client: GitHubClient,
  ref: RepoRef,
  workflowRunId: number,
): Promise<ApprovalRequest | undefined> {
  let pending;
  try {
    const answer = await client.request<"GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments">(
      "GET /repos/{owner}/{repo}/actions/runs/{run_id}/pending_deployments",
      {
        owner: ref.owner,
        repo: ref.repo,
        run_id: workflowRunId,
      },
    );
    pending = answer.data;
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw new GitHubAdapterError(
      `could not read the pending deployments of workflow run ${workflowRunId}${statusOf(error) === 403 ? " (the app needs the `deployments: read` permission)" : ""}`,
      { cause: error },
    );
  }
  for (const deployment of pending) {
    const reviewers = deployment.reviewers.flatMap((r) => reviewerName(r, ref.owner));
    const environment = deployment.environment.name;
    if (environment && reviewers.length > 0) return { environment, reviewers };
  }
  return undefined;
}
