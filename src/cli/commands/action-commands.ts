import { Command } from "commander";
import type { OperatorEventType } from "../../core/ferry-event.ts";
import type { CliIo } from "../cli-io.ts";
import type { ActionOptions } from "../handlers/action-handler.ts";
import { helpExamples } from "../help-examples.ts";

type Example = readonly [string, string];

const ACTIONS: readonly { name: OperatorEventType; description: string; examples: readonly Example[] }[] = [
  {
    name: "deploy",
    description: "deploy a version explicitly (default: the branch tip)",
    examples: [
      ["deploy the tip of main (or of the trigger branch)", "ferry deploy web"],
      ["deploy a tag", "ferry deploy web --version v1.4.2"],
    ],
  },
  {
    name: "pause",
    description: "pause: the running stage finishes, nothing new starts (already paused: says so, exits 0)",
    examples: [["hold web while you look at something", "ferry pause web"]],
  },
  {
    name: "resume",
    description: "resume a paused deployment (not paused: says so, exits 0)",
    examples: [["let web go on", "ferry resume web"]],
  },
  {
    name: "rollback",
    description: "roll back to the previous good version, or to an earlier good one with --to",
    examples: [
      ["return to the last version that ran well", "ferry rollback web"],
      ["return to a particular earlier good version", "ferry rollback web --to 4f2a9c1"],
    ],
  },
  {
    name: "stop",
    description: "stop (and uninstall, where the lifecycle does); asks first on a terminal",
    examples: [
      ["stop web, after confirming", "ferry stop web"],
      ["stop web from a script, without asking", "ferry stop web --yes"],
    ],
  },
  {
    name: "retry",
    description: "retry the failed run as a new attempt",
    examples: [["run web's failed run again", "ferry retry web"]],
  },
  {
    name: "drop",
    description: "drop the deployment, where its scope allows it; asks first on a terminal",
    examples: [["drop a preview from a script, without asking", "ferry drop preview-42 --yes"]],
  },
];

/** Actions that destroy: they ask a person at a terminal first (`--yes` skips the question). */
export const CONFIRMED_ACTIONS: ReadonlySet<OperatorEventType> = new Set(["stop", "drop"]);

/**
 * The label actions, locally: `ferry pause web`, `ferry deploy web --version abc1234`, …, and
 * `ferry send web promote` for an event the deployment's lifecycle declares (`events:`).
 */
export function actionCommands(io: CliIo, repo: () => string): Command[] {
  const actions = ACTIONS.map(({ name, description, examples }) => {
    const command = new Command(name)
      .description(description)
      .argument("<deployment>")
      .option("--branch <name>", "the trigger branch");
    if (name === "deploy") command.option("--version <rev>", "the commit to deploy");
    if (name === "rollback") command.option("--to <rev>", "the earlier good version to return to");
    if (CONFIRMED_ACTIONS.has(name)) command.option("-y, --yes", "do not ask for confirmation");
    command.action(async (deployment: string, options: ActionOptions) =>
      (await import("../handlers/action-handler.ts")).actionHandler(io, repo(), name, deployment, options),
    );
    return helpExamples(command, examples);
  });
  const send = new Command("send")
    .description("send an event the deployment's lifecycle declares (e.g. a canary's promote), or a built-in one")
    .argument("<deployment>")
    .argument("<event>")
    .option("--branch <name>", "the trigger branch")
    .action(async (deployment: string, name: string, options: { branch?: string }) =>
      (await import("../handlers/send-handler.ts")).sendHandler(io, repo(), deployment, name, options),
    );
  return [...actions, helpExamples(send, [["promote a canary its lifecycle holds", "ferry send web promote"]])];
}
