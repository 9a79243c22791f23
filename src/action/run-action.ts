import type { ActionIO } from "./action-io.ts";
import { engineCommand } from "./commands/engine-command.ts";
import { reportCommand } from "./commands/report-command.ts";
import { stageCommand } from "./commands/stage-command.ts";
import { validateCommand } from "./commands/validate-command.ts";

/** The Action's commands, fixed for users (docs/architecture.md#names-fixed-for-users). */
export const ACTION_COMMANDS = ["stage", "engine", "validate", "report"] as const;
export type ActionCommand = (typeof ACTION_COMMANDS)[number];

export interface RunActionOptions {
  /** Aborted when the runner cancels the job (SIGINT/SIGTERM). */
  readonly signal?: AbortSignal;
}

/**
 * Runs the command named by the `command` input. Expected failures set the step failed through
 * `io.fail`; an exception here is a bug or an outage, which `main` reports the same way.
 */
export async function runAction(io: ActionIO, options: RunActionOptions = {}): Promise<void> {
  const command = io.input("command") || "validate";
  switch (command) {
    case "stage":
      await stageCommand(io, options.signal ? { signal: options.signal } : {});
      return;
    case "validate":
      await validateCommand(io);
      return;
    case "report":
      await reportCommand(io);
      return;
    case "engine":
      await engineCommand(io);
      return;
    default:
      io.fail(`unknown command ${JSON.stringify(command)}: use one of ${ACTION_COMMANDS.join(", ")}`);
  }
}
