import { systemClock } from "../../adapters/local/system-clock.ts";
import { humanDuration } from "../../core/human-time.ts";
import { runOutcomes, type RecordedMove } from "../../core/run-outcome.ts";
import { shortVersion } from "../../core/short-version.ts";
import { movesOf } from "../../engine/move-trailer.ts";
import type { HistoryCommit } from "../../ports/state-store.ts";
import type { CliIo } from "../cli-io.ts";
import type { HistoryRow } from "../commands/history-command.ts";
import { formatTable } from "../format-table.ts";
import { LocalSession } from "../local/local-session.ts";
import { paint, paletteOf, toneOf } from "../palette.ts";

export interface HistoryOptions {
  readonly json?: boolean;
  readonly limit: number;
  readonly all?: boolean;
}

/** What `ferry history <deployment>` runs: each move with its run, version, event and the run's outcome, newest first. */
export async function historyHandler(
  io: CliIo,
  repo: string,
  deployment: string,
  options: HistoryOptions,
): Promise<void> {
  return LocalSession.using(repo, io, undefined, async (session) => {
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
    io.out(historyTable(shown, systemClock.now(), io));
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

/**
 * The table a person reads, as `helm history` prints it: AGE, the run, its version and STATUS (how
 * the run ended or stands), then the move and a DESCRIPTION saying what moved it, who, and why it
 * failed. `--json` has the exact times and full shas. On a terminal STATUS is coloured and
 * DESCRIPTION is cut to the terminal's width.
 */
function historyTable(rows: readonly HistoryRow[], now: string, look: Pick<CliIo, "colour" | "columns">): string {
  const palette = paletteOf(look);
  const regions = new Set(rows.map((r) => r.region).filter(Boolean)).size > 1;
  const body = rows.map((r) => {
    const run = r.run === null ? "" : `${r.run}${r.kind === "rollback" ? " (rollback)" : ""}`;
    const move = r.from === null ? "" : r.from === r.to ? (r.to ?? "") : `${r.from} → ${r.to}`;
    return [
      humanDuration(Math.max(0, Date.parse(now) - Date.parse(r.at))),
      run,
      r.version ? shortVersion(r.version) : "",
      r.outcome ?? "",
      ...(regions ? [r.region ?? ""] : []),
      move,
      describe(r),
    ];
  });
  const headers = ["AGE", "RUN", "VERSION", "STATUS", ...(regions ? ["REGION"] : []), "MOVE", "DESCRIPTION"];
  return formatTable(headers, body, {
    width: look.columns,
    shrink: headers.length - 1,
    paint: (text, column) => (column === 3 ? paint(palette, toneOf(text), text) : text),
  });
}

/** `stage.failed by ferry: health-check failed in health_checking: exit 1`; a bookkeeping commit's note. */
function describe(row: HistoryRow): string {
  const what = [row.event, row.actor ? `by ${row.actor}` : ""].filter(Boolean).join(" ");
  const error = row.error ? `${row.error.step} failed in ${row.error.state}: ${row.error.message}` : "";
  return [row.note ?? "", what, error].filter(Boolean).join(": ");
}
