import { deploymentSummary } from "../../core/deployment-summary.ts";
import { replacedRunEnd } from "../../core/replaced-run-end.ts";
import type { DeploymentView } from "../../ports/reporter.ts";
import type { GitHubClient, RepoRef } from "./github-client.ts";
import { runKey, type RunSurfaceLookup } from "./run-surface-lookup.ts";
import { clip, endedDescription, endedStatus, surfaceName } from "./surface-mapping.ts";

/**
 * Finishes the surfaces of the run the view's current run replaced, when the report of the batch
 * that ended it was lost (its writer died after the commit): called when the current run's check
 * run cannot be found, which is what such a loss leaves. The run's end is rebuilt from the state
 * (`replacedRunEnd`); its deployment is found by its key among the environment's, which gives its
 * version, and its check run by its key on that version. A check run already `completed` shows
 * its end: nothing is sent, so the end is shown once. Nothing is ever created here.
 */
export async function finishReplacedRun(
  client: GitHubClient,
  ref: RepoRef,
  lookup: RunSurfaceLookup,
  view: DeploymentView,
): Promise<void> {
  const end = replacedRunEnd(view.lifecycle, view.state);
  if (!end) return;
  const deployment = await lookup.runDeployment(view.deployment, end.runId, view.environment);
  if (!deployment) return;
  const check = await lookup.checkRun(view.deployment, end.runId, deployment.sha);
  if (!check || check.status === "completed") return;
  const status = endedStatus(end.outcome);
  // The run's own page, from what the state keeps of it, below the line that says how it ended.
  const page = deploymentSummary(view.lifecycle, view.state, undefined, { run: end.runId });
  const heading = page.split("\n")[0] ?? "";
  const title = heading.replace(/^### \p{Extended_Pictographic}\uFE0F? /u, "").replaceAll("`", "");
  const preface = `> **Run ${end.runId} ended: ${end.outcome}.** ${end.reason}.\n\n`;
  const updated = await client.request<"PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}">(
    "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
    {
      ...ref,
      check_run_id: check.id,
      status: "completed",
      ...(status.check.conclusion ? { conclusion: status.check.conclusion } : {}),
      external_id: runKey(view.deployment, end.runId),
      output: { title: clip(title, 255), summary: clip(preface + page, 65_535) },
      actions: [],
    },
  );
  const url = updated.data.html_url ?? check.url;
  const description = endedDescription(end.runId, end.outcome, end.reason);
  await client.request<"POST /repos/{owner}/{repo}/statuses/{sha}">("POST /repos/{owner}/{repo}/statuses/{sha}", {
    ...ref,
    sha: deployment.sha,
    state: status.commit,
    context: surfaceName(view.deployment),
    description,
    target_url: url,
  });
  await client.request<"POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses">(
    "POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses",
    {
      ...ref,
      deployment_id: deployment.id,
      state: status.deployment,
      log_url: url,
      description,
      auto_inactive: true,
    },
  );
}
