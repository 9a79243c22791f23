import { Command } from "commander";
import { randomUUID } from "node:crypto";
import { branchTip } from "../../adapters/local/commit-walker.ts";
import { runGit } from "../../adapters/local/run-git.ts";
import type { FerryEvent, OperatorEventType } from "../../core/ferry-event.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { describeOutcome } from "../local/sync.ts";

const ACTIONS: readonly { name: OperatorEventType; description: string }[] = [
  { name: "deploy", description: "deploy a version explicitly (default: the branch tip)" },
  { name: "pause", description: "pause: the running stage finishes, nothing new starts" },
  { name: "resume", description: "resume a paused deployment" },
  { name: "rollback", description: "roll back to the previous good version" },
  { name: "stop", description: "stop (and uninstall, where the lifecycle does)" },
  { name: "retry", description: "retry the failed run as a new attempt" },
  { name: "drop", description: "drop the deployment, where its scope allows it" },
];

/** The label actions, locally: `ferry pause web`, `ferry deploy web --version abc1234`, … */
export function actionCommands(io: CliIo, repo: () => string): Command[] {
  return ACTIONS.map(({ name, description }) => {
    const command = new Command(name)
      .description(description)
      .argument("<deployment>")
      .option("--branch <name>", "the trigger branch");
    if (name === "deploy") command.option("--version <rev>", "the commit to deploy");
    return command.action(async (deployment: string, options: { branch?: string; version?: string }) => {
      const session = await LocalSession.open(repo(), io, options.branch);
      await session.requireDeployment(deployment);
      const actor =
        (await runGit(session.repo, ["config", "user.name"], { check: false })).stdout.trim() ||
        process.env.USER ||
        "cli";
      const base = { id: `cli:${randomUUID()}`, at: new Date().toISOString(), actor, cause: "cli" as const };
      let event: FerryEvent;
      if (name === "deploy") {
        const rev = options.version ?? (await branchTip(session.repo, session.branch));
        const version = rev === undefined ? undefined : await session.commitOf(rev);
        if (!version) throw new CliFailure(`unknown version ${JSON.stringify(rev ?? "")}`);
        event = { ...base, type: "deploy", version };
      } else {
        event = { ...base, type: name };
      }
      const [outcome] = await session.engine.submit([{ deployment, event }]);
      if (!outcome || outcome.kind !== "applied")
        throw new CliFailure(`${name} ${deployment}: ${outcome ? describeOutcome(outcome) : "no answer"}`);
      await session.settle([deployment]);
    });
  });
}
