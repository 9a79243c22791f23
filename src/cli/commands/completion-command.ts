import { Argument, Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { COMPLETION_SHELLS, completionScript, type CompletionShell } from "../completion-script.ts";
import { helpExamples } from "../help-examples.ts";

/** `ferry completion bash|zsh|fish`: prints a completion script generated from the command tree. */
export function completionCommand(io: CliIo, program: () => Command): Command {
  const command = new Command("completion")
    .description("print a shell completion script for bash, zsh or fish")
    .addArgument(new Argument("<shell>").choices(COMPLETION_SHELLS))
    .action((shell: CompletionShell) => io.out(completionScript(program(), shell)));
  return helpExamples(command, [
    ["for every bash session", "ferry completion bash > ~/.local/share/bash-completion/completions/ferry"],
    ["only in this bash session", 'eval "$(ferry completion bash)"'],
    ["for every zsh session", 'ferry completion zsh > "${fpath[1]}/_ferry"'],
    ["for fish", "ferry completion fish > ~/.config/fish/completions/ferry.fish"],
  ]);
}
