/**
 * The fleet section of a deployment's page (check run, local report): the rollout, the current
 * batch, counts by status and by update state, and the failed or degraded instances with their
 * last message. From the fleet record on `ferry/state`, so it shows the inventory as it stood at
 * the last deployment-level change (heartbeats are not commits; `GET …/instances` is live).
 */
import type { FleetRecord } from "./fleet-record.ts";
import { shortVersion } from "./short-version.ts";

const STATUS_ORDER = ["HEALTHY", "DEGRADED", "FAILED", "UNKNOWN"] as const;
const UPDATE_ORDER = ["completed", "in-progress", "needing-update", "failed", "not-needed"] as const;

export function fleetSummaryLines(record: FleetRecord): string[] {
  const rollout = record.state.rollout;
  const summary = record.summary;
  const lines = ["#### Fleet", ""];
  if (rollout === null) lines.push("No rollout yet.");
  else {
    const from = rollout.from ? ` from \`${shortVersion(rollout.from)}\`` : "";
    lines.push(
      `**${rollout.kind === "rollback" ? "Rollback" : "Rollout"}** of \`${shortVersion(rollout.version)}\`${from}: ${rollout.phase}, batch ${rollout.batches}.`,
    );
  }
  if (summary === null) return [...lines, ""];
  const counted = (order: readonly string[], counts: Readonly<Record<string, number>>) =>
    order
      .filter((k) => (counts[k] ?? 0) > 0)
      .map((k) => `${counts[k] ?? 0} ${k}`)
      .join(" · ") || "none";
  lines.push(
    "",
    `**${summary.total} instances** — by status: ${counted(STATUS_ORDER, summary.byStatus)}; by update: ${counted(UPDATE_ORDER, summary.byUpdate)}.`,
  );
  if (summary.problems.length > 0) {
    lines.push("", "| instance | status | last message |", "| --- | --- | --- |");
    for (const p of summary.problems) lines.push(`| \`${p.id}\` | ${p.status} | ${cell(p.message ?? "")} |`);
    if (summary.moreProblems > 0) lines.push("", `…and ${summary.moreProblems} more failed or degraded.`);
  }
  return [...lines, "", `<sub>Fleet as of ${summary.at}; live: \`GET /ferry/v1/deployments/…/instances\`.</sub>`, ""];
}

/** A message in a table cell: one line, no pipes, bounded. */
function cell(text: string): string {
  const one = text.replace(/[\r\n]+/g, " ").replace(/\|/g, "\\|");
  return one.length > 120 ? `${one.slice(0, 119)}…` : one;
}
