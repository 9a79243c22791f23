import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import type { StatusOptions } from "../handlers/status-handler.ts";
import { helpExamples } from "../help-examples.ts";

/** `ferry status [deployment] [--json] [--exit-status]`: read the state branch, change nothing. */
export function statusCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("status")
    .description("each deployment's state, outcome, version, age and last error (or one deployment's)")
    .argument("[deployment]", "show only this deployment")
    .option("--json", "print JSON for scripts: exact times, full commit shas")
    .option("--exit-status", "exit 1 when a deployment shown is failed or blocked")
    .action(async (deployment: string | undefined, options: StatusOptions) =>
      (await import("../handlers/status-handler.ts")).statusHandler(io, repo(), deployment, options),
    );
  return helpExamples(command, [
    ["every deployment as a table", "ferry status"],
    ["one deployment's machine fields", "ferry status web --json"],
    ["fail a CI job when a deployment failed", "ferry status --exit-status"],
  ]);
}
