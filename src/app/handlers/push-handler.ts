import { STATE_BRANCH } from "../../ports/state-store.ts";
import { changedFilesOfPush, touchesFerryFiles } from "../changed-files.ts";
import { reconcileBranch } from "../branch-reconcile.ts";
import { isTriggerBranch } from "../trigger-branches.ts";
import { validateCommit } from "../config-check.ts";
import { SETTINGS_FILE } from "../settings.ts";
import type { PushFacts } from "../webhook-facts/push-facts.ts";
import type { HandlerContext } from "./handler-context.ts";

/**
 * `push`: validate the ferry files it changed (the `ferry/config` check on the pushed commit),
 * then, on a trigger branch, reconcile the branch: every commit after its cursor, this push's
 * included, triggers the deployments it touches and removes those whose manifest it deleted
 * (src/app/branch-reconcile.ts). Pushes to `ferry/state` are ferry's own writes and are ignored.
 */
export async function handlePush(ctx: HandlerContext, push: PushFacts): Promise<void> {
  const { worker } = ctx;
  if (push.kind === "ignored" || push.branch === STATE_BRANCH) return;
  const changed = await changedFilesOfPush(push, worker.client, worker.ref);
  if (changed.some((f) => f.path === SETTINGS_FILE)) ctx.forgetSettings();
  let validated;
  if (touchesFerryFiles(changed)) {
    validated = await worker.catalog.at(push.after);
    if (validated) await validateCommit(worker.client, worker.ref, validated);
  }
  if (!(await isTriggerBranch(worker, push.branch, push.after, validated !== undefined || touchesFerryFiles(changed))))
    return;
  // The branch's commits since its cursor, this push's among them, in order: a push whose webhook was lost comes first.
  await reconcileBranch(worker, push.branch, ctx.now(), {
    sha: push.after,
    actor: ctx.origin.sender,
    ...(push.before ? (push.forced ? { resetFrom: push.before } : { before: push.before }) : {}),
    ...(validated ? { validated } : {}),
  });
}
