import { deploymentReviewFact, type DeploymentReviewFact } from "../../adapters/github/deployment-review-facts.ts";
import {
  workflowJobFactsOf,
  workflowRunFactsOf,
  type WorkflowJobFacts,
  type WorkflowRunFacts,
} from "../../adapters/github/workflow-facts.ts";
import { originOf, type WebhookOrigin } from "../payload.ts";
import { checkRunFactsOf, type CheckRunFacts } from "./check-run-facts.ts";
import { pullRequestFactsOf, type PullRequestWebhook } from "./pull-request-facts.ts";
import { pushFactsOf, type PushFacts } from "./push-facts.ts";

/** The webhooks ferry subscribes to. */
export const WEBHOOK_EVENTS = [
  "push",
  "pull_request",
  "check_run",
  "workflow_run",
  "workflow_job",
  "deployment_review",
] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];

/** One webhook as typed facts: each event's module narrows its payload once, here, where it enters. */
export type WebhookFacts =
  | { readonly event: "push"; readonly push: PushFacts }
  | { readonly event: "pull_request"; readonly pullRequest: PullRequestWebhook }
  | { readonly event: "check_run"; readonly press: CheckRunFacts }
  | { readonly event: "workflow_run"; readonly run: WorkflowRunFacts }
  | { readonly event: "workflow_job"; readonly job: WorkflowJobFacts }
  /** Undefined for actions that concern no stage. */
  | { readonly event: "deployment_review"; readonly review: DeploymentReviewFact | undefined };

/**
 * The origin and the facts of a webhook. Throws `PayloadError` (the one error every event's
 * module throws, and the one the App catches: it logs the delivery and ignores it) when the
 * payload lacks what GitHub always sends.
 */
export function webhookFactsOf(
  event: WebhookEvent,
  payload: unknown,
  deliveryId: string,
  options: { readonly requireInstallation: boolean },
): { readonly origin: WebhookOrigin; readonly facts: WebhookFacts } {
  const origin = originOf(payload, options);
  return { origin, facts: factsOf(event, payload, deliveryId) };
}

function factsOf(event: WebhookEvent, payload: unknown, deliveryId: string): WebhookFacts {
  switch (event) {
    case "push":
      return { event, push: pushFactsOf(payload) };
    case "pull_request":
      return { event, pullRequest: pullRequestFactsOf(payload) };
    case "check_run":
      return { event, press: checkRunFactsOf(payload) };
    case "deployment_review":
      return { event, review: deploymentReviewFact(payload, deliveryId) };
    case "workflow_run":
      return { event, run: workflowRunFactsOf(payload, deliveryId) };
    case "workflow_job":
      return { event, job: workflowJobFactsOf(payload, deliveryId) };
  }
}

/** A landing (a push, a closed pull request) reconciles its own branch from the commit it announces. */
export function isLanding(facts: WebhookFacts): boolean {
  return facts.event === "push" || (facts.event === "pull_request" && facts.pullRequest.action === "closed");
}
