import { Command } from "commander";
import type { RunKind } from "../../core/deployment-state.ts";
import type { RunOutcome } from "../../core/run-outcome.ts";
import type { CliIo } from "../cli-io.ts";
import type { HistoryOptions } from "../handlers/history-handler.ts";
import { helpExamples } from "../help-examples.ts";
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
  const command = new Command("history")
    .description("the moves of a deployment, with each run's status, from the state branch's git log")
    .argument("<deployment>")
    .option("--json", "print JSON for scripts: exact times, full commit shas")
    .option(
      "-n, --limit <count>",
      `how many transitions (${HISTORY_LIMIT.min} to ${HISTORY_LIMIT.max})`,
      numericOption({ ...HISTORY_LIMIT, integer: true, unit: "transitions" }),
      HISTORY_LIMIT.default,
    )
    .option("--all", "include commits that only record stage bookkeeping (dispatched, started)")
    .action(async (deployment: string, options: HistoryOptions) =>
      (await import("../handlers/history-handler.ts")).historyHandler(io, repo(), deployment, options),
    );
  return helpExamples(command, [
    ["web's last 50 moves", "ferry history web"],
    ["the last 5, as JSON", "ferry history web -n 5 --json"],
  ]);
}
