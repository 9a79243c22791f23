import type { RunKind } from "./deployment-state.ts";
import { reportStatusOf, type Lifecycle, type ReportStatus } from "./lifecycle.ts";

/** One lifecycle move as the state branch records it (trailer `Ferry-Move`, see `src/engine/move-trailer.ts`). */
export interface RecordedMove {
  readonly deployment: string;
  readonly at: string;
  readonly region: string;
  readonly from: string;
  readonly to: string;
  readonly event: string;
  readonly actor: string;
  readonly run?: number;
  readonly kind?: RunKind;
  readonly version?: string;
  /** The error this move recorded for its run. */
  readonly error?: { readonly step: string; readonly state: string; readonly message: string };
}

/**
 * How a run ended, as `ferry history` shows it. `rolled-back`: a rollback run undid it (after its
 * failure, or on request); `failed`: it ended in failure and nothing undid it; `cancelled`: a newer
 * run started before it came to rest; `neutral`: it came to rest in a state that is neither good nor
 * bad (paused, stopped); `waiting`: it waits for a person; `in-progress`: it has not ended yet.
 */
export const RUN_OUTCOMES = [
  "succeeded",
  "failed",
  "rolled-back",
  "cancelled",
  "neutral",
  "waiting",
  "in-progress",
] as const;
export type RunOutcome = (typeof RUN_OUTCOMES)[number];

/** The outcome of every run the moves mention, by run id; the moves may come in any order. */
export function runOutcomes(lifecycle: Lifecycle | undefined, moves: readonly RecordedMove[]): Map<number, RunOutcome> {
  const byRun = new Map<number, RecordedMove[]>();
  for (const move of [...moves].sort((a, b) => a.at.localeCompare(b.at))) {
    if (move.run === undefined) continue;
    byRun.set(move.run, [...(byRun.get(move.run) ?? []), move]);
  }
  const ids = [...byRun.keys()].sort((a, b) => a - b);
  const outcomes = new Map<number, RunOutcome>();
  for (const [i, id] of ids.entries()) {
    const own = byRun.get(id) ?? [];
    const next = ids[i + 1];
    const nextKind = next === undefined ? undefined : byRun.get(next)?.find((m) => m.kind)?.kind;
    outcomes.set(id, outcomeOf(lifecycle, own, next !== undefined, nextKind, own.find((m) => m.kind)?.kind));
  }
  return outcomes;
}

function outcomeOf(
  lifecycle: Lifecycle | undefined,
  moves: readonly RecordedMove[],
  followed: boolean,
  nextKind: RunKind | undefined,
  kind: RunKind | undefined,
): RunOutcome {
  if (nextKind === "rollback" && kind !== "rollback") return "rolled-back";
  const last = new Map<string, RecordedMove>();
  for (const m of moves) last.set(m.region, m);
  const statuses = [...last.values()].map((m) => statusOf(lifecycle, m.region, m.to));
  const lastError = moves.findLastIndex((m) => m.error !== undefined);
  const lastGood = moves.findLastIndex((m) => statusOf(lifecycle, m.region, m.to) === "success");
  if (statuses.includes("failure") || (lastError >= 0 && lastError >= lastGood)) return "failed";
  if (statuses.some((s) => s === "in_progress" || s === "queued" || s === undefined))
    return followed ? "cancelled" : "in-progress";
  if (statuses.includes("action_required")) return followed ? "cancelled" : "waiting";
  if (statuses.includes("neutral")) return "neutral";
  return "succeeded";
}

/** The check-run status of a state, or undefined when the lifecycle (as it is now) no longer has it. */
function statusOf(lifecycle: Lifecycle | undefined, region: string, state: string): ReportStatus | undefined {
  const def = lifecycle?.regions[region]?.states[state];
  return def ? reportStatusOf(def) : undefined;
}
