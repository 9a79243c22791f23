import type { StageApproval, StageResult } from "./deployment-state.ts";
import { addTimer, cancelJob, record, Refusal, regionOf, removeTimer, replaceStage, type Draft } from "./draft.ts";
import { addSeconds, formatSeconds } from "./duration.ts";
import type { FerryEvent } from "./ferry-event.ts";
import { APPROVAL_TIMER, failAttempt, reportedAttempt } from "./stage-attempt.ts";

type ApprovalEvent = Extract<FerryEvent, { type: "stage.waiting" | "stage.approved" | "stage.rejected" }>;

/**
 * A stage's job held by a GitHub environment's required reviewers. Waiting suspends the stage's
 * deadline (a person's lunch is not a hung runner) and arms `approvalTimeout` when the manifest
 * sets one; an approval resumes the deadline, extended by the time spent waiting, and lets the
 * job's own events move the stage; a rejection fails the stage without retries (asking again is a
 * person's call, not an automatic one). Decisions are recorded in the history under the reviewer.
 */
export function handleApprovalEvent(draft: Draft, event: ApprovalEvent): void {
  const [region, active] = reportedAttempt(draft, event.stage);
  switch (event.type) {
    case "stage.waiting": {
      // The held run is recorded with the wait: its start (the approval) is found by the run id.
      const runner = event.stage.externalId ? { externalId: event.stage.externalId } : {};
      wait(draft, region, active, event.approval.environment, event.approval.reviewers, runner);
      return;
    }
    case "stage.approved":
      approve(draft, region, active, event.review.environment, event.review.comment);
      return;
    case "stage.rejected":
      reject(draft, region, active, event.review.environment, event.review.comment);
  }
}

function wait(
  draft: Draft,
  region: string,
  active: StageResult,
  environment: string,
  reviewers: readonly string[],
  runner: { readonly externalId?: string },
): void {
  const current = active.approval;
  if (active.status === "running" || (current && current.state !== "waiting"))
    throw settled(active, "it is no longer waiting for approval");
  if (current) {
    // Another signal of the same wait: it may know the reviewers the first one did not.
    if (reviewers.length > 0)
      replaceStage(draft, active, { ...active, ...runner, approval: { ...current, reviewers } });
    return;
  }
  const at = draft.event.at;
  removeTimer(draft, `stage-deadline:${region}`);
  const limit = draft.context.stages?.[active.stage]?.approvalTimeoutSeconds;
  if (limit !== undefined)
    addTimer(draft, { name: `${APPROVAL_TIMER}:${region}`, due: addSeconds(at, limit), region, runId: active.runId });
  replaceStage(draft, active, {
    ...active,
    ...runner,
    approval: { environment, reviewers, since: at, state: "waiting" },
  });
  note(draft, region, active, "stage.waiting", `${active.stage} awaiting approval in ${environment}`);
}

function approve(draft: Draft, region: string, active: StageResult, environment: string, comment?: string): void {
  const current = active.approval;
  // The job's start already told that someone approved; this names who.
  const implicit = current?.state === "approved" && current.by === undefined;
  if (current && current.state !== "waiting" && !implicit) throw settled(active, `it was ${describe(current)}`);
  const at = draft.event.at;
  let stage = active;
  if (current?.state === "waiting") stage = resumeDeadline(draft, region, active, current, at);
  const decision: StageApproval = {
    environment,
    reviewers: current?.reviewers ?? [],
    since: current?.since ?? at,
    state: "approved",
    by: draft.event.actor,
    decidedAt: implicit ? (current.decidedAt ?? at) : at,
    ...(comment ? { comment } : {}),
  };
  replaceStage(draft, stage, { ...stage, approval: decision });
  note(
    draft,
    region,
    active,
    "stage.approved",
    `${active.stage} approved in ${environment}${comment ? `: ${comment}` : ""}`,
  );
}

function reject(draft: Draft, region: string, active: StageResult, environment: string, comment?: string): void {
  const current = active.approval;
  if (current && current.state !== "waiting") throw settled(active, `it was ${describe(current)}`);
  const at = draft.event.at;
  const approval: StageApproval = {
    environment,
    reviewers: current?.reviewers ?? [],
    since: current?.since ?? at,
    state: "rejected",
    by: draft.event.actor,
    decidedAt: at,
    ...(comment ? { comment } : {}),
  };
  const message = `rejected by @${draft.event.actor}${comment ? `: ${comment}` : ""}`;
  failAttempt(draft, region, active, "stage.failed", message, { approval }, false);
}

/**
 * The job started while ferry still saw it waiting: GitHub starts a held job only once it is
 * approved, so the wait is over (the reviewer's own event may still come and name them).
 */
export function endWaitByStart(draft: Draft, region: string, active: StageResult): StageResult {
  const current = active.approval;
  if (current?.state !== "waiting") return active;
  const at = draft.event.at;
  const resumed = resumeDeadline(draft, region, active, current, at);
  const next = { ...resumed, approval: { ...current, state: "approved" as const, decidedAt: at } };
  replaceStage(draft, resumed, next);
  return next;
}

/**
 * `approvalTimeout` passed with the job still waiting: the stage times out (without retries, as
 * another run would only wait again) and its workflow run is cancelled.
 */
export function expireApproval(draft: Draft, region: string, active: StageResult): void {
  const current = active.approval;
  if (current?.state !== "waiting") return;
  const at = draft.event.at;
  const waited = formatSeconds((Date.parse(at) - Date.parse(current.since)) / 1000);
  cancelJob(draft, active, "timed-out");
  const approval: StageApproval = { ...current, state: "timed-out", decidedAt: at };
  const message = `approval timed out after ${waited} in ${current.environment}`;
  failAttempt(draft, region, active, "stage.timed-out", message, { approval }, false);
}

/** The deadline again, moved on by the time the job waited; the approval timer goes. */
function resumeDeadline(
  draft: Draft,
  region: string,
  active: StageResult,
  approval: StageApproval,
  at: string,
): StageResult {
  removeTimer(draft, `${APPROVAL_TIMER}:${region}`);
  if (active.deadline === undefined) return active;
  const waited = Math.max(0, (Date.parse(at) - Date.parse(approval.since)) / 1000);
  const deadline = addSeconds(active.deadline, waited);
  addTimer(draft, { name: `stage-deadline:${region}`, due: deadline, region, runId: active.runId });
  const next = { ...active, deadline };
  replaceStage(draft, active, next);
  return next;
}

/** A history line that moves no state: what happened to the stage, under whoever did it. */
function note(draft: Draft, region: string, active: StageResult, event: string, text: string): void {
  const state = regionOf(draft, region).state;
  record(draft, { region, from: state, to: state, event, runId: active.runId, note: text });
}

function settled(active: StageResult, why: string): Refusal {
  return new Refusal("approval-settled", `stage ${active.stage} attempt ${active.attempt}: ${why}`);
}

function describe(approval: StageApproval): string {
  return approval.by ? `${approval.state} by @${approval.by}` : approval.state;
}
