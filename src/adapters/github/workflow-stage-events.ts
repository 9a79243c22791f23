import type { ApprovalState, DeploymentState } from "../../core/deployment-state.ts";
import type { StageEventType, StageReport } from "../../core/ferry-event.ts";
import type { DeploymentEvent } from "../../engine/deployment-event.ts";
import { trustedStageName, type Dispatcher, type NamedStage } from "./stage-run-name.ts";
import type { WorkflowFacts, WorkflowRunFacts } from "./workflow-facts.ts";

/** The stage a workflow run was dispatched for, as the state file records it. */
export interface LocatedStage {
  readonly deployment: string;
  readonly stage: string;
  readonly runId: number;
  readonly attempt: number;
  /** Where the stage's job stands with its environment's required reviewers, once it was held. */
  readonly approval?: ApprovalState;
}

/** Finds the stage whose record holds this workflow run id; the app reads it from the state files. */
export type StageLocator = (workflowRunId: string) => LocatedStage | undefined;

/**
 * Turns a `workflow_run` or `workflow_job` webhook about a ferry stage run into stage events. A
 * stage costs one state commit, its result; the run's start is not recorded on its own:
 *
 * - `workflow_run.completed` → `stage.succeeded` for `success`, `stage.timed-out` for
 *   `timed_out`, else `stage.failed` naming the conclusion and the run's page. The event carries
 *   the run id and page, so the stage record links the run from its result on. Only the run's
 *   completion counts, so a run with several jobs reports one result; `workflow_job.completed` is
 *   ignored. The stage is found from the run's title (`run-name`, see {@link stageOfRunName}) when
 *   `dispatcher` started the run, else from a stage record holding the run id (`locate`).
 * - `workflow_run.in_progress` and `workflow_job.in_progress` → `stage.started` only for a stage
 *   that waits for its environment's reviewers: GitHub starts a held job once it is approved, so
 *   the start ends the wait (and its approval timer). A held stage's record holds the run id (the
 *   wait recorded it), so `locate` finds it. Any other start changes nothing a person or a timer
 *   needs and gives no event, so no commit.
 * - `workflow_run.requested` and `workflow_job.queued` give nothing.
 *
 * Event ids are derived from the run (or job), its `run_attempt` and the outcome, never from the
 * delivery: a redelivery (same `X-GitHub-Delivery`) and a duplicate delivery of the same outcome
 * (a new one) both map to the same id, which the engine drops as a duplicate. A re-run on GitHub
 * is a new `run_attempt` and so a new event, which the core refuses when the stage is over.
 * Whether the result is still current is the core's call: a superseded run or an old attempt is
 * refused as `stale-attempt`. A run neither its title nor `locate` places gives no events.
 *
 * The facts were checked where the webhook entered (`workflow-facts.ts`).
 */
export function stageEventsFromWorkflow(
  facts: WorkflowFacts,
  locate: StageLocator,
  dispatcher?: Dispatcher,
): DeploymentEvent[] {
  if (facts.kind === "run") {
    const run = facts;
    if (run.action === "in_progress") {
      const located = locate(String(run.id));
      if (located?.approval !== "waiting") return [];
      return [stageEvent(located, "stage.started", `gh-run:${run.id}:${run.attempt}:started`, run.id, run)];
    }
    if (run.action !== "completed") return [];
    const located = namedStage(run, dispatcher) ?? locate(String(run.id));
    if (!located) return [];
    const conclusion = run.conclusion ?? "unknown";
    if (conclusion === "success")
      return [
        stageEvent(located, "stage.succeeded", `gh-run:${run.id}:${run.attempt}:succeeded`, run.id, run, {
          url: run.url,
        }),
      ];
    const type = conclusion === "timed_out" ? "stage.timed-out" : "stage.failed";
    const outcome = type === "stage.timed-out" ? "timed-out" : "failed";
    return [
      stageEvent(located, type, `gh-run:${run.id}:${run.attempt}:${outcome}`, run.id, run, {
        url: run.url,
        message: `stage ${located.stage}: workflow run ${describeConclusion(conclusion)} (${run.url})`,
      }),
    ];
  }
  const job = facts;
  if (job.action !== "in_progress") return [];
  const located = locate(String(job.runId));
  if (located?.approval !== "waiting") return [];
  return [
    stageEvent(located, "stage.started", `gh-job:${job.id}:${job.attempt}:started`, job.runId, job, { url: job.url }),
  ];
}

function namedStage(run: WorkflowRunFacts, dispatcher: Dispatcher | undefined): LocatedStage | undefined {
  return trustedStageName(run.title, run.startedBy, dispatcher);
}

/** A workflow run GitHub holds before its job starts: what a waiting signal says. */
export interface WaitingRun {
  readonly workflowRunId: number;
  readonly attempt: number;
  readonly at: string;
  readonly actor: string;
  /** A run's title and who started it (a job's payload has neither). */
  readonly title?: string;
  readonly startedBy?: string;
}

/**
 * The run a `workflow_run` or `workflow_job` webhook reports as `waiting` (a job held by its
 * environment's protection rules), or undefined for any other status. The payload does not say
 * which environment or who may approve; the run's pending deployments do.
 */
export function waitingRunOf(facts: WorkflowFacts): WaitingRun | undefined {
  if (facts.status !== "waiting") return undefined;
  const base = { attempt: facts.attempt, at: facts.at, actor: facts.actor };
  if (facts.kind === "job") return { workflowRunId: facts.runId, ...base };
  return {
    workflowRunId: facts.id,
    ...base,
    ...(facts.title === undefined ? {} : { title: facts.title }),
    ...(facts.startedBy === undefined ? {} : { startedBy: facts.startedBy }),
  };
}

/**
 * Which deployment's stage was dispatched as this workflow run: the stage record whose
 * `externalId` is the run id, newest first. A record holds it once the stage waited for reviewers
 * or ended, and in state files written by builds that recorded every dispatch. Records of finished
 * stages are found too, so a late result of an old attempt reaches the core and is refused there
 * with a reason, not dropped unseen.
 */
export function locateStage(states: Iterable<DeploymentState>, workflowRunId: string): LocatedStage | undefined {
  for (const state of states) {
    const stage = state.stages.findLast((s) => s.externalId === workflowRunId);
    if (stage)
      return {
        deployment: state.deployment,
        stage: stage.stage,
        runId: stage.runId,
        attempt: stage.attempt,
        ...(stage.approval ? { approval: stage.approval.state } : {}),
      };
  }
  return undefined;
}

/**
 * The stage a trusted run title names, with what its record says of the wait for reviewers. The
 * record may not be in `states` yet (another replica wrote the move); the title still names it.
 */
export function locateNamedStage(states: Iterable<DeploymentState>, named: NamedStage): LocatedStage {
  for (const state of states) {
    if (state.deployment !== named.deployment) continue;
    const stage = state.stages.findLast(
      (s) => s.stage === named.stage && s.runId === named.runId && s.attempt === named.attempt,
    );
    if (stage?.approval) return { ...named, approval: stage.approval.state };
  }
  return named;
}

function stageEvent(
  located: LocatedStage,
  type: StageEventType,
  id: string,
  workflowRunId: number,
  facts: { readonly at: string; readonly actor: string },
  extra: { readonly message?: string; readonly url?: string } = {},
): DeploymentEvent {
  const stage: StageReport = {
    runId: located.runId,
    attempt: located.attempt,
    stage: located.stage,
    externalId: String(workflowRunId),
    ...extra,
  };
  return {
    deployment: located.deployment,
    event: { type, id, at: facts.at, actor: facts.actor, cause: "runner", stage },
  };
}

const CONCLUSION_WORDS: Readonly<Record<string, string>> = {
  failure: "failed",
  cancelled: "was cancelled",
  timed_out: "timed out",
  startup_failure: "could not start (startup_failure: check the workflow file)",
  action_required: "is waiting for approval (action_required)",
  stale: "went stale",
  skipped: "was skipped",
  neutral: "ended neutral",
};

function describeConclusion(conclusion: string): string {
  return CONCLUSION_WORDS[conclusion] ?? `ended with conclusion ${conclusion}`;
}
