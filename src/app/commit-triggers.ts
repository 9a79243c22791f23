import picomatch from "picomatch";
import type { CatalogAt } from "../adapters/github/github-catalog.ts";
import { isPreviewTemplate } from "../manifest/preview-name.ts";
import type { FerryEvent } from "../core/ferry-event.ts";
import type { DeploymentEvent } from "../engine/deployment-event.ts";
import { deploymentsTouched, MANIFEST_DIR, type ChangedFile } from "../manifest/deployments-touched.ts";
import type { Manifest } from "../manifest/manifest.ts";
import { touchesFerryFiles } from "./changed-files.ts";
import type { RepoWorker } from "./repo-workers.ts";

/** A commit that landed on a branch: pushed, or the merge commit of a pull request. */
export interface LandedCommit {
  readonly sha: string;
  readonly branch: string;
  readonly changed: readonly ChangedFile[];
  readonly actor: string;
  readonly cause: "push" | "merge";
  readonly at: string;
  /** The pull request merged as this commit, when the webhook said so. */
  readonly pullRequest?: number;
}

/** A manifest that only deploys pull-request previews is a template, not a deployment of its branch. */
export function deploysBranches(manifest: Manifest): boolean {
  return !isPreviewTemplate(manifest) || manifest.triggers.branches !== undefined;
}

/**
 * The lifecycle events a landed commit causes: `deploy` (version = the commit) for each deployment
 * whose manifest or trigger paths it touches on one of its trigger branches, and `remove` for each
 * manifest it deleted. Manifests are judged as they are at the commit (read from GitHub, once per
 * commit), so every replica decides alike: a changed manifest counts only if valid, an invalid one
 * triggers nothing and the last valid one (recorded in the state) stays in force.
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
  // The manifests at the commit, as GitHub holds them, decide what it triggers: never what this replica has seen.
  const catalog = validated ?? (await worker.catalog.at(commit.sha));
  if (!catalog) return [];
  // A commit that changed the ferry files brings its manifests into force for the deployments it triggers.
  let brought: CatalogAt | undefined;
  if (touchesFerryFiles(commit.changed)) {
    worker.catalog.accept(catalog, commit.branch);
    await worker.catalog.inForce();
    brought = catalog;
  }
  const manifests = await withLastValid(worker, catalog, commit.changed);
  const deployments = new Map([...manifests].filter(([, m]) => deploysBranches(m)));
  const touched = deploymentsTouched(deployments, commit.changed, commit.branch, worker.defaultBranch);
  const created = new Set(touched.created);
  const base = { at: commit.at, actor: commit.actor };
  const events: DeploymentEvent[] = [];
  for (const deployment of touched.triggered) {
    const event: FerryEvent = {
      ...base,
      type: "deploy",
      id: deliveryId,
      cause: created.has(deployment) ? "create" : commit.cause,
      version: commit.sha,
      ref: commit.branch,
      ...(commit.pullRequest === undefined ? {} : { pullRequest: commit.pullRequest }),
    };
    const manifest = brought?.manifests.get(deployment);
    events.push(
      brought && manifest
        ? { deployment, event, manifest: { commit: brought.commit, path: manifest.file } }
        : { deployment, event },
    );
  }
  for (const deployment of touched.removed) {
    const known = worker.catalog.entry(deployment);
    // Deleting a manifest on a feature branch must not tear down what its trigger branch deploys.
    const branches = known?.manifest.triggers.branches ?? [worker.defaultBranch];
    if (!branches.some((pattern) => picomatch.isMatch(commit.branch, pattern))) continue;
    worker.catalog.retire(deployment);
    // A removed preview template has no deployment of its own: its previews end with their pull requests.
    if (known && !deploysBranches(known.manifest)) continue;
    events.push({ deployment, event: { ...base, type: "remove", id: deliveryId, cause: commit.cause } });
  }
  return withoutCurrentVersion(worker, events);
}

/**
 * The valid manifests of a catalog, plus, for a manifest that is invalid there but was not changed
 * by this commit (an earlier commit broke it), the last valid one: the one its state records.
 * The commit that broke a manifest triggers nothing for it; later commits keep deploying it.
 */
async function withLastValid(
  worker: RepoWorker,
  catalog: CatalogAt,
  changed: readonly ChangedFile[],
): Promise<ReadonlyMap<string, Manifest>> {
  const invalid = new Set(catalog.errors.map((e) => e.file).filter((file) => file.startsWith(MANIFEST_DIR)));
  for (const file of changed) invalid.delete(file.path);
  if (invalid.size === 0) return catalog.manifests;
  const manifests = new Map(catalog.manifests);
  for (const state of await worker.states()) {
    const source = state.manifest;
    if (!source || !invalid.has(source.path) || manifests.has(state.deployment)) continue;
    const last = (await worker.catalog.at(source.commit))?.manifests.get(state.deployment);
    if (last) manifests.set(state.deployment, last);
  }
  return manifests;
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
