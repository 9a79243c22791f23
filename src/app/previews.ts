import picomatch from "picomatch";
import { isPreviewTemplate, parsePreviewName, previewName } from "../manifest/preview-name.ts";
import { manifestAt, type CatalogAt, type ManifestAt } from "../adapters/github/github-catalog.ts";
import type { ManifestSource } from "../core/deployment-state.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import type { ChangedFile } from "../manifest/deployments-touched.ts";
import type { Manifest } from "../manifest/manifest.ts";
import type { PullFacts } from "./webhook-facts/pull-request-facts.ts";
import { manifestsInForceAt, triggersOn } from "./manifests-in-force.ts";
import type { RepoWorker } from "./repo-workers.ts";

/** A preview deployment a pull request carries: its name and the manifest it runs with. */
export interface Preview {
  readonly name: string;
  readonly manifest: Manifest;
  readonly lifecycle: Lifecycle;
  /** Where the manifest was read: recorded in the preview's state, so every replica runs the same one. */
  readonly source: ManifestSource;
}

/**
 * The previews a pull request gets: one per manifest with `triggers.pullRequests: true` whose
 * trigger branches include the pull request's base, and whose trigger paths (when it has any)
 * match a changed file. The manifest is the pull request's own version when it changed it and
 * that version is valid, else the one in force on the base branch as GitHub holds it now (never
 * what this replica loaded before); an invalid one never replaces a valid one. Each preview's
 * deploy brings the manifest it was judged by, which its state then records.
 */
export async function previewsOf(
  worker: RepoWorker,
  pull: PullFacts,
  changed: readonly ChangedFile[],
  atHead: CatalogAt | undefined,
): Promise<Preview[]> {
  const templates = new Map<string, ManifestAt>();
  const atBase = await worker.catalog.at(pull.baseRef);
  for (const [name, entry] of atBase ? await manifestsInForceAt(worker, atBase) : [])
    if (isPreviewTemplate(entry.manifest)) templates.set(name, entry);
  for (const [name, manifest] of atHead?.manifests ?? []) {
    const entry = atHead && isPreviewTemplate(manifest) ? manifestAt(atHead, manifest) : undefined;
    if (entry) templates.set(name, entry);
    // A pull request that turns previews off for a manifest gets none from it.
    else templates.delete(name);
  }
  const previews: Preview[] = [];
  for (const [name, { manifest, lifecycle, source }] of templates) {
    if (!triggersOn(manifest, pull.baseRef, worker.defaultBranch)) continue;
    const paths = manifest.triggers.paths;
    if (paths && paths.length > 0) {
      const match = picomatch(paths as string[], { dot: true });
      if (!changed.some((f) => match(f.path) || f.path === manifest.file)) continue;
    }
    previews.push({ name: previewName(name, pull.number), manifest, lifecycle, source });
  }
  return previews;
}

/** The previews of a pull request that have a state file: what closing it has to remove. */
export async function existingPreviews(worker: RepoWorker, pullNumber: number): Promise<string[]> {
  const states = await worker.states({ fresh: true });
  return states.map((s) => s.deployment).filter((name) => parsePreviewName(name)?.pullNumber === pullNumber);
}
