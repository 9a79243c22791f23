import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import type { LogsOptions } from "../handlers/logs-handler.ts";
import { helpExamples } from "../help-examples.ts";
import { numericOption } from "../numeric-option.ts";

/** `ferry logs <deployment> [--run N] [--stage S] [--failed]`: the stage logs local mode keeps in `.git/ferry/logs/`. */
export function logsCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("logs")
    .description("print the logs of a run's stages (default: the latest run), from .git/ferry/logs/")
    .argument("<deployment>")
    .option(
      "--run <n>",
      "the run (default: the latest)",
      numericOption({ min: 1, max: 1e9, integer: true, unit: "runs" }),
    )
    .option("--stage <name>", "only this stage")
    .option("--failed", "only stages that failed or timed out")
    .action(async (deployment: string, options: LogsOptions) =>
      (await import("../handlers/logs-handler.ts")).logsHandler(io, repo(), deployment, options),
    );
  return helpExamples(command, [
    ["why web's latest run failed", "ferry logs web --failed"],
    ["the install stage of run 3", "ferry logs web --run 3 --stage install"],
  ]);
}
