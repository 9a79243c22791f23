import type { DeploymentState, HistoryEntry, StageApproval, StageResult } from "./deployment-state.ts";
import { lifecycleMermaid } from "./lifecycle-mermaid.ts";
import { shortVersion } from "./short-version.ts";
import { reportStatusOf, type Lifecycle, type ReportStatus } from "./lifecycle.ts";
import { defined } from "./defined.ts";

/** The status a surface shows for a deployment: its state's, failure when an error is recorded, neutral when held. */
export function deploymentStatus(lifecycle: Lifecycle, state: DeploymentState): ReportStatus {
  const statuses = Object.entries(state.regions).map(([region, r]) =>
    reportStatusOf(defined(lifecycle.regions[region]?.states[r.state], `state ${r.state} of region ${region}`)),
  );
  if (statuses.includes("in_progress") || statuses.includes("queued")) return state.hold ? "neutral" : "in_progress";
  if (statuses.includes("failure")) return "failure";
  if (state.error && state.error.runId === state.run?.id && state.run?.kind !== "rollback") return "failure";
  if (state.hold) return "neutral";
  if (statuses.includes("action_required")) return "action_required";
  if (statuses.includes("neutral")) return "neutral";
  return "success";
}

/** One line for a deployment's state: `running on abc1234 (run 3, rollback)`. */
export function stateLine(state: DeploymentState): string {
  const regions = Object.entries(state.regions);
  const [only] = regions;
  const where = only && regions.length === 1 ? only[1].state : regions.map(([n, r]) => `${n}: ${r.state}`).join(", ");
  const run = state.run
    ? ` on ${shortVersion(state.run.version)} (run ${state.run.id}${state.run.attempt > 1 ? `, attempt ${state.run.attempt}` : ""}${state.run.kind === "rollback" ? ", rollback" : ""})`
    : "";
  const waiting = awaitingApproval(state)?.approval;
  return `${where}${run}${state.hold ? " — paused" : ""}${waiting ? ` — awaiting approval in ${waiting.environment}` : ""}`;
}

/** The current run's stage whose job waits for an environment's required reviewers, if one does. */
export function awaitingApproval(state: DeploymentState): StageResult | undefined {
  const run = state.run;
  if (!run) return undefined;
  return state.stages.findLast(
    (s) =>
      s.runId === run.id && (s.status === "dispatching" || s.status === "running") && s.approval?.state === "waiting",
  );
}

/**
 * The Markdown a check run shows: the state, the run's cause, actor and version, this run's
 * transitions with times and durations, stage results with links, the error, the queue, and
 * the lifecycle as a Mermaid diagram with the current state highlighted.
 */
export function deploymentSummary(lifecycle: Lifecycle, state: DeploymentState, blocked?: string): string {
  const lines: string[] = [];
  if (blocked) lines.push(`> [!CAUTION]`, `> **Blocked.** ${blocked}`, "");
  lines.push(`**State:** ${stateLine(state)}`, "");
  const run = state.run;
  if (run) {
    const from = run.from ? ` (rolling back from \`${shortVersion(run.from)}\`)` : "";
    const coalesced = run.coalesced ? ` · ${triggers(run.coalesced)} coalesced into it` : "";
    lines.push(
      `**Run ${run.id}** · ${run.kind} of \`${shortVersion(run.version)}\`${from} · caused by ${run.cause} · by @${run.actor} · attempt ${run.attempt} · started ${run.startedAt}${coalesced}`,
      "",
    );
  }
  if (state.error) {
    lines.push(
      `> [!WARNING]`,
      `> **${state.error.step} failed** in \`${state.error.state}\` at ${state.error.at}: ${oneLine(state.error.message)}`,
      "",
    );
  }
  if (state.hold)
    lines.push(
      `**Paused** by @${state.hold.actor} at ${state.hold.at}. The running stage may finish; nothing new starts until resume.`,
      "",
    );
  const waiting = awaitingApproval(state);
  if (waiting?.approval) lines.push(...approvalNotice(state, waiting, waiting.approval), "");
  if (state.rolledBack)
    lines.push(
      `**Rolled back:** \`${shortVersion(state.rolledBack.version)}\` was rolled back in run ${state.rolledBack.runId}; merges and pushes will not redeploy it. A new commit or an explicit deploy will.`,
      "",
    );
  if (state.queue.length > 0) {
    const queued = state.queue.map(
      (q) =>
        `\`${shortVersion(q.version)}\` (${q.cause} by @${q.actor}${q.coalesced ? `; ${triggers(q.coalesced)} coalesced` : ""})`,
    );
    lines.push(
      `**Queued (${state.queue.length}):** ${queued.join(", ")}. A newer trigger supersedes the ones queued before it.`,
      "",
    );
  }
  const transitions = run ? state.history.filter((h) => h.runId === run.id) : state.history;
  if (transitions.length > 0) lines.push("### Transitions", "", ...transitionTable(transitions), "");
  const retry = run ? pendingRetry(state, run.attempt) : undefined;
  if (retry) lines.push(retry, "");
  const stages = run ? state.stages.filter((s) => s.runId === run.id) : [];
  if (stages.length > 0) lines.push("### Stages", "", ...stageTable(stages), "");
  const current = Object.fromEntries(Object.entries(state.regions).map(([name, r]) => [name, r.state]));
  lines.push("### Lifecycle", "", "```mermaid", lifecycleMermaid(lifecycle, { current }), "```");
  return lines.join("\n");
}

/** Who may let the held job go, and where: GitHub's required reviewers decide, on the run's page. */
function approvalNotice(state: DeploymentState, stage: StageResult, approval: StageApproval): string[] {
  const who =
    approval.reviewers.length > 0
      ? `May approve: ${approval.reviewers.map((r) => `@${r}`).join(", ")}.`
      : "A required reviewer of the environment may approve.";
  const where = stage.url ? ` Review it on [the workflow run](${stage.url}).` : "";
  const timer = state.timers.find((t) => t.name === `stage-approval:${stage.region}`);
  return [
    `> [!IMPORTANT]`,
    `> **Awaiting approval in ${approval.environment}** since ${approval.since}: \`${stage.stage}\` waits for a required reviewer. ${who}${where}`,
    `> The stage's deadline is suspended while it waits${timer ? `; the approval times out at ${timer.due}` : ""}.`,
  ];
}

/** A stage waiting out its retry backoff: the failed attempt is in the table, the next one is due. */
function pendingRetry(state: DeploymentState, attempt: number): string | undefined {
  const timer = state.timers.find((t) => t.name.startsWith("stage-retry:"));
  if (!timer) return undefined;
  const stage = state.stages.findLast((s) => s.region === timer.region)?.stage;
  return `**Retrying** ${stage ? `\`${stage}\` ` : ""}as attempt ${attempt + 1} at ${timer.due}.`;
}

function transitionTable(entries: readonly HistoryEntry[]): string[] {
  const multi = new Set(entries.map((e) => e.region)).size > 1;
  const rows = entries.map((e, i) => {
    const next = entries.slice(i + 1).find((n) => n.region === e.region);
    const duration = next ? formatDuration(Date.parse(next.at) - Date.parse(e.at)) : "";
    const move = e.from === e.to ? `${e.to}` : `${e.from} → ${e.to}`;
    return `| ${e.at} | ${multi ? `${e.region} | ` : ""}${move} | ${e.event}${e.note ? ` (${oneLine(e.note)})` : ""} | @${e.actor} | ${duration} |`;
  });
  return [
    `| time | ${multi ? "region | " : ""}state | event | actor | time in state |`,
    `|---|${multi ? "---|" : ""}---|---|---|---|`,
    ...rows,
  ];
}

function stageTable(stages: readonly StageResult[]): string[] {
  const rows = stages.map((s) => {
    const took = s.finishedAt ? formatDuration(Date.parse(s.finishedAt) - Date.parse(s.startedAt)) : "";
    const link = s.url ? `[job](${s.url})` : "";
    const message = s.message ?? (s.approval ? approvalLine(s.approval) : "");
    return `| ${s.stage} | ${s.attempt} | ${icon(s.status)} ${s.status} | ${took} | ${oneLine(message)} | ${link} |`;
  });
  return ["| stage | attempt | result | took | message | log |", "|---|---|---|---|---|---|", ...rows];
}

function approvalLine(approval: StageApproval): string {
  if (approval.state === "waiting") return `awaiting approval in ${approval.environment}`;
  const by = approval.by ? ` by @${approval.by}` : "";
  return `${approval.state}${by} in ${approval.environment}${approval.comment ? `: ${approval.comment}` : ""}`;
}

function icon(status: StageResult["status"]): string {
  return {
    dispatching: "⏳",
    running: "🔄",
    succeeded: "✅",
    failed: "❌",
    "timed-out": "⌛",
    cancelled: "⏹️",
    skipped: "⏭️",
    retrying: "🔁",
  }[status];
}

function triggers(count: number): string {
  return `${count} older trigger${count === 1 ? "" : "s"}`;
}

function formatDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "";
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m}m ${s % 60}s` : `${Math.floor(m / 60)}h ${m % 60}m`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
