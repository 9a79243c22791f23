import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { helpExamples } from "../help-examples.ts";

const handler = async () => (await import("../handlers/lifecycle-handler.ts")).lifecycleHandler;

/** `ferry lifecycle list|show|validate|docs`: see lifecycles as tables and diagrams, and check files. */
export function lifecycleCommand(io: CliIo, repo: () => string): Command {
  const command = new Command("lifecycle").description("list, show and validate lifecycles");
  helpExamples(
    command
      .command("list")
      .description("list the built-in lifecycles and the repository's own in .ferry/lifecycles/, with their source"),
    [["the lifecycles a manifest of this repository may name", "ferry lifecycle list"]],
  ).action(async () => (await handler()).list(io, repo()));
  helpExamples(
    command
      .command("show <name>")
      .description("print a lifecycle's states and transitions as a table, or as Mermaid")
      .option("--mermaid", "print a Mermaid stateDiagram-v2 instead of a table"),
    [
      ["the states and transitions of standard", "ferry lifecycle show standard"],
      ["a repository's own lifecycle as a diagram", "ferry lifecycle show canary --mermaid"],
    ],
  ).action(async (name: string, options: { mermaid?: boolean }) => (await handler()).show(io, repo(), name, options));
  helpExamples(
    command
      .command("validate <file...>")
      .description("validate lifecycle files; errors are printed as file:line:col message"),
    [["check a lifecycle before committing it", "ferry lifecycle validate .ferry/lifecycles/canary.yml"]],
  ).action(async (files: string[]) => (await handler()).validate(io, files));
  helpExamples(
    command.command("docs").description("print docs/lifecycles.md: every built-in lifecycle as a Mermaid diagram"),
    [["regenerate the lifecycle docs", "ferry lifecycle docs > docs/lifecycles.md"]],
  ).action(async () => (await handler()).docs(io));
  return helpExamples(command, [["list, then look at one", "ferry lifecycle list && ferry lifecycle show rolling"]]);
}
