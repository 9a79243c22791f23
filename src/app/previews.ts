import picomatch from "picomatch";
import { isPreviewTemplate, parsePreviewName, previewEnvironment, previewName } from "../manifest/preview-name.ts";
import type { CatalogAt } from "../adapters/github/github-catalog.ts";
import type { ManifestSource } from "../core/deployment-state.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import type { ChangedFile } from "../manifest/deployments-touched.ts";
import type { Manifest } from "../manifest/manifest.ts";
import type { PullFacts } from "./webhook-facts/pull-request-facts.ts";
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
 * that version is valid, else the one in force; an invalid one never replaces a valid one.
 */
export async function previewsOf(
  worker: RepoWorker,
  pull: PullFacts,
  changed: readonly ChangedFile[],
  atHead: CatalogAt | undefined,
): Promise<Preview[]> {
  const templates = new Map<string, { manifest: Manifest; lifecycle: Lifecycle; source: ManifestSource }>();
  for (const [name] of await worker.catalog.inForce()) {
    const entry = worker.catalog.entry(name);
    if (entry && isPreviewTemplate(entry.manifest)) templates.set(name, entry);
  }
  for (const [name, manifest] of atHead?.manifests ?? []) {
    const lifecycle = atHead?.lifecycles.get(manifest.lifecycle);
    if (atHead && lifecycle && isPreviewTemplate(manifest))
      templates.set(name, { manifest, lifecycle, source: { commit: atHead.commit, path: manifest.file } });
    // A pull request that turns previews off for a manifest gets none from it.
    else templates.delete(name);
  }
  const previews: Preview[] = [];
  for (const [name, { manifest, lifecycle, source }] of templates) {
    const branches = manifest.triggers.branches ?? [worker.defaultBranch];
    if (!branches.some((pattern) => picomatch.isMatch(pull.baseRef, pattern))) continue;
    const paths = manifest.triggers.paths;
    if (paths && paths.length > 0) {
      const match = picomatch(paths as string[], { dot: true });
      if (!changed.some((f) => match(f.path) || f.path === manifest.file)) continue;
    }
    previews.push({ name: previewName(name, pull.number), manifest, lifecycle, source });
  }
  return previews;
}

/** Makes the previews' manifests the ones their deployments run with. */
export function registerPreviews(worker: RepoWorker, pullNumber: number, previews: readonly Preview[]): void {
  for (const preview of previews)
    worker.catalog.setPreview(
      preview.name,
      preview.manifest,
      preview.lifecycle,
      previewEnvironment(preview.manifest, pullNumber),
      preview.source,
    );
}

/** The previews of a pull request that have a state file: what closing it has to remove. */
export async function existingPreviews(worker: RepoWorker, pullNumber: number): Promise<string[]> {
  const states = await worker.states({ fresh: true });
  return states.map((s) => s.deployment).filter((name) => parsePreviewName(name)?.pullNumber === pullNumber);
}
