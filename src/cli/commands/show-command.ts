import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { helpExamples } from "../help-examples.ts";

/** `ferry show <deployment>`: the Markdown a check run would show for it. */
export function showCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("show")
    .description("the Markdown a check run would show for a deployment")
    .argument("<deployment>")
    .action(async (deployment: string) =>
      (await import("../handlers/show-handler.ts")).showHandler(io, repo(), deployment),
    );
  return helpExamples(command, [["web's stages, runs and timers as Markdown", "ferry show web"]]);
}
