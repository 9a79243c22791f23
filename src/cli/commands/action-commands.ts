import { Command } from "commander";
import { randomUUID } from "node:crypto";
import { branchTip } from "../../adapters/local/commit-walker.ts";
import { runGit } from "../../adapters/local/run-git.ts";
import { OPERATOR_EVENTS, type FerryEvent, type OperatorEventType } from "../../core/ferry-event.ts";
import { declaresEvent } from "../../core/lifecycle.ts";
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

/** Built-in events `ferry send` also takes by name; `deploy` needs a version and `remove` a deleted manifest. */
const SENDABLE: ReadonlySet<string> = new Set(OPERATOR_EVENTS.filter((e) => e !== "deploy" && e !== "remove"));

/**
 * The label actions, locally: `ferry pause web`, `ferry deploy web --version abc1234`, …, and
 * `ferry send web promote` for an event the deployment's lifecycle declares (`events:`).
 */
export function actionCommands(io: CliIo, repo: () => string): Command[] {
  const actions = ACTIONS.map(({ name, description }) => {
    const command = new Command(name)
      .description(description)
      .argument("<deployment>")
      .option("--branch <name>", "the trigger branch");
    if (name === "deploy") command.option("--version <rev>", "the commit to deploy");
    return command.action(async (deployment: string, options: { branch?: string; version?: string }) => {
      const session = await LocalSession.open(repo(), io, options.branch);
      await session.requireDeployment(deployment);
      const base = await eventBase(session);
      let event: FerryEvent;
      if (name === "deploy") {
        const rev = options.version ?? (await branchTip(session.repo, session.branch));
        const version = rev === undefined ? undefined : await session.commitOf(rev);
        if (!version) throw new CliFailure(`unknown version ${JSON.stringify(rev ?? "")}`);
        event = { ...base, type: "deploy", version };
      } else {
        event = { ...base, type: name };
      }
      await submit(session, deployment, name, event);
    });
  });
  const send = new Command("send")
    .description("send an event the deployment's lifecycle declares (e.g. a canary's promote), or a built-in one")
    .argument("<deployment>")
    .argument("<event>")
    .option("--branch <name>", "the trigger branch")
    .action(async (deployment: string, name: string, options: { branch?: string }) => {
      const session = await LocalSession.open(repo(), io, options.branch);
      await session.requireDeployment(deployment);
      const spec = await session.catalog.get(deployment);
      const base = await eventBase(session);
      let event: FerryEvent;
      if (spec && declaresEvent(spec.lifecycle, name)) event = { ...base, type: "custom", name };
      else if (SENDABLE.has(name)) event = { ...base, type: name as Exclude<OperatorEventType, "deploy" | "remove"> };
      else {
        const declared = spec?.lifecycle.events?.map((e) => e.name) ?? [];
        throw new CliFailure(
          `${JSON.stringify(name)} is not an event of ${deployment}: its lifecycle ${spec?.lifecycle.name ?? ""} declares ${declared.length > 0 ? declared.join(", ") : "no events of its own"}; built-in: ${[...SENDABLE].join(", ")} (and \`ferry deploy\`)`,
        );
      }
      await submit(session, deployment, name, event);
    });
  return [...actions, send];
}

/** Who acts and when: git's user name (or the login), now, from the CLI. */
async function eventBase(session: LocalSession) {
  const actor =
    (await runGit(session.repo, ["config", "user.name"], { check: false })).stdout.trim() || process.env.USER || "cli";
  return { id: `cli:${randomUUID()}`, at: new Date().toISOString(), actor, cause: "cli" as const };
}

/** Applies the event and runs what it started until the deployment rests; a refusal exits 1. */
async function submit(session: LocalSession, deployment: string, name: string, event: FerryEvent): Promise<void> {
  // What a killed ferry left running is cleaned up first, so the event meets the state as it really is.
  const recovered = await session.recoverInterrupted();
  const [outcome] = await session.engine.submit([{ deployment, event }]);
  if (!outcome || outcome.kind !== "applied") {
    await session.settle(recovered);
    throw new CliFailure(`${name} ${deployment}: ${outcome ? describeOutcome(outcome) : "no answer"}`);
  }
  await session.settle([...new Set([deployment, ...recovered])]);
}
