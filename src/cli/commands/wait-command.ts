import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { durationOption } from "../duration-option.ts";
import type { WaitOptions } from "../handlers/wait-handler.ts";
import { helpExamples } from "../help-examples.ts";
import { numericOption } from "../numeric-option.ts";

/** Bounds of `wait --timeout`: a day is longer than any stage ferry allows to run unwatched. */
export const WAIT_TIMEOUT = { minMs: 1000, maxMs: 24 * 3_600_000, defaultMs: 10 * 60_000 } as const;
/** Bounds of `wait --interval`, in seconds: each look reads the state branch with a few git processes. */
export const WAIT_INTERVAL = { min: 0.2, max: 600, default: 1 } as const;

/**
 * `ferry wait <deployment> [--for STATE|steady] [--timeout 10m]`: blocks until the deployment
 * rests or enters STATE, for scripts. Exit 0 when it does, 1 when it fails instead (or its state
 * file is corrupt), 124 when the timeout runs out first, 2 for a usage error.
 */
export function waitCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("wait")
    .description("wait until a deployment rests (steady) or enters a state; exit 0, 1 if it failed, 124 on timeout")
    .argument("<deployment>")
    .option("--for <state>", "a state of the deployment's lifecycle, or `steady`: resting, run finished", "steady")
    .option(
      "--timeout <duration>",
      "give up after this long: 30s, 10m, 1h (exit 124)",
      durationOption(WAIT_TIMEOUT),
      WAIT_TIMEOUT.defaultMs,
    )
    .option(
      "--interval <seconds>",
      `how often to look (${WAIT_INTERVAL.min} to ${WAIT_INTERVAL.max})`,
      numericOption({ ...WAIT_INTERVAL, unit: "seconds" }),
      WAIT_INTERVAL.default,
    )
    .option("--json", "print the deployment's status as JSON when done (as `ferry status --json`)")
    .action(async (deployment: string, options: WaitOptions) =>
      (await import("../handlers/wait-handler.ts")).waitHandler(io, repo(), deployment, options),
    );
  return helpExamples(command, [
    ["block a script until web has finished its run (and fail if it failed)", "ferry wait web"],
    ["wait up to an hour for the canary to reach its wait state", "ferry wait web --for canary_waiting --timeout 1h"],
  ]);
}
