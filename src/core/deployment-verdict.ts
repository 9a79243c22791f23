import { actorText } from "./actor-text.ts";
import type { DeploymentState } from "./deployment-state.ts";
import { awaitingApproval, deploymentStatus, whereText } from "./deployment-status.ts";
import { durationBetween, exactTime, relativeTime } from "./human-time.ts";
import type { Lifecycle } from "./lifecycle.ts";
import type { RunEnd } from "./run-end.ts";
import { runFailure, type RunFailure } from "./run-failure.ts";
import { shortVersion } from "./short-version.ts";
import type { SummaryStyle } from "./summary-tables.ts";

/** Error messages in a one-line verdict are cut here; the failure section below has the whole message. */
const VERDICT_MESSAGE_MAX = 120;

/** How a verdict is written: Markdown for a summary's heading, or plain text for a check run's title. */
export interface VerdictForm {
  /**
   * Plain text, for a check run's title (GitHub shows titles as they are, and reads them later):
   * no emoji, no backticks, and exact times only, as a relative time would go stale.
   */
  readonly plain?: boolean;
}

/** How a run that a newer run replaced ended (`RunEnd` without its state). */
export type EndedRun = Pick<RunEnd, "outcome" | "after">;

/**
 * The one line a reader needs first: what happened to this run. A rollback run never reads as a
 * plain success; it names the version that failed, where, and the version that is live again.
 * Wording follows the examples of issue 18 ("⚠️ Rolled back: …; … is live again", "✅ Deployed … in 3.5s").
 * With `ended`, the run is one a newer run replaced, and `state` is the deployment as it left it.
 */
export function deploymentVerdict(
  lifecycle: Lifecycle,
  state: DeploymentState,
  style: SummaryStyle,
  form: VerdictForm & { readonly ended?: EndedRun } = {},
): string {
  const text = verdictText(lifecycle, state, style, form.plain === true, form.ended);
  return form.plain ? text.replace(/^\p{Extended_Pictographic}\uFE0F? /u, "") : text;
}

function verdictText(
  lifecycle: Lifecycle,
  state: DeploymentState,
  style: SummaryStyle,
  plain: boolean,
  ended: EndedRun | undefined,
): string {
  const code = plain ? (t: string) => t : markdownCode;
  const run = state.run;
  if (!run) return `⚪ Not deployed yet: ${whereText(state)}`;
  const version = code(shortVersion(run.version));
  const where = code(whereText(state));
  const failure = runFailure(state);
  const failed = (f: RunFailure) => failedText(f, code);
  const from = run.from ? code(shortVersion(run.from)) : "the previous version";
  if (ended) {
    switch (ended.outcome) {
      case "failure":
        return `❌ Failed: ${version} ${failure && !failure.earlier ? failed(failure) : `stopped in ${where}`}; ${ended.after}`;
      case "success":
        return `✅ Deployed ${version}${tookText(state)}; ${ended.after}`;
      case "cancelled":
        return `⏹ Cancelled: ${version} in ${where}, ${ended.after}`;
    }
  }
  switch (deploymentStatus(lifecycle, state)) {
    case "queued":
    case "in_progress": {
      const waiting = awaitingApproval(state);
      if (waiting?.approval)
        return `⏳ Waiting for approval in ${waiting.approval.environment}: ${code(waiting.stage)} of ${version}`;
      if (run.kind === "rollback")
        return `🔄 Rolling back to ${version}${failure?.earlier ? ` after ${from} ${failed(failure)}` : ` from ${from}`}: ${where}`;
      return `🔄 Deploying ${version}${run.attempt > 1 ? ` (attempt ${run.attempt})` : ""}: ${where}`;
    }
    case "failure":
      if (run.kind === "rollback")
        return `❌ Rollback to ${version} ${failure && !failure.earlier ? failed(failure).replace(/^failed /, "failed at ") : `failed: ${where}`}`;
      return `❌ Failed: ${version} ${failure ? failed(failure) : `stopped in ${where}`}`;
    case "neutral":
      if (state.hold)
        return `⏸ Paused by ${actorText(state.hold.actor, style.actors)}${plain ? "" : ` ${relativeTime(state.hold.at, style.now)}`}: ${version} in ${where}; nothing new starts until resumed`;
      return `⏸ ${where} on ${version}${nextTimerText(lifecycle, state, style, { plain })}`;
    case "action_required":
      return `✋ Action required: ${version} in ${where}`;
    case "success": {
      if (run.kind === "rollback") {
        const why = failure?.earlier ? failed(failure) : `was rolled back by ${actorText(run.actor, style.actors)}`;
        return `⚠️ Rolled back: ${from} ${why}; ${version} is live again`;
      }
      const kinds = Object.entries(state.regions).map(([r, s]) => lifecycle.regions[r]?.states[s.state]?.kind);
      if (kinds.every((k) => k === "final")) return `✅ Done: ${where} (${version})`;
      return `✅ Deployed ${version}${tookText(state)}`;
    }
  }
}

/** `failed `health-check` (GET /health → 503)`, or `timed out in `installing``. */
function failedText(failure: RunFailure, code: (text: string) => string): string {
  const message = failure.error.message.replace(/\s+/g, " ").trim();
  const cut = message.length > VERDICT_MESSAGE_MAX ? `${message.slice(0, VERDICT_MESSAGE_MAX - 1)}…` : message;
  const timedOut = failure.stage?.status === "timed-out";
  return `${timedOut ? "timed out in" : "failed"} ${code(failure.error.step)}${cut ? ` (${cut})` : ""}`;
}

/** ` in 3.5s, 6/6 stages`: the run's time from start to rest and how many of its stages succeeded. */
function tookText(state: DeploymentState): string {
  const run = state.run;
  if (!run) return "";
  const last = state.history.findLast((h) => h.runId === run.id);
  const took = last ? durationBetween(run.startedAt, last.at) : "";
  const latest = new Map<string, string>();
  // A stage the manifest does not declare is skipped: not one of the run's stages.
  for (const s of state.stages)
    if (s.runId === run.id && s.status !== "skipped") latest.set(`${s.region}/${s.stage}`, s.status);
  const done = [...latest.values()].filter((s) => s === "succeeded").length;
  const stages = latest.size > 0 ? `${done}/${latest.size} stage${latest.size === 1 ? "" : "s"}` : "";
  return `${took ? ` in ${took}` : ""}${took && stages ? "," : ""}${stages ? ` ${stages}` : ""}`;
}

/** `; `dropping` on 8 Dec 16:13 UTC (in 7 days) by timer `drop-after``: what happens next unless someone acts. */
export function nextTimerText(
  lifecycle: Lifecycle,
  state: DeploymentState,
  style: SummaryStyle,
  form: VerdictForm = {},
): string {
  const next = nextTimer(lifecycle, state);
  if (!next) return "";
  const code = form.plain ? (t: string) => t : markdownCode;
  const target = next.target ? `${code(next.target)} ` : "timer fires ";
  const relative = form.plain ? "" : ` (${relativeTime(next.due, style.now)})`;
  return `; ${target}on ${exactTime(next.due, style.now)}${relative} by timer ${code(next.name)}${next.guard ? ` if ${code(next.guard)}` : ""}`;
}

/** The earliest timer a resting region waits on, with the state it leads to, when the lifecycle says. */
export function nextTimer(
  lifecycle: Lifecycle,
  state: DeploymentState,
): { name: string; due: string; target?: string; guard?: string } | undefined {
  const timers = [...state.timers].sort((a, b) => a.due.localeCompare(b.due));
  for (const timer of timers) {
    const region = timer.region ?? Object.keys(state.regions)[0] ?? "";
    const current = state.regions[region]?.state;
    const handler = current ? lifecycle.regions[region]?.states[current]?.on?.[`timer.${timer.name}`]?.[0] : undefined;
    if (!handler) continue;
    return {
      name: timer.name,
      due: timer.due,
      ...(handler.target ? { target: handler.target } : {}),
      ...(handler.guard ? { guard: handler.guard } : {}),
    };
  }
  return undefined;
}

function markdownCode(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}
