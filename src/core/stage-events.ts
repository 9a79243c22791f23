import { activeStage, cancelJob, currentDef, Refusal, regionOf, replaceStage, type Draft } from "./draft.ts";
import { routeEvent } from "./route-event.ts";
import { dispatchStage } from "./start-stage.ts";
import { endWaitByStart, expireApproval } from "./approval-events.ts";
import type { FerryEvent, StageEventType } from "./ferry-event.ts";
import type { StageResult } from "./deployment-state.ts";
import { APPROVAL_TIMER, failAttempt, finishAttempt, reportedAttempt } from "./stage-attempt.ts";

type StageEvent = Extract<FerryEvent, { type: StageEventType }>;
type TimerEvent = Extract<FerryEvent, { type: "timer" }>;

/** Applies a runner's report about a stage, after checking it belongs to the stage running now. */
export function handleStageEvent(draft: Draft, event: StageEvent): void {
  const report = event.stage;
  const [region, reported] = reportedAttempt(draft, report);
  // A held job that runs was approved, whether or not the approval's own event came; a failure proves nothing.
  const ran = event.type === "stage.started" || event.type === "stage.progress" || event.type === "stage.succeeded";
  const active = ran ? endWaitByStart(draft, region, reported) : reported;
  const links = {
    ...(report.url ? { url: report.url } : {}),
    ...(report.externalId ? { externalId: report.externalId } : {}),
  };
  switch (event.type) {
    case "stage.dispatched":
      replaceStage(draft, active, { ...active, ...links });
      return;
    case "stage.started":
      replaceStage(draft, active, { ...active, ...links, status: "running" });
      return;
    case "stage.progress": {
      draft.counters = { ...draft.counters, ...report.counters };
      replaceStage(draft, active, { ...active, ...links, status: "running" });
      if (currentDef(draft, region).on?.["stage.progress"]) routeEvent(draft, "stage.progress", region);
      return;
    }
    case "stage.succeeded":
      finishAttempt(draft, region, active, {
        ...links,
        status: "succeeded",
        ...(report.message ? { message: report.message } : {}),
      });
      if (report.counters) draft.counters = { ...draft.counters, ...report.counters };
      routeEvent(draft, "stage.succeeded", region);
      return;
    case "stage.failed":
      if (report.interrupted) return interrupt(draft, region, active, event, links);
      failAttempt(draft, region, active, event.type, report.message ?? `stage ${active.stage} failed`, links);
      return;
    case "stage.timed-out":
      failAttempt(
        draft,
        region,
        active,
        event.type,
        report.message ??
          (event.type === "stage.timed-out" ? `stage ${active.stage} timed out` : `stage ${active.stage} failed`),
        links,
      );
  }
}

/**
 * A timer fired. Stage deadlines and retry backoffs are the core's own timers; the rest are
 * the lifecycle's, delivered as `timer.<name>`. A timer nobody handles is simply consumed.
 */
export function handleTimer(draft: Draft, event: TimerEvent): void {
  const { name, due } = event.timer;
  const timer = draft.timers.find((t) => t.name === name && t.due === due);
  if (!timer) throw new Refusal("stale-timer", `timer ${name} due ${due} is not set`);
  draft.timers = draft.timers.filter((t) => t !== timer);
  const [kind, region] = name.split(":", 2);
  if (region !== undefined && kind === "stage-deadline") {
    const active = activeStage(draft, region);
    if (!active) return;
    cancelJob(draft, active, "timed-out");
    failAttempt(
      draft,
      region,
      active,
      "stage.timed-out",
      `stage ${active.stage} did not report within its deadline`,
      {},
    );
    return;
  }
  if (region !== undefined && kind === APPROVAL_TIMER) {
    const active = activeStage(draft, region);
    if (active) expireApproval(draft, region, active);
    return;
  }
  if (region !== undefined && kind === "stage-retry") {
    retry(draft, region, event);
    return;
  }
  const key = `timer.${name}`;
  const handles = Object.keys(draft.regions).some((r) => currentDef(draft, r).on?.[key] ?? draft.lifecycle.on?.[key]);
  if (!handles) return;
  try {
    routeEvent(draft, key);
  } catch (error) {
    // A timer whose guard does not hold now (a drop-after without allowDrop) is spent, not retried forever.
    if (!(error instanceof Refusal && error.reason === "guard-failed")) throw error;
  }
}

/**
 * The runner died under the stage (local mode: `ferry` was killed) and has cleaned up after it.
 * Nothing about the stage's own work failed, so the attempt ends `failed` with the reason and the
 * stage runs again at once as the next attempt, keeping its retries. A stage the manifest marks
 * `onInterrupt: fail` (one that must not run twice) takes the failure arrow instead, retries or not.
 */
function interrupt(
  draft: Draft,
  region: string,
  active: StageResult,
  event: StageEvent,
  links: Partial<StageResult>,
): void {
  const message = event.stage.message ?? `stage ${active.stage} was interrupted`;
  if (draft.context.stages?.[active.stage]?.onInterrupt === "fail" || !draft.run) {
    failAttempt(draft, region, active, "stage.failed", message, links, false);
    return;
  }
  finishAttempt(draft, region, active, { ...links, status: "failed", message });
  runAgain(draft, region, event, active.stage, active.retriesLeft ?? 0, "after an interruption");
}

/** A status earlier builds wrote for an attempt that failed and waits for its retry: read, never written. */
const LEGACY_RETRYING = "retrying";

/** The backoff is over: the stage runs again as the next attempt of the run. */
function retry(draft: Draft, region: string, event: TimerEvent): void {
  const ended = lastAttempt(draft, region);
  if (!ended || !draft.run) return;
  // A state file from an older build still marks the ended attempt as retrying: it failed.
  if (ended.status === LEGACY_RETRYING) replaceStage(draft, ended, { ...ended, status: "failed" });
  runAgain(draft, region, event, ended.stage, (ended.retriesLeft ?? 1) - 1);
}

/** The run's next attempt of a stage, in the state the region is in, recorded as a `retry` move. */
function runAgain(
  draft: Draft,
  region: string,
  event: StageEvent | TimerEvent,
  stage: string,
  retriesLeft: number,
  why?: string,
): void {
  if (!draft.run) return;
  draft.run = { ...draft.run, attempt: draft.run.attempt + 1 };
  const state = regionOf(draft, region).state;
  draft.added.push({
    at: event.at,
    eventId: event.id,
    actor: event.actor,
    region,
    from: state,
    to: state,
    event: "retry",
    runId: draft.run.id,
    note: why ? `attempt ${draft.run.attempt}, ${why}` : `attempt ${draft.run.attempt}`,
  });
  dispatchStage(draft, region, state, stage, currentDef(draft, region), retriesLeft);
}

/** The attempt a retry follows: the region's last stage result, if it ended badly in this state and run. */
function lastAttempt(draft: Draft, region: string): StageResult | undefined {
  const state = regionOf(draft, region).state;
  const last = draft.stages.findLast((s) => s.region === region);
  if (!last || last.state !== state || last.runId !== draft.run?.id) return undefined;
  return last.status === "failed" || last.status === "timed-out" || last.status === LEGACY_RETRYING ? last : undefined;
}
