import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import type { SyncOptions } from "../handlers/sync-handler.ts";
import { helpExamples } from "../help-examples.ts";
import { numericOption } from "../numeric-option.ts";

/**
 * Bounds of `--interval`: each poll runs several git processes, so under a second is a busy loop;
 * over a day is a mistake (and past about 24.8 days Node's timers overflow and fire at once).
 */
export const WATCH_INTERVAL = { min: 1, max: 86_400, default: 5 } as const;

/**
 * `ferry sync [--branch B] [--watch]`: deploy what was merged or pushed since the last sync.
 * Exits 1 when a manifest is invalid, or a touched deployment ends in failure or is blocked by a
 * corrupt state file, so scripts notice.
 */
export function syncCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("sync")
    .description("process the commits since the last sync as pushes and merges, and run their stages locally")
    .option("--branch <name>", "the trigger branch (default: main, master, or the checked-out branch)")
    .option("--watch", "keep polling for new commits")
    .option(
      "--interval <seconds>",
      `polling interval with --watch (${WATCH_INTERVAL.min} to ${WATCH_INTERVAL.max})`,
      numericOption({ ...WATCH_INTERVAL, unit: "seconds" }),
      WATCH_INTERVAL.default,
    )
    .action(async (options: SyncOptions) =>
      (await import("../handlers/sync-handler.ts")).syncHandler(io, repo(), options),
    );
  return helpExamples(command, [
    ["deploy what was merged or pushed since the last sync", "ferry sync"],
    ["keep deploying new commits on release, polling every 30 s", "ferry sync --branch release --watch --interval 30"],
  ]);
}
