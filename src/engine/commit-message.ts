import type { DeploymentState, HistoryEntry } from "../core/deployment-state.ts";
import type { FerryEvent } from "../core/ferry-event.ts";
import { shortVersion } from "../core/short-version.ts";
import { moveTrailer, runFacts } from "./move-trailer.ts";

export interface AppliedEvent {
  readonly deployment: string;
  readonly event: FerryEvent;
  readonly transitions: readonly HistoryEntry[];
}

/**
 * The commit message for one write to the state branch, read as an audit log. The subject reads as
 * a transition only when the state moved: `web: deploying → deployed (run 42, abc1234)`, with the
 * run named where one run ended and the next began (`health_checking → rollback_needed (run 2,
 * 8d15309) → rolling_back (run 3, ea861e2)`) and each region named in a multi-region lifecycle.
 * Otherwise it says what happened where: `web: install started in installing (run 42, abc1234)`.
 * A body line per event; `Ferry-Event`, `Ferry-Delivery` and `Ferry-Actor` trailers per event, and a
 * `Ferry-Move` trailer per move, which `ferry history` reads.
 */
export function commitMessage(applied: readonly AppliedEvent[], states: ReadonlyMap<string, DeploymentState>): string {
  const byDeployment = new Map<string, AppliedEvent[]>();
  for (const a of applied) byDeployment.set(a.deployment, [...(byDeployment.get(a.deployment) ?? []), a]);
  const parts: string[] = [];
  const moves: string[] = [];
  for (const [deployment, events] of byDeployment) {
    const state = states.get(deployment);
    const transitions = events.flatMap((a) => a.transitions);
    const moved = transitions.filter((t) => t.from !== t.to);
    for (const move of moved) moves.push(moveTrailer(deployment, move, state));
    parts.push(`${deployment}: ${moved.length > 0 ? movesText(moved, state) : happenedText(events, state)}`);
  }
  const subject = `${parts.join("; ")} [skip ci]`;
  const body = applied.map((a) => {
    const steps = a.transitions.map((t) => `${t.from} → ${t.to}${t.note ? ` (${t.note})` : ""}`).join(", ");
    return `- ${a.deployment}: ${eventName(a.event)} by ${a.event.actor} (${a.event.cause})${steps ? `: ${steps}` : ""}`;
  });
  const trailers = applied.flatMap((a) => [
    `Ferry-Event: ${oneLine(eventName(a.event))} ${a.deployment}`,
    `Ferry-Delivery: ${oneLine(a.event.id)}`,
    `Ferry-Actor: ${oneLine(a.event.actor)}`,
  ]);
  return [subject, "", ...body, "", ...trailers, ...moves, ""].join("\n");
}

/**
 * The moves of one deployment, per region: `a → c (run 1, abc1234)` when one run made them all
 * (intermediate states of the same run are left to the body), split where the run changes.
 */
function movesText(moved: readonly HistoryEntry[], state: DeploymentState | undefined): string {
  const multi = state ? Object.keys(state.regions).length > 1 : new Set(moved.map((m) => m.region)).size > 1;
  const oneRun = new Set(moved.map((m) => m.runId)).size === 1;
  // Regions in the lifecycle's order, which is the order events reach them.
  const order = [...Object.keys(state?.regions ?? {}), ...moved.map((m) => m.region)];
  const chains = [...new Set(order)]
    .filter((r) => moved.some((m) => m.region === r))
    .map((region) => {
      let text = "";
      let last: HistoryEntry | undefined;
      for (const segment of segmentsOf(moved.filter((m) => m.region === region))) {
        const [first, end] = [segment[0], segment.at(-1)];
        if (!first || !end) continue;
        const run = oneRun ? "" : runText(state, end.runId);
        // A segment that starts where the previous one ended continues the same arrow.
        text +=
          last && last.to === first.from ? ` → ${end.to}${run}` : `${text ? ", " : ""}${first.from} → ${end.to}${run}`;
        last = end;
      }
      return `${multi ? `${region}: ` : ""}${text}`;
    });
  return `${chains.join(", ")}${oneRun ? runText(state, moved[0]?.runId) : ""}`;
}

/** Consecutive moves of one run that follow each other; a new run or a gap starts a new segment. */
function segmentsOf(moves: readonly HistoryEntry[]): HistoryEntry[][] {
  const segments: HistoryEntry[][] = [];
  for (const move of moves) {
    const current = segments.at(-1);
    const previous = current?.at(-1);
    if (current && previous && previous.runId === move.runId && previous.to === move.from) current.push(move);
    else segments.push([move]);
  }
  return segments;
}

/** No state moved: what happened (a stage dispatched or started, a note) and where the deployment stands. */
function happenedText(events: readonly AppliedEvent[], state: DeploymentState | undefined): string {
  const notes = events.flatMap((a) => a.transitions.map((t) => t.note).filter((n): n is string => Boolean(n)));
  const phrases = notes.length > 0 ? notes : events.map((a) => eventPhrase(a.event));
  const where = state
    ? Object.entries(state.regions)
        .map(([name, r]) => (Object.keys(state.regions).length > 1 ? `${name}: ${r.state}` : r.state))
        .join(", ")
    : "?";
  return `${[...new Set(phrases)].join("; ")} in ${where}${runText(state, state?.run?.id)}`;
}

/** `install started`, `install dispatched`, `pause`, `timer drop-after`. */
function eventPhrase(event: FerryEvent): string {
  if ("stage" in event) return `${event.stage.stage} ${event.type.replace(/^stage\./, "")}`;
  if (event.type === "timer") return `timer ${event.timer.name}`;
  if (event.type === "signal") return `signal ${event.signal}`;
  return eventName(event);
}

/** ` (run 3, ea861e2)`, or ` (run 3)` when the version is not known, or nothing without a run. */
function runText(state: DeploymentState | undefined, runId: number | undefined): string {
  if (runId === undefined) return "";
  const version = state ? runFacts(state, runId).version : undefined;
  return ` (run ${runId}${version ? `, ${shortVersion(version)}` : ""})`;
}

/** A lifecycle's own event is named by its name (`promote`), not by its kind. */
function eventName(event: FerryEvent): string {
  return event.type === "custom" ? event.name : event.type;
}

/** A trailer value on one line: a line break in an actor's name would end the trailer block for every reader. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\u2028\u2029]+/g, " ");
}
