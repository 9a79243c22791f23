import type { DeploymentError } from "./deployment-state.ts";
import { Refusal, regionOf, type Draft } from "./draft.ts";
import type { RunStart } from "./lifecycle.ts";
import { guardThreshold } from "./transition-context.ts";
import { endRun } from "./run-end.ts";

/**
 * Starts a new run, a rollback run, or a new attempt of the current run.
 * A new run or attempt clears the error; a rollback keeps it (it explains the rollback) and
 * remembers the version it undoes, so that automatic triggers do not bring that version back.
 */
export function startRun(draft: Draft, start: RunStart): void {
  const { event } = draft;
  const at = event.at;
  if (start === "retry") {
    if (!draft.run) throw new Refusal("not-allowed-in-state", "there is no run to retry");
    draft.run = { ...draft.run, attempt: draft.run.attempt + 1 };
    draft.error = null;
    return;
  }
  const id = draft.runSeq + 1;
  endRun(draft, id, start === "rollback");
  if (start === "rollback") {
    const from = draft.run?.version;
    const asked = event.type === "rollback" ? event.to : undefined;
    const target = asked ?? rollbackTarget(draft);
    if (!target) throw new Refusal("no-previous-version", "there is no earlier good version to roll back to");
    // A rollback returns to what once ran well; anything else is a deploy, which runs every stage.
    if (asked !== undefined && (asked === from || !draft.good.some((g) => g.version === asked)))
      throw new Refusal("not-a-good-version", `${asked} is not an earlier good version of this deployment`);
    draft.rolledBack = { version: from ?? target, at, runId: id };
    // A rollback a lifecycle starts by itself is ferry's doing, not the actor's who caused the failure.
    const explicit = event.type === "rollback";
    const cause = explicit ? event.cause : "rollback";
    const actor = explicit ? event.actor : "ferry";
    draft.run = {
      id,
      kind: "rollback",
      cause,
      actor,
      version: target,
      attempt: 1,
      startedAt: at,
      ...(from ? { from } : {}),
    };
    draft.runSeq = id;
    draft.counters = { failed: 0, completed: 0, inProgress: 0, total: 0 };
    // The error that led here stays visible: the rollback is its consequence.
    return;
  } else {
    const version = event.type === "deploy" ? event.version : (draft.run?.version ?? "");
    // Triggers of the rolled-back version by automatic causes were refused before this point,
    // so whatever deploys now (a new commit, an explicit deploy) ends the rollback's hold.
    if (event.type === "deploy") draft.rolledBack = null;
    const pullRequest = event.type === "deploy" ? event.pullRequest : undefined;
    draft.run = {
      id,
      kind: "deploy",
      cause: event.cause,
      actor: event.actor,
      version,
      attempt: 1,
      startedAt: at,
      ...(pullRequest === undefined ? {} : { pullRequest }),
    };
  }
  draft.runSeq = id;
  draft.error = null;
  draft.counters = { failed: 0, completed: 0, inProgress: 0, total: 0 };
}

/** The newest good version that is not the one running now. */
export function rollbackTarget(draft: Draft): string | undefined {
  const current = draft.run?.version;
  return draft.good.find((g) => g.version !== current)?.version;
}

/** The error to record when the event moves a region into failure. */
export function failureOf(draft: Draft, region: string, from?: string): DeploymentError {
  const { event } = draft;
  const state = from ?? regionOf(draft, region).state;
  const stageEvent = "stage" in event ? event.stage : undefined;
  const step = stageEvent?.stage ?? state;
  const counters = event.type === "stage.progress" ? draft.counters : undefined;
  const message =
    stageEvent?.message ??
    (counters
      ? `${counters.failed} of ${counters.total} instances failed (failure threshold ${guardThreshold(draft.context, counters.total)})`
      : undefined) ??
    (event.type === "stage.timed-out"
      ? `stage ${step} timed out`
      : `${event.type === "timer" ? `timer ${event.timer.name}` : event.type === "custom" ? event.name : event.type} in ${state}`);
  return { step, message, at: event.at, state, ...(draft.run ? { runId: draft.run.id } : {}) };
}
