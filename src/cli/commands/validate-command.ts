import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { helpExamples } from "../help-examples.ts";

/** `ferry validate`: every manifest and lifecycle (`.yml` or `.yaml`) in the working tree's `.ferry/`, before they are committed. */
export function validateCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("validate")
    .description("validate every manifest and lifecycle in .ferry/; errors are printed as file:line:col message")
    .option(
      "--json",
      "also print the diagnostics as JSON on stdout (file, line, column, path, code, message, suggestion)",
    )
    .action(async (options: { json?: boolean }) =>
      (await import("../handlers/validate-handler.ts")).validateHandler(io, repo(), options),
    );
  return helpExamples(command, [
    ["check the working tree's .ferry/ before committing it", "ferry validate"],
    ["check another repository", "ferry --repo ../shop validate"],
    ["the diagnostics for a script or an editor", "ferry validate --json | jq '.diagnostics[]'"],
  ]);
}
