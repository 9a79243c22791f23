import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { helpExamples } from "../help-examples.ts";

/** `ferry show <deployment>`: the deployment's page as its check run shows it, laid out for a terminal. */
export function showCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("show")
    .description("a deployment's page as its check run shows it: verdict, failure, timeline")
    .argument("<deployment>")
    .option("--markdown", "print the check run's Markdown (with its diagrams) instead")
    .action(async (deployment: string, options: { markdown?: boolean }) =>
      (await import("../handlers/show-handler.ts")).showHandler(io, repo(), deployment, options.markdown === true),
    );
  return helpExamples(command, [
    ["web's verdict, failure and timeline", "ferry show web"],
    ["the Markdown web's check run would show", "ferry show web --markdown"],
  ]);
}
