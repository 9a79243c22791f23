import type { WebhookFacts } from "../webhook-facts/webhook-facts.ts";
import { handleCheckRun } from "./check-run-handler.ts";
import { handleDeploymentReview } from "./deployment-review-handler.ts";
import type { HandlerContext } from "./handler-context.ts";
import { handlePullRequest } from "./pull-request-handler.ts";
import { handlePush } from "./push-handler.ts";
import { handleWorkflow } from "./workflow-handler.ts";

/** Hands a webhook's facts to the handler of its event. */
export function handleWebhook(ctx: HandlerContext, facts: WebhookFacts): Promise<void> {
  switch (facts.event) {
    case "push":
      return handlePush(ctx, facts.push);
    case "pull_request":
      return handlePullRequest(ctx, facts.pullRequest);
    case "check_run":
      return handleCheckRun(ctx, facts.press);
    case "deployment_review":
      return handleDeploymentReview(ctx, facts.review);
    case "workflow_run":
      return handleWorkflow(ctx, facts.run);
    case "workflow_job":
      return handleWorkflow(ctx, facts.job);
  }
}
