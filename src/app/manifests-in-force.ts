import picomatch from "picomatch";
import { manifestAt, type CatalogAt, type ManifestAt } from "../adapters/github/github-catalog.ts";
import type { DeploymentState } from "../core/deployment-state.ts";
import { MANIFEST_DIR, type ChangedFile } from "../manifest/deployments-touched.ts";
import type { Manifest } from "../manifest/manifest.ts";
import { isPreviewTemplate } from "../manifest/preview-name.ts";
import type { RepoWorker } from "./repo-workers.ts";

/** A manifest that only deploys pull-request previews is a template, not a deployment of its branch. */
export function deploysBranches(manifest: Manifest): boolean {
  return !isPreviewTemplate(manifest) || manifest.triggers.branches !== undefined;
}

/** Whether `branch` is one of the manifest's trigger branches (the default branch unless it names others). */
export function triggersOn(manifest: Manifest, branch: string, defaultBranch: string): boolean {
  return (manifest.triggers.branches ?? [defaultBranch]).some((pattern) => picomatch.isMatch(branch, pattern));
}

/**
 * The manifests in force at a commit, as GitHub holds it, so every replica finds the same ones
 * whatever it loaded before: the valid manifests there, plus, for a manifest that is invalid there,
 * the last valid one, which its deployment's state records. A file in `brokenHere` (a change of
 * this very commit) gets no last valid one: the commit that broke a manifest triggers nothing for it.
 */
export async function manifestsInForceAt(
  worker: RepoWorker,
  catalog: CatalogAt,
  brokenHere: readonly ChangedFile[] = [],
): Promise<ReadonlyMap<string, ManifestAt>> {
  const inForce = new Map<string, ManifestAt>();
  for (const [name, manifest] of catalog.manifests) {
    const found = manifestAt(catalog, manifest);
    if (found) inForce.set(name, found);
  }
  const invalid = new Set(catalog.errors.map((e) => e.file).filter((file) => file.startsWith(MANIFEST_DIR)));
  for (const file of brokenHere) invalid.delete(file.path);
  if (invalid.size === 0) return inForce;
  // Fresh: a deployment another replica created since this one last listed the state branch has
  // its last valid manifest there too, and every replica must count it the same.
  for (const state of await worker.states({ fresh: true })) {
    const source = state.manifest;
    if (!source || !invalid.has(source.path) || inForce.has(state.deployment)) continue;
    const last = await recordedManifest(worker, state);
    if (last) inForce.set(state.deployment, last);
  }
  return inForce;
}

/**
 * The manifest a deployment's state records, read at its commit from GitHub; for a state of an
 * earlier build, which records none, the manifest at the version it last ran.
 */
export async function recordedManifest(worker: RepoWorker, state: DeploymentState): Promise<ManifestAt | undefined> {
  const source = state.manifest;
  const rev = source?.commit ?? state.run?.version;
  if (!rev || !/^[0-9a-f]{40}$/.test(rev)) return undefined;
  const catalog = await worker.catalog.at(rev);
  const manifest = source
    ? [...(catalog?.manifests.values() ?? [])].find((m) => m.file === source.path)
    : catalog?.manifests.get(state.deployment);
  return catalog && manifest && manifestAt(catalog, manifest);
}
