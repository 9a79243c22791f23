import type { ActionIO } from "./action-io.ts";

/** The Action's commands, fixed for users (docs/architecture.md#names-fixed-for-users). */
export const ACTION_COMMANDS = ["stage", "engine", "validate", "report"] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

export interface RunActionOptions {
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
}

/**
 * Runs the command named by the `command` input. Expected failures set the step failed through
 * `io.fail`; an exception here is a bug or an outage, which `main` reports the same way. Each
 * command is imported when it runs: the bundle splits them (scripts/build-action.mjs), so a
 * `validate` or `stage` job does not load Probot and Octokit.
 */
export async function runAction(io: ActionIO, options: RunActionOptions = {}): Promise<void> {
  const command = io.input("command") || "validate";
  switch (command) {
    case "stage":
      await (
        await import("./commands/stage-command.ts")
      ).stageCommand(io, options.signal ? { signal: options.signal } : {});
      return;
    case "validate":
      await (await import("./commands/validate-command.ts")).validateCommand(io);
      return;
    case "report":
      await (await import("./commands/report-command.ts")).reportCommand(io);
      return;
    case "engine":
      await (await import("./commands/engine-command.ts")).engineCommand(io);
      return;
    default:
      io.fail(`unknown command ${JSON.stringify(command)}: use one of ${ACTION_COMMANDS.join(", ")}`);
  }
}
