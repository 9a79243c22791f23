import type { HistoryEntry } from "../core/deployment-state.ts";
import type { EventOutcome } from "../engine/event-outcome.ts";

/** Marks ferry's comments so people (and ferry) can tell them from others. */
export const COMMENT_MARK = "<!-- ferry -->";

/** GitHub rejects comments longer than this. */
const COMMENT_LIMIT = 65_536;

/** What happened to a deployment, in one line a person reads on a pull request. */
export function describeOutcome(outcome: EventOutcome): string {
  const name = `\`${outcome.deployment}\``;
  switch (outcome.kind) {
    case "applied":
      return `✅ ${name}: ${describeTransitions(outcome.transitions)}`;
    case "refused":
      return `❌ ${name}: refused (${outcome.reason}): ${outcome.detail}`;
    case "blocked":
      return `⛔ ${name}: blocked: ${outcome.detail}`;
    case "unknown-deployment":
      return `❔ ${name}: ferry has no valid manifest for this deployment`;
    case "duplicate":
      return `↩️ ${name}: already done (this event was handled before)`;
  }
}

function describeTransitions(transitions: readonly HistoryEntry[]): string {
  if (transitions.length === 0) return "accepted";
  const moves = transitions.map((t) =>
    t.from === t.to ? `${t.to}${t.note ? ` (${t.note})` : ""}` : `${t.from} → ${t.to}${t.note ? ` (${t.note})` : ""}`,
  );
  const run = transitions.findLast((t) => t.runId !== undefined)?.runId;
  return `${moves.join(", ")}${run === undefined ? "" : ` — run ${run}`}`;
}

/** A whole comment: a heading line and one line per outcome or note, within GitHub's length limit. */
export function commentBody(heading: string, lines: readonly string[]): string {
  const body = [COMMENT_MARK, heading, "", ...lines.map((l) => `- ${l}`)].join("\n");
  return body.length <= COMMENT_LIMIT ? body : body.slice(0, COMMENT_LIMIT - 2) + "…";
}

/** Whether any outcome changed something or refused: duplicates alone mean another delivery already answered. */
export function worthTelling(outcomes: readonly EventOutcome[]): boolean {
  return outcomes.some((o) => o.kind !== "duplicate");
}
