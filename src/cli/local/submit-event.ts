import { randomUUID } from "node:crypto";
import { runGit } from "../../adapters/local/run-git.ts";
import type { FerryEvent } from "../../core/ferry-event.ts";
import type { EventOutcome } from "../../engine/event-outcome.ts";
import type { LocalSession } from "./local-session.ts";

/** Who acts and when: git's user name (or the login), now, from the CLI. */
export async function eventBase(session: LocalSession) {
  const actor =
    (await runGit(session.repo, ["config", "user.name"], { check: false })).stdout.trim() || process.env.USER || "cli";
  return { id: `cli:${randomUUID()}`, at: new Date().toISOString(), actor, cause: "cli" as const };
}

/**
 * Applies the event and runs what it started until the deployment rests; returns the engine's
 * outcome (the caller decides what a refusal means). What a killed ferry left running is cleaned
 * up first, so the event meets the state as it really is.
 */
export async function submitEvent(
  session: LocalSession,
  deployment: string,
  event: FerryEvent,
): Promise<EventOutcome | undefined> {
  const recovered = await session.recoverInterrupted();
  const [outcome] = await session.engine.submit([{ deployment, event }]);
  await session.settle(outcome?.kind === "applied" ? [...new Set([deployment, ...recovered])] : recovered);
  return outcome;
}
