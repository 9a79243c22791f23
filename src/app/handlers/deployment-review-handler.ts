import { approvalEvent, type DeploymentReviewFact } from "../../adapters/github/deployment-review-facts.ts";
import { trustedStageName } from "../../adapters/github/stage-run-name.ts";
import type { HandlerContext } from "./handler-context.ts";
import { stageOfRun } from "./stage-of-run.ts";

/**
 * `deployment_review`: a stage's job held by its environment's required reviewers. `requested`
 * becomes `stage.waiting` (who may approve comes with it), `approved` and `rejected` become
 * `stage.approved` and `stage.rejected` under the reviewer's name. Reviews of other workflows'
 * runs are ignored without reading anything.
 */
export async function handleDeploymentReview(
  ctx: HandlerContext,
  fact: DeploymentReviewFact | undefined,
): Promise<void> {
  if (!fact) return;
  if (fact.workflowPath !== undefined && !fact.workflowPath.endsWith(`/${ctx.workflow}`)) return;
  const named = trustedStageName(fact.title, fact.startedBy, await ctx.dispatcher());
  const located = await stageOfRun(ctx.worker, fact.workflowRunId, true, named);
  if (!located) {
    ctx.log.info(
      { repo: ctx.worker.fullName, delivery: ctx.deliveryId, workflowRunId: fact.workflowRunId },
      "deployment review of a workflow run ferry did not dispatch (or whose dispatch is not recorded yet); ignored",
    );
    return;
  }
  await ctx.worker.submit([approvalEvent(located, fact)]);
}
