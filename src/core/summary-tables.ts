import { actorText, type ActorStyle } from "./actor-text.ts";
import type { HistoryEntry, StageApproval, StageResult } from "./deployment-state.ts";
import { clockTime, durationBetween } from "./human-time.ts";

/** How a summary writes times and actors: relative to `now` (the report's event time), in one actor style. */
export interface SummaryStyle {
  readonly now: string;
  readonly actors: ActorStyle;
}

/** A run's transitions: when (UTC), the move, the event, who, and how long the state lasted. */
export function transitionTable(entries: readonly HistoryEntry[], style: SummaryStyle): string[] {
  const multi = new Set(entries.map((e) => e.region)).size > 1;
  const rows = entries.map((e, i) => {
    const next = entries.slice(i + 1).find((n) => n.region === e.region);
    const lasted = next ? durationBetween(e.at, next.at) : "";
    const move = e.from === e.to ? `${e.to}` : `${e.from} → ${e.to}`;
    const event = `${e.event}${e.note ? ` (${oneLine(e.note)})` : ""}`;
    return `| ${clockTime(e.at, style.now)} | ${multi ? `${e.region} | ` : ""}${move} | ${event} | ${actorText(e.actor, style.actors)} | ${lasted} |`;
  });
  return [
    `| time (UTC) | ${multi ? "region | " : ""}state | event | by | time in state |`,
    `|---|${multi ? "---|" : ""}---|---|---|---|`,
    ...rows,
  ];
}

/** A run's stage attempts: when each started (UTC), how long it took, its result and its log. */
export function stageTable(stages: readonly StageResult[], style: SummaryStyle): string[] {
  const rows = stages.map((s) => {
    const took = s.finishedAt ? durationBetween(s.startedAt, s.finishedAt) : "";
    const link = s.url ? `[log](${s.url})` : "";
    const message = s.message ?? (s.approval ? approvalLine(s.approval, style.actors) : "");
    return `| ${s.stage} | ${s.attempt} | ${icon(s.status)} ${s.status} | ${clockTime(s.startedAt, style.now)} | ${took} | ${oneLine(message)} | ${link} |`;
  });
  return [
    "| stage | attempt | result | started (UTC) | took | message | log |",
    "|---|---|---|---|---|---|---|",
    ...rows,
  ];
}

function approvalLine(approval: StageApproval, actors: ActorStyle): string {
  if (approval.state === "waiting") return `awaiting approval in ${approval.environment}`;
  const by = approval.by ? ` by ${actorText(approval.by, actors)}` : "";
  return `${approval.state}${by} in ${approval.environment}${approval.comment ? `: ${approval.comment}` : ""}`;
}

export function icon(status: StageResult["status"]): string {
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

/** One line of text that cannot break a table row. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
