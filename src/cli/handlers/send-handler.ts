import { OPERATOR_EVENTS, type FerryEvent, type OperatorEventType } from "../../core/ferry-event.ts";
import { declaresEvent } from "../../core/lifecycle.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { eventBase, submitEvent } from "../local/submit-event.ts";
import { describeOutcome } from "../local/sync.ts";

/** Built-in events `ferry send` also takes by name; `deploy` needs a version and `remove` a deleted manifest. */
const SENDABLE: ReadonlySet<string> = new Set(OPERATOR_EVENTS.filter((e) => e !== "deploy" && e !== "remove"));

/** What `ferry send <deployment> <event>` runs: an event the lifecycle declares, or a built-in one by name. */
export async function sendHandler(
  io: CliIo,
  repo: string,
  deployment: string,
  name: string,
  options: { branch?: string },
): Promise<void> {
  return LocalSession.using(repo, io, options.branch, async (session) => {
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
    const outcome = await submitEvent(session, deployment, event);
    if (outcome?.kind !== "applied")
      throw new CliFailure(`${name} ${deployment}: ${outcome ? describeOutcome(outcome) : "no answer"}`);
  });
}
