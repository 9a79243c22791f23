import type { DeploymentState } from "./deployment-state.ts";
import { durationBetween, whenText } from "./human-time.ts";
import type { Lifecycle } from "./lifecycle.ts";
import { runOutcomes, type RecordedMove, type RunOutcome } from "./run-outcome.ts";
import { shortVersion } from "./short-version.ts";
import { versionText } from "./summary-links.ts";
import { runTimeline } from "./run-timeline.ts";
import { oneLine, type SummaryStyle } from "./summary-tables.ts";
import { timelineMarkdown } from "./timeline-markdown.ts";

/**
 * The page of a run that is no longer the deployment's current one (one event ended it and started
 * the next: a rollback, a queued trigger, a supersede), from what the state still keeps of it: its
 * transitions, its stage attempts with their logs, the error it recorded, and the run after it.
 * Returns the lines above the diagram, verdict first.
 */
export function pastRunLines(
  lifecycle: Lifecycle,
  state: DeploymentState,
  runId: number,
  style: SummaryStyle,
): string[] {
  const history = state.history.filter((h) => h.runId === runId);
  const stages = state.stages.filter((s) => s.runId === runId);
  const outcome = pastOutcome(lifecycle, state, runId);
  const version = pastVersion(state, runId);
  const v = version ? `\`${shortVersion(version)}\`` : `run ${runId}`;
  const next = state.run && state.run.id > runId ? state.run : undefined;
  const error = state.error?.runId === runId ? state.error : undefined;
  const failed = stages.findLast((s) => s.status === "failed" || s.status === "timed-out");
  const step = error?.step ?? failed?.stage;
  const message = error?.message ?? failed?.message;
  const cause = step ? ` failed \`${step}\`${message ? ` (${oneLine(message).slice(0, 120)})` : ""}` : "";
  const after = next
    ? ` Run ${next.id} ${next.kind === "rollback" ? "rolls back to" : "deploys"} \`${shortVersion(next.version)}\`.`
    : "";
  const first = history[0];
  const last = history.at(-1);
  const took = first && last && last !== first ? ` in ${durationBetween(first.at, last.at)}` : "";
  const verdict: Record<RunOutcome, string> = {
    "rolled-back": `⚠️ Rolled back: ${v}${cause || " was rolled back"}`,
    failed: `❌ Failed: ${v}${cause}`,
    succeeded: `✅ Deployed ${v}${took}`,
    cancelled: `⏹ Cancelled: ${v} was replaced before it finished`,
    neutral: `⏸ ${v} came to rest${last ? ` in \`${last.to}\`` : ""}`,
    waiting: `✋ ${v} was waiting when a newer run started`,
    "in-progress": `⏹ Cancelled: ${v} was replaced before it finished`,
  };
  const lines = [`### ${verdict[outcome]}`, ""];
  if (step) {
    const log = failed?.url ? ` · [log of \`${failed.stage}\`](${failed.url})` : "";
    const where = error?.state ?? failed?.state;
    const at = error?.at ?? failed?.finishedAt;
    lines.push(
      "> [!CAUTION]",
      `> **Run ${runId}${version ? ` (${versionText(version, style.links)})` : ""}: ${step} failed**${where ? ` in \`${where}\`` : ""}${at ? `, ${whenText(at, style.now)}` : ""}${log}`,
      ...(message ? [`> ${oneLine(message)}`] : []),
      "",
    );
  }
  lines.push(`**Run ${runId}** · ended by run ${next?.id ?? "?"}.${after}`, "");
  lines.push(...timelineMarkdown(runTimeline(lifecycle, state, runId, style), style));
  return lines;
}

/** How the run ended, judged like `ferry history` does from the moves the state still keeps. */
export function pastOutcome(lifecycle: Lifecycle, state: DeploymentState, runId: number): RunOutcome {
  const moves: RecordedMove[] = state.history.map((h) => ({
    deployment: state.deployment,
    at: h.at,
    region: h.region,
    from: h.from,
    to: h.to,
    event: h.event,
    actor: h.actor,
    ...(h.runId !== undefined ? { run: h.runId } : {}),
    ...(state.run && h.runId === state.run.id ? { kind: state.run.kind } : {}),
    ...(state.error && h.runId === state.error.runId && h.at === state.error.at && h.from !== h.to
      ? { error: { step: state.error.step, state: state.error.state, message: state.error.message } }
      : {}),
  }));
  return runOutcomes(lifecycle, moves).get(runId) ?? "cancelled";
}

/** The version an earlier run deployed, as far as the state remembers it. */
function pastVersion(state: DeploymentState, runId: number): string | undefined {
  const run = state.run;
  if (run?.kind === "rollback" && run.from && run.id === runId + 1) return run.from;
  return state.good.find((g) => g.runId === runId)?.version;
}
