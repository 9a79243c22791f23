import { STATE_BRANCH } from "../../ports/state-store.ts";
import { changedFilesOfPush, touchesFerryFiles } from "../changed-files.ts";
import { landedCommitEvents } from "../commit-triggers.ts";
import { validateCommit } from "../config-check.ts";
import { describeOutcome } from "../outcome-text.ts";
import { showRefusals } from "../refusal-notice.ts";
import { booleanAt, shaAt, stringAt } from "../payload.ts";
import { SETTINGS_FILE } from "../settings.ts";
import type { HandlerContext } from "./handler-context.ts";

/**
 * `push`: validate the ferry files it changed (the `ferry/config` check on the pushed commit),
 * then trigger the deployments it touches on their trigger branches and remove those whose
 * manifest it deleted. Pushes to `ferry/state` are ferry's own writes and are ignored.
 */
export async function handlePush(ctx: HandlerContext): Promise<void> {
  const { payload, worker } = ctx;
  const ref = stringAt(payload, "ref") ?? "";
  const after = shaAt(payload, "after");
  if (!ref.startsWith("refs/heads/") || !after || booleanAt(payload, "deleted") === true) return;
  const branch = ref.slice("refs/heads/".length);
  if (branch === STATE_BRANCH) return;
  const changed = await changedFilesOfPush(payload, worker.client, worker.ref);
  if (changed.some((f) => f.path === SETTINGS_FILE)) ctx.forgetSettings();
  let validated;
  if (touchesFerryFiles(changed)) {
    validated = await worker.catalog.at(after);
    if (validated) await validateCommit(worker.client, worker.ref, validated);
  }
  const events = await landedCommitEvents(
    worker,
    { sha: after, branch, changed, actor: ctx.origin.sender, cause: "push", at: ctx.now() },
    ctx.deliveryId,
    validated,
  );
  if (events.length === 0) return;
  const outcomes = await worker.submit(events);
  await showRefusals(worker.client, worker.ref, after, outcomes);
  for (const outcome of outcomes) {
    if (outcome.kind === "refused" || outcome.kind === "blocked" || outcome.kind === "unknown-deployment") {
      ctx.log.info({ repo: worker.fullName, sha: after, deployment: outcome.deployment }, describeOutcome(outcome));
    }
  }
}
