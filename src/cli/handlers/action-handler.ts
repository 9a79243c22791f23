import type { FerryEvent, OperatorEventType } from "../../core/ferry-event.ts";
import { shortVersion } from "../../core/short-version.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { readStatus } from "../local/read-status.ts";
import { eventBase, submitEvent } from "../local/submit-event.ts";
import { describeOutcome } from "../local/sync.ts";

export interface ActionOptions {
  readonly branch?: string;
  readonly version?: string;
  readonly to?: string;
  readonly yes?: boolean;
}

/** Refusals that mean the deployment already is as asked: said, and exit 0, as `kubectl` does for no-ops. */
const ALREADY: Partial<Record<OperatorEventType, { reason: string; text: string }>> = {
  pause: { reason: "already-held", text: "is already paused" },
  resume: { reason: "not-held", text: "is not paused" },
};

/** What `ferry <action> <deployment>` runs: one operator event, then the stages it starts. */
export async function actionHandler(
  io: CliIo,
  repo: string,
  name: OperatorEventType,
  deployment: string,
  options: ActionOptions,
): Promise<void> {
  return LocalSession.using(repo, io, options.branch, async (session) => {
    await session.requireDeployment(deployment);
    if ((name === "stop" || name === "drop") && !options.yes && io.confirm) {
      const [status] = await readStatus(session, deployment);
      const where = status?.description ? ` (${status.description})` : "";
      if (!(await io.confirm(`${name === "stop" ? "Stop" : "Drop"} ${deployment}${where}?`)))
        throw new CliFailure(`${name} ${deployment}: not confirmed; nothing changed`);
    }
    const base = await eventBase(session);
    let event: FerryEvent;
    if (name === "deploy") {
      // The branch's tip by its full ref name: one lookup, and never a tag or file of the same name.
      const version = await session.commitOf(options.version ?? `refs/heads/${session.branch}`);
      if (!version) throw new CliFailure(`unknown version ${JSON.stringify(options.version ?? "")}`);
      event = { ...base, type: "deploy", version };
    } else if (name === "rollback" && options.to !== undefined) {
      const to = await session.commitOf(options.to);
      if (!to) throw new CliFailure(`unknown version ${JSON.stringify(options.to)} for --to`);
      event = { ...base, type: "rollback", to };
    } else {
      event = { ...base, type: name };
    }
    const outcome = await submitEvent(session, deployment, event);
    if (outcome?.kind === "applied") return;
    const already = ALREADY[name];
    if (outcome?.kind === "refused" && already && outcome.reason === already.reason)
      return io.out(`${deployment} ${already.text}`);
    if (outcome?.kind === "refused" && outcome.reason === "not-a-good-version")
      throw new CliFailure(
        `${name} ${deployment}: ${describeOutcome(outcome)}; ${await goodVersions(session, deployment)}`,
      );
    throw new CliFailure(`${name} ${deployment}: ${outcome ? describeOutcome(outcome) : "no answer"}`);
  });
}

/** The versions `--to` takes, newest first, for the message that refuses another. */
async function goodVersions(session: LocalSession, deployment: string): Promise<string> {
  const read = (await session.store.read([deployment])).deployments.get(deployment);
  const current = read?.kind === "ok" ? read.state.run?.version : undefined;
  const good = read?.kind === "ok" ? read.state.good.filter((g) => g.version !== current) : [];
  return good.length > 0
    ? `earlier good versions: ${good.map((g) => `${shortVersion(g.version)} (run ${g.runId})`).join(", ")}`
    : "it has no earlier good version";
}
