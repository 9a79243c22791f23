import type { DeploymentState, HistoryEntry } from "../core/deployment-state.ts";
import type { FerryEvent } from "../core/ferry-event.ts";
import { shortVersion } from "../core/short-version.ts";

export interface AppliedEvent {
  readonly deployment: string;
  readonly event: FerryEvent;
  readonly transitions: readonly HistoryEntry[];
}

/**
 * The commit message for one write to the state branch, read as an audit log:
 * `web-production: deploying → deployed (run 42, abc1234) [skip ci]`, a body line per event,
 * and `Ferry-Event`, `Ferry-Delivery` and `Ferry-Actor` trailers, one set per event.
 */
export function commitMessage(applied: readonly AppliedEvent[], states: ReadonlyMap<string, DeploymentState>): string {
  const byDeployment = new Map<string, HistoryEntry[]>();
  for (const a of applied)
    byDeployment.set(a.deployment, [...(byDeployment.get(a.deployment) ?? []), ...a.transitions]);
  const parts: string[] = [];
  for (const [deployment, transitions] of byDeployment) {
    const state = states.get(deployment);
    const run = state?.run ? ` (run ${state.run.id}, ${shortVersion(state.run.version)})` : "";
    const moves = transitions.filter((t) => t.from !== t.to);
    const [first, last] = [moves[0], moves.at(-1)];
    if (first && last) {
      parts.push(`${deployment}: ${first.from} → ${last.to}${run}`);
    } else {
      const current = state
        ? Object.values(state.regions)
            .map((r) => r.state)
            .join("+")
        : "?";
      const notes = transitions.map((t) => t.note).filter(Boolean);
      parts.push(`${deployment}: ${current}${run}${notes.length > 0 ? ` — ${notes.join("; ")}` : ""}`);
    }
  }
  const subject = `${parts.join("; ")} [skip ci]`;
  const body = applied.map((a) => {
    const moves = a.transitions.map((t) => `${t.from} → ${t.to}${t.note ? ` (${t.note})` : ""}`).join(", ");
    return `- ${a.deployment}: ${eventName(a.event)} by ${a.event.actor} (${a.event.cause})${moves ? `: ${moves}` : ""}`;
  });
  const trailers = applied.flatMap((a) => [
    `Ferry-Event: ${eventName(a.event)} ${a.deployment}`,
    `Ferry-Delivery: ${a.event.id}`,
    `Ferry-Actor: ${a.event.actor}`,
  ]);
  return [subject, "", ...body, "", ...trailers, ""].join("\n");
}

/** A lifecycle's own event is named by its name (`promote`), not by its kind. */
function eventName(event: FerryEvent): string {
  return event.type === "custom" ? event.name : event.type;
}
