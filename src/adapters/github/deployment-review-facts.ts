import type { ApprovalRequest } from "../../core/ferry-event.ts";
import type { DeploymentEvent } from "../../engine/deployment-event.ts";
import { actorOf, attemptOf, fail, positiveInteger, record, text, timeOf } from "./webhook-fields.ts";
import { runStarter } from "./stage-run-name.ts";
import type { LocatedStage } from "./workflow-stage-events.ts";

/** Who asked for the review and when the job began to wait, or who decided and when. */
export type DeploymentReviewFact =
  | {
      readonly kind: "requested";
      readonly workflowRunId: number;
      readonly attempt: number;
      /** The workflow file of the run, when the payload names it; reviews of other workflows are not ferry's. */
      readonly workflowPath?: string;
      /** The run's title and who started it: they name the stage when ferry's dispatcher started it. */
      readonly title?: string;
      readonly startedBy?: string;
      readonly request: ApprovalRequest;
      readonly at: string;
      readonly actor: string;
    }
  | {
      readonly kind: "approved" | "rejected";
      readonly workflowRunId: number;
      readonly attempt: number;
      readonly workflowPath?: string;
      readonly title?: string;
      readonly startedBy?: string;
      readonly environment: string;
      readonly comment?: string;
      readonly at: string;
      /** The reviewer who decided. */
      readonly actor: string;
    };

const ACTIONS = new Set(["requested", "approved", "rejected"]);

/**
 * Narrows an untrusted `deployment_review` webhook to the fact ferry acts on. `requested` names the
 * environment and its reviewers (a user's login, a team as `org/slug`) and when the job began to
 * wait (`since`); `approved` and `rejected` name the reviewer (`approver`, else the sender), the
 * environment of the job and the comment. Undefined for an action ferry does not know.
 *
 * @throws PayloadError when a field GitHub always sends is missing.
 */
export function deploymentReviewFact(payload: unknown, deliveryId: string): DeploymentReviewFact | undefined {
  const body = record(payload, "payload", deliveryId);
  const action = text(body["action"], "action", deliveryId);
  if (!ACTIONS.has(action)) return undefined;
  const run = record(body["workflow_run"], "workflow_run", deliveryId);
  const common = {
    workflowRunId: positiveInteger(run["id"], "workflow_run.id", deliveryId),
    attempt: attemptOf(run["run_attempt"], "workflow_run.run_attempt", deliveryId),
    ...(typeof run["path"] === "string" && run["path"] !== "" ? { workflowPath: run["path"] } : {}),
    ...(typeof run["display_title"] === "string" ? { title: run["display_title"] } : {}),
    ...optionalStarter(runStarter(run)),
  };
  if (action === "requested") {
    const owner = ownerOf(body);
    const reviewers = Array.isArray(body["reviewers"]) ? body["reviewers"] : [];
    return {
      kind: "requested",
      ...common,
      request: {
        environment: text(body["environment"], "environment", deliveryId),
        reviewers: reviewers.flatMap((r) => reviewerName(r, owner)),
      },
      at: timeOf([body["since"], run["updated_at"]], "since", deliveryId),
      actor: actorOf(body),
    };
  }
  const jobs = Array.isArray(body["workflow_job_runs"]) ? body["workflow_job_runs"] : [body["workflow_job_run"]];
  const environment = jobs
    .map((j) => (typeof j === "object" && j !== null ? (j as Record<string, unknown>)["environment"] : undefined))
    .find((e): e is string => typeof e === "string" && e !== "");
  const comment = typeof body["comment"] === "string" && body["comment"].trim() !== "" ? body["comment"].trim() : "";
  const approver = body["approver"];
  const login =
    typeof approver === "object" && approver !== null ? (approver as Record<string, unknown>)["login"] : undefined;
  return {
    kind: action === "approved" ? "approved" : "rejected",
    ...common,
    environment: environment ?? fail(deliveryId, "workflow_job_runs names no environment"),
    ...(comment ? { comment } : {}),
    at: timeOf([run["updated_at"], body["since"]], "workflow_run.updated_at", deliveryId),
    actor: typeof login === "string" && login !== "" ? login : actorOf(body),
  };
}

/** A pending deployment's or a review request's reviewer as ferry shows it: a login, or a team as `org/slug`. */
export function reviewerName(entry: unknown, owner: string): string[] {
  if (typeof entry !== "object" || entry === null) return [];
  const { type, reviewer } = entry as Record<string, unknown>;
  if (typeof reviewer !== "object" || reviewer === null) return [];
  const fields = reviewer as Record<string, unknown>;
  if (type === "User" && typeof fields["login"] === "string") return [fields["login"]];
  if (type === "Team" && typeof fields["slug"] === "string") return [`${owner}/${fields["slug"]}`];
  return [];
}

/**
 * The stage event for a review fact about a located stage. Ids come from the run, its attempt and
 * the outcome, so the same wait reported by `deployment_review`, `workflow_run` and `workflow_job`
 * is applied once, and a redelivery changes nothing.
 */
export function approvalEvent(located: LocatedStage, fact: DeploymentReviewFact): DeploymentEvent {
  const stage = {
    runId: located.runId,
    attempt: located.attempt,
    stage: located.stage,
    externalId: String(fact.workflowRunId),
  };
  const base = {
    id: `gh-run:${fact.workflowRunId}:${fact.attempt}:${fact.kind === "requested" ? "waiting" : fact.kind}`,
    at: fact.at,
    actor: fact.actor,
    cause: "runner" as const,
    stage,
  };
  if (fact.kind === "requested")
    return { deployment: located.deployment, event: { ...base, type: "stage.waiting", approval: fact.request } };
  const review = { environment: fact.environment, ...(fact.comment ? { comment: fact.comment } : {}) };
  return {
    deployment: located.deployment,
    event: { ...base, type: fact.kind === "approved" ? "stage.approved" : "stage.rejected", review },
  };
}

function ownerOf(body: Record<string, unknown>): string {
  for (const key of ["organization", "repository"]) {
    const holder = body[key];
    if (typeof holder !== "object" || holder === null) continue;
    const fields = holder as Record<string, unknown>;
    const owner = fields["owner"];
    const login =
      key === "organization"
        ? fields["login"]
        : typeof owner === "object" && owner !== null
          ? (owner as Record<string, unknown>)["login"]
          : undefined;
    if (typeof login === "string" && login !== "") return login;
  }
  return "";
}

function optionalStarter(login: string | undefined): { startedBy?: string } {
  return login === undefined ? {} : { startedBy: login };
}
