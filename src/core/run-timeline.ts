import { actorText, isAutomatic } from "./actor-text.ts";
import type { DeploymentState, HistoryEntry, StageApproval, StageResult } from "./deployment-state.ts";
import { durationBetween } from "./human-time.ts";
import { OPERATOR_EVENTS } from "./ferry-event.ts";
import { declaresEvent, type Lifecycle } from "./lifecycle.ts";
import type { SummaryStyle } from "./summary-tables.ts";

/** The word a transition taken without an event (`always:` in the lifecycle) is shown with, here and in the diagram. */
export const AUTO_EVENT = "auto";

/**
 * One step of a run as a reader follows it: a state the run entered (with the stage attempt it
 * ran there), or a further attempt of that stage. `hop` marks an automatic step that took no
 * time and ran nothing (a choice state, a signal between regions): the page folds those away.
 */
export interface TimelineRow {
  readonly at: string;
  readonly region: string;
  /** The state, with its stage when it runs one: `installing (install)`; `attempt 2` for a retry. */
  readonly step: string;
  /** How the step was entered: `deploy by @alice`, `auto`, `stage.succeeded`. */
  readonly via: string;
  /** `<1s`, `3.5s`, `2m 10s`; `40s so far` while a stage runs; empty for the state the run rests in. */
  readonly took: string;
  /** `✅ succeeded · 1 step succeeded`, `❌ failed · GET /health → 503`, `current state`. */
  readonly result: string;
  readonly log?: string;
  readonly hop: boolean;
}

/**
 * The steps of one run, in order: each state it entered (by `history`) with the stage attempts it
 * ran there (by `stages`), so the former Transitions and Stages tables are one list with one time
 * for each step. Durations count to the next step of the same region; the last step of a region
 * is the state it rests in now, or the stage still running (counted to `now`).
 */
export function runTimeline(
  lifecycle: Lifecycle,
  state: DeploymentState,
  runId: number | undefined,
  style: SummaryStyle,
): TimelineRow[] {
  const history = runId === undefined ? state.history : state.history.filter((h) => h.runId === runId);
  const stages = runId === undefined ? [] : state.stages.filter((s) => s.runId === runId);
  const rows: TimelineRow[] = [];
  history.forEach((entry) => {
    // The next move of the region, whichever run made it: a run's last state lasted until the next run left it.
    const after = state.history.slice(state.history.indexOf(entry) + 1);
    const next = after.find((n) => n.region === entry.region);
    const def = lifecycle.regions[entry.region]?.states[entry.to];
    const attempts = stages.filter(
      (s) =>
        s.region === entry.region &&
        s.state === entry.to &&
        s.startedAt >= entry.at &&
        // Half-open: an attempt started by the next move (a retry's note) is that move's row.
        (next === undefined || s.startedAt < next.at),
    );
    const [first, ...more] = attempts;
    const step = def?.stage && def.stage !== entry.to ? `${entry.to} (${def.stage})` : entry.to;
    const current = next === undefined && state.regions[entry.region]?.state === entry.to;
    // A stage state took as long as its attempt; a state left by a later note (a retry) lasted longer.
    const lasted = first ? attemptTook(first, style) : next ? durationBetween(entry.at, next.at) : "";
    const zero = next !== undefined && Date.parse(next.at) === Date.parse(entry.at);
    rows.push({
      at: entry.at,
      region: entry.region,
      step,
      via: viaText(lifecycle, entry, style),
      took: lasted,
      result: first ? attemptResult(first, style) : current ? "current state" : "",
      ...(first?.url ? { log: first.url } : {}),
      hop: zero && attempts.length === 0,
    });
    for (const attempt of more)
      rows.push({
        at: attempt.startedAt,
        region: entry.region,
        step: `↳ ${attempt.stage} attempt ${attempt.attempt}`,
        via: attempt.attempt > 1 ? "retry" : "",
        took: attemptTook(attempt, style),
        result: attemptResult(attempt, style),
        ...(attempt.url ? { log: attempt.url } : {}),
        hop: false,
      });
  });
  return rows;
}

/**
 * `deploy by @alice`: a person's event with its actor. Moves ferry makes by itself (`auto`, a
 * runner's `stage.succeeded`, a timer, a signal one region raises for another) name no actor: the
 * actor recorded on them is whoever's event set them off, which would read as their doing.
 */
function viaText(lifecycle: Lifecycle, entry: HistoryEntry, style: SummaryStyle): string {
  const event = entry.event === "always" ? AUTO_EVENT : entry.event;
  const note = entry.note ? ` (${entry.note})` : "";
  const personal =
    (OPERATOR_EVENTS as readonly string[]).includes(entry.event) || declaresEvent(lifecycle, entry.event);
  return personal && !isAutomatic(entry.actor)
    ? `${event}${note} by ${actorText(entry.actor, style.actors)}`
    : `${event}${note}`;
}

function attemptTook(s: StageResult, style: SummaryStyle): string {
  if (s.finishedAt) return durationBetween(s.startedAt, s.finishedAt);
  const sofar = durationBetween(s.startedAt, style.now);
  return sofar ? `${sofar} so far` : "";
}

function attemptResult(s: StageResult, style: SummaryStyle): string {
  const attempt = s.attempt > 1 ? ` (attempt ${s.attempt})` : "";
  const message = s.message ?? (s.approval ? approvalText(s.approval, style) : "");
  return `${STAGE_ICONS[s.status]} ${s.status}${attempt}${message ? ` · ${message}` : ""}`;
}

function approvalText(approval: StageApproval, style: SummaryStyle): string {
  if (approval.state === "waiting") return `awaiting approval in ${approval.environment}`;
  const by = approval.by ? ` by ${actorText(approval.by, style.actors)}` : "";
  return `${approval.state}${by} in ${approval.environment}${approval.comment ? `: ${approval.comment}` : ""}`;
}

export const STAGE_ICONS: Readonly<Record<StageResult["status"], string>> = {
  dispatching: "⏳",
  running: "🔄",
  succeeded: "✅",
  failed: "❌",
  "timed-out": "⌛",
  cancelled: "⏹️",
  skipped: "⏭️",
  retrying: "🔁",
};
