import type { DeploymentState } from "../core/deployment-state.ts";
import { deploymentVerdict } from "../core/deployment-verdict.ts";
import { durationBetween, exactTime, whenText } from "../core/human-time.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import { runFailure } from "../core/run-failure.ts";
import { runTimeline } from "../core/run-timeline.ts";
import { shortVersion } from "../core/short-version.ts";
import type { SummaryStyle } from "../core/summary-tables.ts";
import { formatTable } from "./format-table.ts";

/** A result cell longer than this is cut on a terminal; `--markdown` has the whole text. */
const RESULT_MAX = 60;

/**
 * `ferry show` for a terminal: the check run's page without Markdown or diagram. The verdict, the
 * run, the failure with its log, what waits, then the timeline as an aligned table whose last
 * column is the log, so a long link never pushes the other columns apart. `width`, a terminal's,
 * cuts RESULT further where the table would be wider (a link is never cut: it must still open).
 */
export function showPage(
  deployment: string,
  lifecycle: Lifecycle,
  state: DeploymentState,
  style: SummaryStyle,
  width?: number,
): string {
  const plain = (text: string) => text.replace(/`/g, "").replace(/\\([\\`*_[\]<>|@#])/g, "$1");
  const lines = [`${deployment}: ${plain(deploymentVerdict(lifecycle, state, style))}`, ""];
  const run = state.run;
  if (run) {
    const last = state.history.findLast((h) => h.runId === run.id);
    const took = last && last.at !== run.startedAt ? ` · ${durationBetween(run.startedAt, last.at)}` : "";
    lines.push(
      `run ${run.id} · ${run.kind} of ${shortVersion(run.version)} · ${run.cause} by ${run.actor} · started ${whenText(run.startedAt, style.now)}${took}`,
    );
  }
  const failure = runFailure(state);
  if (failure) {
    const { error, stage } = failure;
    const which = failure.runId !== undefined ? `run ${failure.runId}` : "the run";
    lines.push(
      "",
      `${failure.earlier ? "rolled back" : "failed"}: ${which}${failure.version ? ` (${shortVersion(failure.version)})` : ""}: ${error.step} failed in ${error.state}, ${whenText(error.at, style.now)}`,
      `  ${error.message.replace(/\s+/g, " ").trim()}`,
      ...(stage?.url ? [`  log: ${stage.url}`] : []),
    );
  }
  if (state.hold) lines.push("", `paused by ${state.hold.actor} ${whenText(state.hold.at, style.now)}`);
  if (state.queue.length > 0)
    lines.push(
      "",
      `queued: ${state.queue.map((q) => `${shortVersion(q.version)} (${q.cause} by ${q.actor})`).join(", ")}`,
    );
  const rows = runTimeline(lifecycle, state, run?.id, style);
  const shown = rows.filter((r) => !r.hop);
  if (shown.length > 0) {
    const multi = new Set(rows.map((r) => r.region)).size > 1;
    const cut = (text: string) => (text.length > RESULT_MAX ? `${text.slice(0, RESULT_MAX - 1)}…` : text);
    lines.push(
      "",
      formatTable(
        [...(multi ? ["REGION"] : []), "STEP", "STARTED (UTC)", "TOOK", "RESULT", "LOG"],
        shown.map((r) => [
          ...(multi ? [r.region] : []),
          r.step,
          exactTime(r.at, style.now).replace(/ UTC$/, ""),
          r.took,
          cut(plain(r.result)),
          r.log ?? "",
        ]),
        { width, shrink: multi ? 4 : 3 },
      ),
    );
    const hops = rows.length - shown.length;
    if (hops > 0) lines.push(`(${hops} automatic step${hops === 1 ? "" : "s"} that took no time not shown)`);
  }
  return lines.join("\n");
}
