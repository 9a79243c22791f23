import { STATE_BRANCH } from "../../ports/state-store.ts";
import { changedFilesOfPush, touchesFerryFiles } from "../changed-files.ts";
import { isTriggerBranch, reconcileBranch } from "../branch-reconcile.ts";
import { validateCommit } from "../config-check.ts";
import { booleanAt, shaAt, stringAt } from "../payload.ts";
import { SETTINGS_FILE } from "../settings.ts";
import type { HandlerContext } from "./handler-context.ts";

/**
 * `push`: validate the ferry files it changed (the `ferry/config` check on the pushed commit),
 * then, on a trigger branch, reconcile the branch: every commit after its cursor, this push's
 * included, triggers the deployments it touches and removes those whose manifest it deleted
 * (src/app/branch-reconcile.ts). Pushes to `ferry/state` are ferry's own writes and are ignored.
 */
export async function handlePush(ctx: HandlerContext): Promise<void> {
  const { payload, worker } = ctx;
  const ref = stringAt(payload, "ref") ?? "";
  const after = shaAt(payload, "after");
  const before = shaAt(payload, "before");
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
  if (!(await isTriggerBranch(worker, branch, validated !== undefined || touchesFerryFiles(changed)))) return;
  // The branch's commits since its cursor, this push's among them, in order: a push whose webhook was lost comes first.
  await reconcileBranch(worker, branch, ctx.now(), {
    sha: after,
    actor: ctx.origin.sender,
    ...(before && booleanAt(payload, "forced") === true ? { resetFrom: before } : {}),
    ...(validated ? { validated } : {}),
  });
}
