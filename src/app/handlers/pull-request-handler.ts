import type { CatalogAt } from "../../adapters/github/github-catalog.ts";
import type { FerryEvent } from "../../core/ferry-event.ts";
import type { EventOutcome } from "../../engine/event-outcome.ts";
import { pullRequestFiles } from "../../adapters/github/pull-request-files.ts";
import { touchesFerryFiles } from "../changed-files.ts";
import { reconcileBranch, type Landing } from "../branch-reconcile.ts";
import { isTriggerBranch } from "../trigger-branches.ts";
import { withoutCurrentVersion } from "../commit-triggers.ts";
import { validateCommit } from "../config-check.ts";
import { handleLabel } from "../label-actions.ts";
import { commentBody, describeOutcome } from "../outcome-text.ts";
import { existingPreviews, previewsOf } from "../previews.ts";
import { commentOnce } from "../../adapters/github/pull-request-comments.ts";
import type { PullFacts, PullRequestWebhook } from "../webhook-facts/pull-request-facts.ts";
import type { HandlerContext } from "./handler-context.ts";

/**
 * `pull_request`: validation before merge, previews, merges and labels.
 * - opened, reopened, synchronize: validate the ferry files the pull request changes at its head
 *   (`ferry/config`), then deploy or update its previews (never for forks unless allowed);
 * - closed: remove its previews; when merged, also trigger what the merge commit touches;
 * - labeled: a `ferry:*` label acts on the pull request's deployments.
 */
export async function handlePullRequest(ctx: HandlerContext, webhook: PullRequestWebhook): Promise<void> {
  const { action, pull, label } = webhook;
  if (action === "labeled") {
    if (label) await handleLabel(ctx, pull, label);
    return;
  }
  if (action === "opened" || action === "reopened" || action === "synchronize")
    return updatePreviews(ctx, pull, action);
  if (action === "closed") {
    await removePreviews(ctx, pull);
    if (pull.merged && pull.mergeSha) await triggerMerge(ctx, pull, pull.mergeSha);
  }
}

async function updatePreviews(ctx: HandlerContext, pull: PullFacts, action: string): Promise<void> {
  const { worker } = ctx;
  const changed = await pullRequestFiles(worker.client, worker.ref, pull.number);
  let atHead: CatalogAt | undefined;
  if (touchesFerryFiles(changed)) {
    // Before merge: the pull request's own ferry files are checked at its head.
    atHead = await worker.catalog.at(pull.headSha);
    if (atHead) await validateCommit(worker.client, worker.ref, atHead);
  }
  const settings = await ctx.settings();
  if (!settings.previews.enabled || (pull.fromFork && !settings.allowForks)) return;
  const previews = await previewsOf(worker, pull, changed, atHead);
  if (previews.length === 0) return;
  const cause = action === "opened" ? "create" : "push";
  const event: FerryEvent = {
    type: "deploy",
    id: ctx.deliveryId,
    at: ctx.now(),
    actor: ctx.origin.sender,
    cause,
    version: pull.headSha,
    ref: pull.headRef,
    pullRequest: pull.number,
  };
  const events = await withoutCurrentVersion(
    worker,
    previews.map((p) => ({ deployment: p.name, event, manifest: p.source })),
  );
  if (events.length === 0) return;
  const outcomes = await worker.submit(events);
  await tellRefusals(ctx, pull, outcomes, `ferry could not deploy the preview of ${pull.headSha.slice(0, 7)}:`);
}

async function removePreviews(ctx: HandlerContext, pull: PullFacts): Promise<void> {
  const { worker } = ctx;
  const names = await existingPreviews(worker, pull.number);
  if (names.length === 0) return;
  const event: FerryEvent = {
    type: "remove",
    id: ctx.deliveryId,
    at: ctx.now(),
    actor: ctx.origin.sender,
    cause: "api",
  };
  const outcomes = await worker.submit(names.map((deployment) => ({ deployment, event })));
  await tellRefusals(ctx, pull, outcomes, "ferry could not remove this pull request's preview:");
}

async function triggerMerge(ctx: HandlerContext, pull: PullFacts, mergeSha: string): Promise<void> {
  const { worker } = ctx;
  const landing: Landing = {
    sha: mergeSha,
    actor: ctx.origin.sender,
    cause: "merge",
    rejudge: true,
    pullRequest: pull.number,
  };
  let checked: Landing;
  if (await isTriggerBranch(worker, pull.baseRef, mergeSha, false)) {
    // The reconcile's compare says what the merge changed and validates its ferry files: no file list needed.
    checked = { ...landing, unchecked: true };
  } else {
    // Not a trigger branch: only a merge that brings ferry files is ferry's business.
    const changed = await pullRequestFiles(worker.client, worker.ref, pull.number);
    if (!touchesFerryFiles(changed)) return;
    const validated: CatalogAt | undefined = await worker.catalog.at(mergeSha);
    if (validated) await validateCommit(worker.client, worker.ref, validated);
    checked = { ...landing, ...(validated ? { validated } : {}) };
  }
  // The base branch's commits since its cursor, the merge among them: the same ids as its push and any reconcile.
  const { processed } = await reconcileBranch(worker, pull.baseRef, ctx.now(), checked);
  await tellRefusals(
    ctx,
    pull,
    processed.get(mergeSha) ?? [],
    `ferry did not deploy the merge ${mergeSha.slice(0, 7)}:`,
  );
}

/** Comments refusals on the pull request; what was applied shows in the check runs and deployments. */
async function tellRefusals(
  ctx: HandlerContext,
  pull: PullFacts,
  outcomes: readonly EventOutcome[],
  heading: string,
): Promise<void> {
  const refused = outcomes.filter((o) => o.kind === "refused" || o.kind === "blocked");
  if (refused.length === 0) return;
  await commentOnce(
    ctx.worker.client,
    ctx.worker.ref,
    pull.number,
    ctx.deliveryId,
    commentBody(heading, refused.map(describeOutcome)),
  );
}
