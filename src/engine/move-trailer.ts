import type { DeploymentState, HistoryEntry, RunKind } from "../core/deployment-state.ts";
import type { RecordedMove } from "../core/run-outcome.ts";

/**
 * The trailer that records one lifecycle move in a state-branch commit, as one line of JSON, so
 * `ferry history` reads structured facts (from, to, event, run, version, error) instead of parsing
 * subjects written for people.
 */
export const MOVE_TRAILER = "Ferry-Move";

/** An error message in a trailer is cut here; the state file and the check run keep the whole one. */
const TRAILER_MESSAGE_MAX = 300;

/** The trailer value for one move of `deployment`, with the run's version and kind and the error it recorded. */
export function moveTrailer(deployment: string, move: HistoryEntry, state: DeploymentState | undefined): string {
  const run = move.runId !== undefined && state ? runFacts(state, move.runId) : {};
  const error =
    state?.error && state.error.runId === move.runId && state.error.at === move.at
      ? {
          step: state.error.step,
          state: state.error.state,
          message: clip(state.error.message.replace(/\s+/g, " ").trim(), TRAILER_MESSAGE_MAX),
        }
      : undefined;
  const record: RecordedMove = {
    deployment,
    at: move.at,
    region: move.region,
    from: move.from,
    to: move.to,
    event: move.event,
    actor: move.actor,
    ...(move.runId !== undefined ? { run: move.runId } : {}),
    ...run,
    ...(error ? { error } : {}),
  };
  // JSON leaves U+2028/U+2029 as they are; escaped, the trailer stays one line for every reader.
  const line = JSON.stringify(record).replace(/[\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
  return `${MOVE_TRAILER}: ${line}`;
}

/** The moves a commit's trailers record for `deployment`; values that are not a move are skipped. */
export function movesOf(trailers: Readonly<Record<string, readonly string[]>>, deployment: string): RecordedMove[] {
  const moves: RecordedMove[] = [];
  for (const value of trailers[MOVE_TRAILER] ?? []) {
    const move = parseMove(value);
    if (move?.deployment === deployment) moves.push(move);
  }
  return moves;
}

function parseMove(value: string): RecordedMove | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null) return undefined;
  const m = parsed as Record<string, unknown>;
  const text = (key: string): string | undefined => (typeof m[key] === "string" ? m[key] : undefined);
  const [deployment, at, region, from, to, event, actor] = [
    "deployment",
    "at",
    "region",
    "from",
    "to",
    "event",
    "actor",
  ].map(text);
  if (!deployment || !at || !region || !from || !to || !event) return undefined;
  const run = typeof m["run"] === "number" && Number.isInteger(m["run"]) ? m["run"] : undefined;
  const kind = m["kind"] === "deploy" || m["kind"] === "rollback" ? (m["kind"] as RunKind) : undefined;
  const version = text("version");
  const e = m["error"] as Record<string, unknown> | undefined;
  const error =
    typeof e === "object" && e !== null && typeof e["step"] === "string" && typeof e["message"] === "string"
      ? { step: e["step"], state: typeof e["state"] === "string" ? e["state"] : from, message: e["message"] }
      : undefined;
  return {
    deployment,
    at,
    region,
    from,
    to,
    event,
    actor: actor ?? "",
    ...(run !== undefined ? { run } : {}),
    ...(kind ? { kind } : {}),
    ...(version ? { version } : {}),
    ...(error ? { error } : {}),
  };
}

/** The version and kind of run `id` as the state after the commit knows them. */
export function runFacts(state: DeploymentState, id: number): { version?: string; kind?: RunKind } {
  const run = state.run;
  if (run?.id === id) return { version: run.version, kind: run.kind };
  // A rollback run that started in the same batch undoes the run before it: that run deployed `from`.
  if (run?.kind === "rollback" && run.from && state.rolledBack?.runId === run.id && id === run.id - 1)
    return { version: run.from };
  const good = state.good.find((g) => g.runId === id);
  return good ? { version: good.version } : {};
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
