import { runStarter } from "./stage-run-name.ts";
import { actorOf, attemptOf, positiveInteger, record, text, timeOf } from "./webhook-fields.ts";

/**
 * The parts of a `workflow_run` webhook ferry relies on, checked where the webhook enters (and
 * where the reconcile reads a run from GitHub, shaped as the webhook would be).
 */
export interface WorkflowRunFacts {
  readonly kind: "run";
  readonly action: string;
  /** Only a held run's `waiting` matters; the result is read from the action and conclusion. */
  readonly status: string;
  readonly id: number;
  readonly attempt: number;
  readonly conclusion: string | null;
  readonly url: string;
  readonly at: string;
  readonly actor: string;
  /** `display_title`: the `run-name` GitHub evaluated from the dispatch inputs. */
  readonly title: string | undefined;
  /** Who started the run (`triggering_actor`, else `actor`). */
  readonly startedBy: string | undefined;
  /** The workflow file, `.github/workflows/<name>`: runs of other workflows are not ferry's. */
  readonly path: string | undefined;
}

/** The parts of a `workflow_job` webhook ferry relies on, checked where the webhook enters. */
export interface WorkflowJobFacts {
  readonly kind: "job";
  readonly action: string;
  /** Only a held job's `waiting` matters. */
  readonly status: string;
  readonly id: number;
  readonly runId: number;
  readonly attempt: number;
  readonly url: string;
  readonly at: string;
  readonly actor: string;
}

export type WorkflowFacts = WorkflowRunFacts | WorkflowJobFacts;

/**
 * Narrows an untrusted `workflow_run` payload to the facts used.
 * @throws PayloadError naming the first missing or malformed field and the delivery.
 */
export function workflowRunFactsOf(payload: unknown, deliveryId: string): WorkflowRunFacts {
  const body = record(payload, "payload", deliveryId);
  const run = record(body["workflow_run"], "workflow_run", deliveryId);
  return {
    kind: "run",
    action: text(body["action"], "action", deliveryId),
    status: typeof run["status"] === "string" ? run["status"] : "",
    id: positiveInteger(run["id"], "workflow_run.id", deliveryId),
    attempt: attemptOf(run["run_attempt"], "workflow_run.run_attempt", deliveryId),
    conclusion:
      run["conclusion"] === null || run["conclusion"] === undefined
        ? null
        : text(run["conclusion"], "workflow_run.conclusion", deliveryId),
    url: text(run["html_url"], "workflow_run.html_url", deliveryId),
    at: timeOf([run["updated_at"], run["run_started_at"], run["created_at"]], "workflow_run.updated_at", deliveryId),
    actor: actorOf(body),
    title: typeof run["display_title"] === "string" ? run["display_title"] : undefined,
    startedBy: runStarter(run),
    path: typeof run["path"] === "string" && run["path"] !== "" ? run["path"] : undefined,
  };
}

/**
 * Narrows an untrusted `workflow_job` payload to the facts used.
 * @throws PayloadError naming the first missing or malformed field and the delivery.
 */
export function workflowJobFactsOf(payload: unknown, deliveryId: string): WorkflowJobFacts {
  const body = record(payload, "payload", deliveryId);
  const job = record(body["workflow_job"], "workflow_job", deliveryId);
  return {
    kind: "job",
    action: text(body["action"], "action", deliveryId),
    status: typeof job["status"] === "string" ? job["status"] : "",
    id: positiveInteger(job["id"], "workflow_job.id", deliveryId),
    runId: positiveInteger(job["run_id"], "workflow_job.run_id", deliveryId),
    attempt: attemptOf(job["run_attempt"], "workflow_job.run_attempt", deliveryId),
    url: text(job["html_url"], "workflow_job.html_url", deliveryId),
    at: timeOf([job["started_at"], job["created_at"]], "workflow_job.started_at", deliveryId),
    actor: actorOf(body),
  };
}

/** The facts of either workflow webhook, by its event name. */
export function workflowFactsOf(
  event: "workflow_run" | "workflow_job",
  payload: unknown,
  deliveryId: string,
): WorkflowFacts {
  return event === "workflow_run" ? workflowRunFactsOf(payload, deliveryId) : workflowJobFactsOf(payload, deliveryId);
}
