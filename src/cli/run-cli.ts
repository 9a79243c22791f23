import { Command, CommanderError } from "commander";
import { CliFailure, EXIT, processIo, type CliIo, type ExitCode } from "./cli-io.ts";
import { actionCommands } from "./commands/action-commands.ts";
import { initCommand } from "./commands/init-command.ts";
import { lifecycleCommand } from "./commands/lifecycle-command.ts";
import { planCommand } from "./commands/plan-command.ts";
import { fleetCommand } from "./commands/fleet-command.ts";
import { serveCommand } from "./commands/serve-command.ts";
import { stateCommands } from "./commands/state-commands.ts";
import { syncCommand } from "./commands/sync-command.ts";
import { validateCommand } from "./commands/validate-command.ts";
import { debugRequested, errorLine } from "./error-line.ts";

/**
 * Runs the `ferry` CLI with the given arguments and returns the exit code: 0 success,
 * 1 failure, 2 usage error. Output goes through `io`, so tests can run it in-process. Nothing
 * escapes: an unexpected error is printed as one line and exits 1 (FERRY_DEBUG=1 adds the stack).
 */
export async function runCli(args: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  const program = new Command("ferry")
    .description("GitOps deployment lifecycles: manifests and state machines in git, every state change recorded.")
    .option("--repo <dir>", "the git repository to work on", process.cwd());
  const repo = () => program.opts<{ repo: string }>().repo;
  program.addCommand(initCommand(io, repo));
  program.addCommand(validateCommand(io, repo));
  program.addCommand(planCommand(io, repo));
  program.addCommand(syncCommand(io, repo));
  for (const command of actionCommands(io, repo)) program.addCommand(command);
  for (const command of stateCommands(io, repo)) program.addCommand(command);
  program.addCommand(lifecycleCommand(io, repo));
  program.addCommand(serveCommand(io, repo));
  program.addCommand(fleetCommand(io, repo));
  const quiet = (command: Command): void => {
    // Commander exits the process by default; ferry returns codes so tests and the demo run in-process.
    command.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
    command.commands.forEach(quiet);
  };
  quiet(program);
  try {
    await program.parseAsync(["node", "ferry", ...args]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      )
        return EXIT.ok;
      return EXIT.usage;
    }
    if (error instanceof CliFailure) {
      if (error.message) io.err(`ferry: ${error.message}`);
      return error.code;
    }
    io.err(errorLine(error, debugRequested()));
    return EXIT.failure;
  }
}
