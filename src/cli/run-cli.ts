import { Command, CommanderError, Help, Option } from "commander";
import packageJson from "../../package.json" with { type: "json" };
import { CliFailure, EXIT, processIo, type CliIo, type ExitCode } from "./cli-io.ts";
import { actionCommands } from "./commands/action-commands.ts";
import { agentCommand } from "./commands/agent-command.ts";
import { completionCommand } from "./commands/completion-command.ts";
import { historyCommand } from "./commands/history-command.ts";
import { initCommand } from "./commands/init-command.ts";
import { lifecycleCommand } from "./commands/lifecycle-command.ts";
import { logsCommand } from "./commands/logs-command.ts";
import { planCommand } from "./commands/plan-command.ts";
import { fleetCommand } from "./commands/fleet-command.ts";
import { serveCommand } from "./commands/serve-command.ts";
import { showCommand } from "./commands/show-command.ts";
import { statusCommand } from "./commands/status-command.ts";
import { syncCommand } from "./commands/sync-command.ts";
import { validateCommand } from "./commands/validate-command.ts";
import { waitCommand } from "./commands/wait-command.ts";
import { debugRequested, errorLine } from "./error-line.ts";
import { helpExamples } from "./help-examples.ts";

/** ferry's version, from its package.json (bundled into the build, so it needs no file at run time). */
export const FERRY_VERSION: string = packageJson.version;

/**
 * The whole command tree. Building it is cheap on purpose: the command files hold only names,
 * options and help, and each action imports what it runs when it runs, so `ferry --help` and
 * `ferry --version` load commander and little else (scripts/build-cli.mjs splits the build there).
 */
export function ferryProgram(io: CliIo): Command {
  const program = new Command("ferry")
    .description("GitOps deployment lifecycles: manifests and state machines in git, every state change recorded.")
    .option("--repo <dir>", "the git repository to work on", process.cwd());
  helpExamples(program, [
    ["add an example deployment to this repository", "ferry init"],
    ["deploy what was merged since the last sync, running the stages locally", "ferry sync"],
    ["see every deployment, and wait for one to settle", "ferry status && ferry wait web"],
  ]);
  // `--version` is read before commander (see runCli) and only listed here: commander would take a
  // program option from anywhere on the line, and `ferry deploy web --version <rev>` has its own.
  const versionOption = new Option("-V, --version", "print ferry's version");
  program.configureHelp({
    visibleOptions(command) {
      const shown = Help.prototype.visibleOptions.call(this, command);
      return command === program ? [versionOption, ...shown] : shown;
    },
  });
  const repo = () => program.opts<{ repo: string }>().repo;
  const commands = [
    initCommand(io, repo),
    validateCommand(io, repo),
    planCommand(io, repo),
    syncCommand(io, repo),
    ...actionCommands(io, repo),
    statusCommand(io, repo),
    waitCommand(io, repo),
    historyCommand(io, repo),
    logsCommand(io, repo),
    showCommand(io, repo),
    lifecycleCommand(io, repo),
    serveCommand(io, repo),
    fleetCommand(io, repo),
    agentCommand(io),
    completionCommand(io, () => program),
  ];
  for (const command of commands) program.addCommand(command);
  const quiet = (command: Command): void => {
    // Commander exits the process by default; ferry returns codes so tests and the demo run in-process.
    command.exitOverride().configureOutput({ writeOut: (s) => io.out(s), writeErr: (s) => io.err(s) });
    command.commands.forEach(quiet);
  };
  quiet(program);
  return program;
}

/**
 * Runs the `ferry` CLI with the given arguments and returns the exit code: 0 success, 1 failure,
 * 2 usage error (and 124 when `ferry wait` times out). Output goes through `io`, so tests can run
 * it in-process. Nothing escapes: an unexpected error is printed as one line and exits 1
 * (FERRY_DEBUG=1 adds the stack).
 */
export async function runCli(args: readonly string[], io: CliIo = processIo): Promise<ExitCode> {
  if (asksVersion(args)) {
    io.out(FERRY_VERSION);
    return EXIT.ok;
  }
  const program = ferryProgram(io);
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

/** `-V` or `--version` among the program's own options, before the command: `ferry --repo x --version`. */
function asksVersion(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "-V" || arg === "--version") return true;
    if (arg === "--repo") i++;
    else if (!arg.startsWith("-")) return false;
  }
  return false;
}
