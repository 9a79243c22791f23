import { actorText, type ActorStyle } from "./actor-text.ts";
import type { DeploymentState, StageApproval, StageResult } from "./deployment-state.ts";
import { awaitingApproval, deploymentStatus } from "./deployment-status.ts";
import { deploymentVerdict, nextTimer, type EndedRun } from "./deployment-verdict.ts";
import { fleetSummaryLines } from "./fleet-summary-text.ts";
import { durationBetween, exactTime, relativeTime, whenText } from "./human-time.ts";
import type { Lifecycle } from "./lifecycle.ts";
import { pastRunLines } from "./past-run-summary.ts";
import { runFailure, type RunFailure } from "./run-failure.ts";
import { shortVersion } from "./short-version.ts";
import { summaryDiagrams } from "./summary-diagrams.ts";
import { linksLine, versionText, type SummaryLinks } from "./summary-links.ts";
import { runTimeline } from "./run-timeline.ts";
import { oneLine, type SummaryStyle } from "./summary-tables.ts";
import { timelineMarkdown } from "./timeline-markdown.ts";

export { awaitingApproval, deploymentStatus, stateLine } from "./deployment-status.ts";
export { deploymentVerdict } from "./deployment-verdict.ts";

export interface SummaryOptions {
  /**
   * The time relative times are counted from. A check run is rendered when an event is reported,
   * so this is that event's time (the default: the state's `updatedAt`), never a clock read here.
   */
  readonly now?: string;
  /** `github` (the default): logins are mentions and ferry is `ferry[bot]`; `plain`: names as they are. */
  readonly actors?: ActorStyle;
  /**
   * The run whose page this is; by default the current one. An earlier run (one the same event
   * ended, e.g. the failed run a rollback undoes) gets its own page from what the state keeps of it.
   */
  readonly run?: number;
  /** The shown run is one a newer run replaced, ended so: the verdict says how (`state` as it left it). */
  readonly ended?: EndedRun;
  /** The repository's and the environment's web addresses, for links to commits and the environment. */
  readonly links?: SummaryLinks;
}

/**
 * The Markdown a check run shows, most important first: a one-line verdict; the failure with its
 * place and log (for a rollback run, the failed run it undoes); the run's cause, actor, version and
 * times, and its links (commit, environment, workflow job); what waits (approval, retry, timers,
 * queue); the run's timeline; and, folded away at the bottom, the path the run took and the whole
 * lifecycle as Mermaid diagrams with the current state framed.
 */
export function deploymentSummary(
  lifecycle: Lifecycle,
  state: DeploymentState,
  blocked?: string,
  options: SummaryOptions = {},
): string {
  const style: SummaryStyle = {
    now: options.now ?? state.updatedAt,
    actors: options.actors ?? "github",
    ...(options.links ? { links: options.links } : {}),
  };
  const lines: string[] = [];
  if (blocked) lines.push(`> [!CAUTION]`, `> **Blocked.** ${blocked}`, "");
  if (options.run !== undefined && options.run !== state.run?.id) {
    lines.push(...pastRunLines(lifecycle, state, options.run, style));
    return [...lines, ...footer(lifecycle, state, style, options.run)].join("\n");
  }
  lines.push(`### ${deploymentVerdict(lifecycle, state, style, options.ended ? { ended: options.ended } : {})}`, "");
  const failure = runFailure(state);
  if (failure) lines.push(...failureNotice(failure, style), "");
  const run = state.run;
  if (run) {
    const from = run.from ? ` (rolling back from ${versionText(run.from, style.links)})` : "";
    const waited = queuedText(state, style);
    const coalesced = run.coalesced ? ` · ${triggers(run.coalesced)} coalesced into it` : "";
    const attempt = run.attempt > 1 ? ` · attempt ${run.attempt}` : "";
    const last = state.history.findLast((h) => h.runId === run.id);
    const busy = ["in_progress", "queued"].includes(deploymentStatus(lifecycle, state));
    const lasted = last && last.at !== run.startedAt ? durationBetween(run.startedAt, last.at) : "";
    const finished = last && !busy ? ` · finished ${exactTime(last.at, style.now)}` : "";
    const took = lasted ? (busy ? ` · ${lasted} so far` : `${finished} · took ${lasted}`) : "";
    lines.push(
      `**Run ${run.id}** · ${run.kind} of ${versionText(run.version, style.links)}${from} · caused by ${run.cause} · by ${actorText(run.actor, style.actors)}${attempt} · started ${whenText(run.startedAt, style.now)}${took}${waited}${coalesced}`,
      "",
    );
    const links = linksLine(state, style.links);
    if (links) lines.push(links, "");
  }
  if (state.hold)
    lines.push(
      `**Paused** by ${actorText(state.hold.actor, style.actors)} ${whenText(state.hold.at, style.now)}. The running stage may finish; nothing new starts until resume.`,
      "",
    );
  const waiting = awaitingApproval(state);
  if (waiting?.approval) lines.push(...approvalNotice(state, waiting, waiting.approval, style), "");
  if (state.rolledBack)
    lines.push(
      `**Rolled back:** \`${shortVersion(state.rolledBack.version)}\` was rolled back in run ${state.rolledBack.runId}; merges and pushes will not redeploy it. A new commit or an explicit deploy will.`,
      "",
    );
  const timer = nextTimer(lifecycle, state);
  if (timer?.target)
    lines.push(
      `**Next:** timer \`${timer.name}\` moves it to \`${timer.target}\` ${whenText(timer.due, style.now)}${timer.guard ? `, if \`${timer.guard}\`` : ""}, unless another event comes first.`,
      "",
    );
  if (state.queue.length > 0) {
    const queued = state.queue.map(
      (q) =>
        `\`${shortVersion(q.version)}\` (${q.cause} by ${actorText(q.actor, style.actors)}${q.coalesced ? `; ${triggers(q.coalesced)} coalesced` : ""})`,
    );
    lines.push(
      `**Queued (${state.queue.length}):** ${queued.join(", ")}. A newer trigger supersedes the ones queued before it.`,
      "",
    );
  }
  const retry = run ? pendingRetry(state, run.attempt, style) : undefined;
  if (retry) lines.push(retry, "");
  lines.push(...timelineMarkdown(runTimeline(lifecycle, state, run?.id, style), style));
  if (state.fleet) lines.push(...fleetSummaryLines(state.fleet));
  lines.push(...footer(lifecycle, state, style, run?.id));
  return lines.join("\n");
}

/** When the page was written, and the diagrams folded away below everything else. */
function footer(
  lifecycle: Lifecycle,
  state: DeploymentState,
  style: SummaryStyle,
  runId: number | undefined,
): string[] {
  return [
    `<sub>As of ${exactTime(style.now, style.now)} on ${style.now.slice(0, 10)}; relative times count from then.</sub>`,
    "",
    ...summaryDiagrams(lifecycle, state, runId),
  ];
}

/**
 * The failure where the reader looks: which run failed, in which stage and state, when, the
 * message, and the failed attempt's log. On a rollback run it is the run being undone.
 */
function failureNotice(failure: RunFailure, style: SummaryStyle): string[] {
  const { error, stage } = failure;
  const run = failure.runId !== undefined ? `Run ${failure.runId}` : "The run";
  const version = failure.version ? ` (${versionText(failure.version, style.links)})` : "";
  const verb = stage?.status === "timed-out" ? "timed out" : "failed";
  const attempt = stage && stage.attempt > 1 ? `, attempt ${stage.attempt}` : "";
  const took = stage?.finishedAt ? ` after ${durationBetween(stage.startedAt, stage.finishedAt)}` : "";
  const log = stage?.url ? ` · [log of \`${stage.stage}\`${attempt}](${stage.url})` : "";
  return [
    failure.earlier ? `> [!WARNING]` : `> [!CAUTION]`,
    `> **${run}${version}: ${error.step} ${verb}** in \`${error.state}\`${took}, ${whenText(error.at, style.now)}${log}`,
    `> ${oneLine(error.message)}`,
  ];
}

/** Who may let the held job go, and where: GitHub's required reviewers decide, on the run's page. */
function approvalNotice(
  state: DeploymentState,
  stage: StageResult,
  approval: StageApproval,
  style: SummaryStyle,
): string[] {
  const who =
    approval.reviewers.length > 0
      ? `May approve: ${approval.reviewers.map((r) => `@${r}`).join(", ")}.`
      : "A required reviewer of the environment may approve.";
  const where = stage.url ? ` Review it on [the workflow run](${stage.url}).` : "";
  const timer = state.timers.find((t) => t.name === `stage-approval:${stage.region}`);
  return [
    `> [!IMPORTANT]`,
    `> **Awaiting approval in ${approval.environment}** since ${whenText(approval.since, style.now)}: \`${stage.stage}\` waits for a required reviewer. ${who}${where}`,
    `> The stage's deadline is suspended while it waits${timer ? `; the approval times out ${relativeTime(timer.due, style.now)} (${exactTime(timer.due, style.now)})` : ""}.`,
  ];
}

/** A stage waiting out its retry backoff: the failed attempt is in the table, the next one is due. */
function pendingRetry(state: DeploymentState, attempt: number, style: SummaryStyle): string | undefined {
  const timer = state.timers.find((t) => t.name.startsWith("stage-retry:"));
  if (!timer) return undefined;
  const stage = state.stages.findLast((s) => s.region === timer.region)?.stage;
  return `**Retrying** ${stage ? `\`${stage}\` ` : ""}as attempt ${attempt + 1} ${whenText(timer.due, style.now)}.`;
}

/**
 * ` · queued at 10:00:02 (waited 2m 28s)` for a run whose trigger waited behind another run: the
 * queue's note in the history (written by `concurrency.ts` when the trigger arrived) has its time.
 */
function queuedText(state: DeploymentState, style: SummaryStyle): string {
  const run = state.run;
  if (!run) return "";
  const queued = state.history.findLast(
    (h) =>
      h.runId !== run.id &&
      h.event === "deploy" &&
      h.from === h.to &&
      h.at <= run.startedAt &&
      h.note?.startsWith(`queued ${shortVersion(run.version)} `),
  );
  if (!queued) return "";
  return ` · queued ${exactTime(queued.at, style.now)} (waited ${durationBetween(queued.at, run.startedAt)})`;
}

function triggers(count: number): string {
  return `${count} older trigger${count === 1 ? "" : "s"}`;
}
