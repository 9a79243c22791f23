import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { helpExamples } from "../help-examples.ts";
import type { PlanOptions } from "../handlers/plan-handler.ts";

/** `ferry plan [--since REV] [--json]`: a dry run of `ferry sync` with no side effects at all. */
export function planCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("plan")
    .description("dry run: which deployments the commits since REV would trigger, and the transitions each would take")
    .option("--since <rev>", "start after this commit (default: the last sync)")
    .option("--branch <name>", "the trigger branch")
    .option("--json", "print JSON for scripts")
    .action(async (options: PlanOptions) =>
      (await import("../handlers/plan-handler.ts")).planHandler(io, repo(), options),
    );
  return helpExamples(command, [
    ["what the next `ferry sync` would do", "ferry plan"],
    ["what the last three commits would trigger, as JSON", "ferry plan --since HEAD~3 --json"],
  ]);
}
