import { mergedPullRequestOf } from "../adapters/github/commit-pull-request.ts";
import type { CatalogAt } from "../adapters/github/github-catalog.ts";
import type { FerryEvent } from "../core/ferry-event.ts";
import type { DeploymentEvent } from "../engine/deployment-event.ts";
import { deploymentsTouched, type ChangedFile } from "../manifest/deployments-touched.ts";
import { deploysBranches, manifestsInForceAt, recordedManifest, triggersOn } from "./manifests-in-force.ts";
import type { RepoWorker } from "./repo-workers.ts";

/** A commit that landed on a branch: pushed, or the merge commit of a pull request. */
export interface LandedCommit {
  readonly sha: string;
  readonly branch: string;
  readonly changed: readonly ChangedFile[];
  readonly actor: string;
  readonly cause: "push" | "merge";
  readonly at: string;
  /** The pull request merged as this commit, when the webhook said so; otherwise GitHub is asked if it deploys. */
  readonly pullRequest?: number;
}

/**
 * The lifecycle events a landed commit causes: `deploy` (version = the commit) for each deployment
 * whose manifest or trigger paths it touches on one of its trigger branches, and `remove` for each
 * manifest it deleted. Everything is judged from what GitHub holds, read once per commit, so every
 * replica decides alike whatever manifests it loaded before:
 *
 * - what a commit triggers, by the manifests at that commit: a changed manifest counts only if
 *   valid; an invalid one triggers nothing, and the last valid one (recorded in the state) stays in
 *   force for later commits. Each deploy brings the manifest it was judged by, which its state
 *   then records;
 * - whether a deleted manifest's deployment is removed, by the manifest its state records (the one
 *   it last ran with): a deletion on a branch that manifest does not trigger on removes nothing,
 *   and a deployment without a state (never deployed, or a preview template) has nothing to remove.
 *
 * Event ids are the webhook's delivery id, so a redelivery changes nothing. A merge is announced
 * twice (`pull_request.closed` and the `push` of its merge commit): a deployment whose current
 * run already has this version is not triggered again (see {@link withoutCurrentVersion}).
 */
export async function landedCommitEvents(
  worker: RepoWorker,
  commit: LandedCommit,
  deliveryId: string,
  validated?: CatalogAt,
): Promise<DeploymentEvent[]> {
  const catalog = validated ?? (await worker.catalog.at(commit.sha));
  if (!catalog) return [];
  const inForce = await manifestsInForceAt(worker, catalog, commit.changed);
  const deployments = new Map(
    [...inForce].filter(([, m]) => deploysBranches(m.manifest)).map(([name, m]) => [name, m.manifest]),
  );
  const touched = deploymentsTouched(deployments, commit.changed, commit.branch, worker.defaultBranch);
  const created = new Set(touched.created);
  const base = { at: commit.at, actor: commit.actor };
  // A merge deployed before (or without) its `pull_request` webhook, by its push or a reconcile, still links its pull request.
  const pullRequest =
    touched.triggered.length === 0
      ? undefined
      : (commit.pullRequest ?? (await mergedPullRequestOf(worker.client, worker.ref, commit.sha)));
  const events: DeploymentEvent[] = [];
  for (const deployment of touched.triggered) {
    const event: FerryEvent = {
      ...base,
      type: "deploy",
      id: deliveryId,
      cause: created.has(deployment) ? "create" : commit.cause,
      version: commit.sha,
      ref: commit.branch,
      ...(pullRequest === undefined ? {} : { pullRequest }),
    };
    const source = inForce.get(deployment)?.source;
    events.push(source ? { deployment, event, manifest: source } : { deployment, event });
  }
  if (touched.removed.length > 0) {
    const states = new Map((await worker.states({ fresh: true })).map((s) => [s.deployment, s]));
    for (const deployment of touched.removed) {
      const state = states.get(deployment);
      if (!state) continue;
      // Deleting a manifest on a feature branch must not tear down what its trigger branch deploys.
      const last = await recordedManifest(worker, state);
      if (
        last ? !triggersOn(last.manifest, commit.branch, worker.defaultBranch) : commit.branch !== worker.defaultBranch
      )
        continue;
      events.push({ deployment, event: { ...base, type: "remove", id: deliveryId, cause: commit.cause } });
    }
  }
  return withoutCurrentVersion(worker, events);
}

/**
 * Drops deploy triggers of the version a deployment's current run already has (deploying it, or
 * deployed): the second announcement of a merge, or a branch moved back to what runs. Judged on
 * the state branch as this task read it from GitHub, not on older memory. A rolled-back version is not the
 * current run's, so its trigger reaches the core, which refuses it as `version-rolled-back`.
 */
export async function withoutCurrentVersion(
  worker: RepoWorker,
  events: readonly DeploymentEvent[],
): Promise<DeploymentEvent[]> {
  if (!events.some((e) => e.event.type === "deploy")) return [...events];
  const states = new Map((await worker.states({ fresh: true })).map((s) => [s.deployment, s]));
  return events.filter(
    ({ deployment, event }) => event.type !== "deploy" || states.get(deployment)?.run?.version !== event.version,
  );
}
