import { createHash } from "node:crypto";
import { checkRunNow, sameCheckRun, type CheckRunSnapshot } from "../../adapters/github/check-run-snapshot.ts";
import type { FerryEvent } from "../../core/ferry-event.ts";
import { actWithRetries } from "../act-with-retries.ts";
import { declaresEvent } from "../../core/lifecycle.ts";
import { commentOnCommitOnce } from "../../adapters/github/commit-comments.ts";
import { FIXED_BUTTONS, type FixedButton } from "../../core/run-buttons.ts";
import { CONFIG_CHECK, validateCommit } from "../config-check.ts";
import { commentBody, describeOutcome } from "../outcome-text.ts";
import { checkPermission } from "../permissions.ts";
import { commentOnce } from "../../adapters/github/pull-request-comments.ts";
import type { CheckRunFacts } from "../webhook-facts/check-run-facts.ts";
import type { HandlerContext } from "./handler-context.ts";

/**
 * The fixed check-run buttons (`FIXED_BUTTONS`, docs/architecture.md#names-fixed-for-users) and the
 * operator event each sends; "Re-run" is a retry, and `redeploy` an explicit deploy of the version
 * the deployment rolled back from.
 */
const BUTTONS: Readonly<Record<FixedButton, "resume" | "retry" | "deploy" | "rollback" | "pause" | "drop">> = {
  resume: "resume",
  retry: "retry",
  redeploy: "deploy",
  rollback: "rollback",
  pause: "pause",
  drop: "drop",
};

/**
 * `check_run.requested_action` (a button) and `check_run.rerequested` ("Re-run") on a
 * `ferry/<deployment>` check run act on that deployment, for people with enough access;
 * "Re-run" on `ferry/config` validates the commit again. Buttons other than the fixed ones send
 * the event of that name when the deployment's lifecycle declares it. A retry or a declared event
 * from the check run of an older run is refused: the person saw a run that is no longer the
 * deployment's current one.
 *
 * A button is judged against the check run it was pressed on (the payload's check run, read again
 * from GitHub): ferry's reporter changes the check run whenever the deployment moves on, so when
 * it no longer looks as it did, the press was answered already and this body, redelivered or
 * replayed with a new delivery id, does nothing. The event's id is made of the check run, the
 * button and what the check run showed, so two deliveries that race past that check are one
 * event to the engine, and one comment on the pull request.
 */
export async function handleCheckRun(ctx: HandlerContext, press: CheckRunFacts): Promise<void> {
  const { worker, origin } = ctx;
  if (press.kind === "ignored") return;
  const { action, name, headSha, identifier, checkRunId, shown: offered } = press;
  if (name === CONFIG_CHECK) {
    if (action !== "rerequested" || !headSha) return;
    const catalog = await worker.catalog.at(headSha);
    if (catalog) await validateCommit(worker.client, worker.ref, catalog, true);
    return;
  }
  const deployment = name.slice("ferry/".length);
  if (identifier === undefined) return;
  const builtin = (FIXED_BUTTONS as readonly string[]).includes(identifier)
    ? BUTTONS[identifier as FixedButton]
    : undefined;
  // Any other button is an event the deployment's lifecycle declares (`events:`), e.g. a canary's `promote`.
  const lifecycle = builtin ? undefined : (await worker.catalog.get(deployment))?.lifecycle;
  const custom = lifecycle && declaresEvent(lifecycle, identifier) ? identifier : undefined;
  if (!builtin && !custom) return;
  // The button as the person pressed it (`redeploy` sends a deploy).
  const button = builtin ? identifier : (custom ?? identifier);
  if (checkRunId !== undefined && offered) {
    const now = await checkRunNow(worker.client, worker.ref, checkRunId);
    if (!now || !sameCheckRun(now, offered)) {
      ctx.log.info(
        { repo: worker.fullName, deployment, button, delivery: ctx.deliveryId },
        "the check run changed since the button was pressed: answered already (a redelivery or replay), or the deployment moved on",
      );
      return;
    }
  }
  const eventId = checkRunId !== undefined && offered ? pressId(checkRunId, identifier, offered) : ctx.deliveryId;
  // Where to answer a person: the pull requests GitHub lists for the check run's commit, else the commit itself
  // (pushed straight to the branch, or its pull request from a fork, which GitHub does not list): a commit comment
  // shows on the commit page beside the check run, and its @mention notifies the person who pressed the button.
  const pulls = press.pullNumbers;
  const tell = async (lines: string[]) => {
    ctx.log.info({ repo: worker.fullName, deployment, button, actor: origin.sender }, lines.join(" "));
    const body = commentBody(`The \`${button}\` button on \`${name}\`, pressed by @${origin.sender}:`, lines);
    for (const number of pulls) await commentOnce(worker.client, worker.ref, number, eventId, body);
    if (pulls.length === 0 && headSha) await commentOnCommitOnce(worker.client, worker.ref, headSha, eventId, body);
  };
  const settings = await ctx.settings();
  const verdict = await checkPermission(worker.client, worker.ref, origin.sender, settings.minimumPermission);
  if (!verdict.allowed) {
    return tell([
      `refused: @${origin.sender} has ${verdict.role} access to this repository; acting on deployments needs ${verdict.minimum} or more (\`minimumPermission\` in \`.github/ferry.yml\`).`,
    ]);
  }
  const runId = runIdOf(press.externalId, deployment);
  // A retry, a redeploy, or a lifecycle's own event (a canary's promote) acts on a run: the one the person saw.
  const onRun = builtin === "retry" || builtin === "deploy" || custom !== undefined;
  // Fresh: another replica may have created the deployment since this one last listed the state branch.
  const shown = onRun ? (await worker.states({ fresh: true })).find((s) => s.deployment === deployment) : undefined;
  const current = shown?.run?.id;
  if (onRun && runId !== undefined && current !== undefined && current !== runId) {
    return tell([
      `refused: this check run shows run ${runId}, but \`${deployment}\` is on run ${current} now; use that run's check run.`,
    ]);
  }
  const base = { id: eventId, at: ctx.now(), actor: origin.sender, cause: "button" as const };
  let event: FerryEvent;
  if (builtin === "deploy") {
    // Redeploy: the version the run's rollback undid, as the state records it now.
    const version = shown?.rolledBack?.version;
    if (!version) return tell([`refused: \`${deployment}\` has no rolled-back version to redeploy.`]);
    event = { ...base, type: "deploy", version };
  } else event = builtin ? { ...base, type: builtin } : { ...base, type: "custom", name: button };
  const acted = await actWithRetries(
    () => worker.submit([{ deployment, event }]),
    ctx.log,
    `the ${button} button on ${worker.fullName} ${name}`,
    ctx.sleep,
  );
  if (!acted.ok) return tell([`ferry could not act: ${acted.error.message}. Press the button again to retry.`]);
  const [outcome] = acted.value;
  if (outcome && (outcome.kind === "refused" || outcome.kind === "blocked" || outcome.kind === "unknown-deployment"))
    await tell([describeOutcome(outcome)]);
}

/** One press of one button on a check run as it showed then: the same for every copy of the webhook. */
function pressId(checkRunId: number, identifier: string, shown: CheckRunSnapshot): string {
  const digest = createHash("sha256").update(JSON.stringify(shown)).digest("hex").slice(0, 16);
  return `button:${checkRunId}:${identifier}:${digest}`;
}

/** The run a ferry check run reports (`external_id` is `ferry:<deployment>:<run id>`). */
function runIdOf(externalId: string | undefined, deployment: string): number | undefined {
  const prefix = `ferry:${deployment}:`;
  if (!externalId?.startsWith(prefix)) return undefined;
  const id = Number(externalId.slice(prefix.length));
  return Number.isSafeInteger(id) && id > 0 ? id : undefined;
}
