import { Command } from "commander";
import { systemClock } from "../../adapters/local/system-clock.ts";
import type { RunKind } from "../../core/deployment-state.ts";
import { whenText } from "../../core/human-time.ts";
import { runOutcomes, type RecordedMove, type RunOutcome } from "../../core/run-outcome.ts";
import { shortVersion } from "../../core/short-version.ts";
import { movesOf } from "../../engine/move-trailer.ts";
import type { HistoryCommit } from "../../ports/state-store.ts";
import type { CliIo } from "../cli-io.ts";
import { formatTable } from "../format-table.ts";
import { LocalSession } from "../local/local-session.ts";
import { numericOption } from "../numeric-option.ts";

/** Bounds of `history -n`: more than anyone reads, and small enough for git's `-n` after the bookkeeping margin below. */
export const HISTORY_LIMIT = { min: 1, max: 10_000, default: 50 } as const;

/** One row of `ferry history`: a lifecycle move (or, with `--all`, a bookkeeping commit) and its run's outcome. */
export interface HistoryRow {
  readonly at: string;
  readonly commit: string;
  readonly region: string | null;
  readonly from: string | null;
  readonly to: string | null;
  readonly event: string | null;
  readonly actor: string | null;
  readonly run: number | null;
  readonly kind: RunKind | null;
  readonly version: string | null;
  /** How the run this move belongs to ended (or stands), judged from every move read. */
  readonly outcome: RunOutcome | null;
  readonly error: { readonly step: string; readonly state: string; readonly message: string } | null;
  /** With `--all`, what a commit without a move recorded (its subject). */
  readonly note?: string;
}

/** `ferry history <deployment>`: each move with its run, version, event and the run's outcome, newest first. */
export function historyCommand(io: CliIo, repo: () => string): Command {
  return new Command("history")
    .description("the moves of a deployment, with each run's outcome, from the state branch's git log")
    .argument("<deployment>")
    .option("--json", "print JSON for scripts")
    .option(
      "-n, --limit <count>",
      `how many transitions (${HISTORY_LIMIT.min} to ${HISTORY_LIMIT.max})`,
      numericOption({ ...HISTORY_LIMIT, integer: true, unit: "transitions" }),
      HISTORY_LIMIT.default,
    )
    .option("--all", "include commits that only record stage bookkeeping (dispatched, started)")
    .action(async (deployment: string, options: { json?: boolean; limit: number; all?: boolean }) => {
      const session = await LocalSession.open(repo(), io);
      const limit = options.limit;
      // Bookkeeping commits record a stage's runner id or start; they are audit, not moves: read a margin more.
      const commits = await session.store.history(deployment, options.all ? limit : limit * 4);
      await session.catalogAtTip().catch(() => undefined);
      const lifecycle = (await session.catalog.get(deployment))?.lifecycle;
      const rows = historyRows(commits, deployment, options.all === true);
      const outcomes = runOutcomes(
        lifecycle,
        rows.flatMap((r) => (r.move ? [r.move] : [])),
      );
      const shown: HistoryRow[] = rows
        .slice(0, limit)
        .map((r) => ({ ...r.row, outcome: r.row.run === null ? null : (outcomes.get(r.row.run) ?? null) }));
      if (shown.length === 0) await session.requireDeployment(deployment);
      if (options.json) return io.out(JSON.stringify(shown, null, 2));
      if (shown.length === 0) return io.out(`${deployment} has no recorded transitions yet`);
      io.out(historyTable(shown, systemClock.now()));
    });
}

/** Rows from commits, newest first: the moves their `Ferry-Move` trailers record, or their subject for older commits. */
function historyRows(
  commits: readonly HistoryCommit[],
  deployment: string,
  all: boolean,
): { row: HistoryRow; move?: RecordedMove }[] {
  const rows: { row: HistoryRow; move?: RecordedMove }[] = [];
  for (const commit of commits) {
    const moves = movesOf(commit.trailers, deployment);
    const recorded = moves.length > 0 ? moves : subjectMoves(commit, deployment);
    for (const move of [...recorded].reverse()) rows.push({ row: rowOf(commit.sha, move), move });
    if (recorded.length === 0 && all) rows.push({ row: noteRow(commit) });
  }
  return rows;
}

function rowOf(commit: string, m: RecordedMove): HistoryRow {
  return {
    at: m.at,
    commit,
    region: m.region,
    from: m.from,
    to: m.to,
    event: m.event,
    actor: m.actor || null,
    run: m.run ?? null,
    kind: m.kind ?? null,
    version: m.version ?? null,
    outcome: null,
    error: m.error ?? null,
  };
}

function noteRow(commit: HistoryCommit): HistoryRow {
  return {
    at: commit.at,
    commit: commit.sha,
    region: null,
    from: null,
    to: null,
    event: commit.trailers["Ferry-Event"]?.[0]?.split(" ")[0] ?? null,
    actor: commit.trailers["Ferry-Actor"]?.[0] ?? null,
    run: null,
    kind: null,
    version: null,
    outcome: null,
    error: null,
    note: commit.subject.replace(/ \[skip ci\]$/, ""),
  };
}

/**
 * Commits written before `Ferry-Move` trailers existed say `web: a → b (run 1, abc1234)` in their
 * subject; that much is read back, so old history still shows its moves and runs.
 */
function subjectMoves(commit: HistoryCommit, deployment: string): RecordedMove[] {
  const escaped = deployment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const match = new RegExp(`(?:^|; )${escaped}: (\\S+) → (\\S+) \\(run (\\d+), (\\w+)\\)`).exec(commit.subject);
  if (!match) return [];
  const [, from = "", to = "", run = "", version = ""] = match;
  const event = (commit.trailers["Ferry-Event"] ?? []).find((e) => e.endsWith(` ${deployment}`))?.split(" ")[0];
  return [
    { deployment, at: commit.at, region: "main", from, to, event: event ?? "", actor: "", run: Number(run), version },
  ];
}

function historyTable(rows: readonly HistoryRow[], now: string): string {
  const regions = new Set(rows.map((r) => r.region).filter(Boolean)).size > 1;
  const body = rows.map((r) => {
    const run = r.run === null ? "" : `${r.run}${r.kind === "rollback" ? " (rollback)" : ""}`;
    const move = r.from === null ? (r.note ?? "") : r.from === r.to ? r.to : `${r.from} → ${r.to}`;
    const error = r.error ? `${r.error.step} failed in ${r.error.state}: ${r.error.message}` : "";
    return [
      whenText(r.at, now),
      run,
      r.version ? shortVersion(r.version) : "",
      r.outcome?.replace("-", " ") ?? "",
      ...(regions ? [r.region ?? ""] : []),
      move,
      r.event ?? "",
      r.actor ?? "",
      error,
    ];
  });
  const headers = ["WHEN", "RUN", "VERSION", "OUTCOME", ...(regions ? ["REGION"] : []), "MOVE", "EVENT", "BY", "ERROR"];
  return formatTable(headers, body);
}
