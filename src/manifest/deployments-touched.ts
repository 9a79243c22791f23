import picomatch from "picomatch";
import { ferryFileName } from "./ferry-file-name.ts";
import type { Manifest } from "./manifest.ts";

/** Where a repository's deployment manifests and lifecycles live (docs/architecture.md#names-fixed-for-users). */
export const MANIFEST_DIR = ".ferry/deployments/";
export const LIFECYCLE_DIR = ".ferry/lifecycles/";

export interface ChangedFile {
  readonly path: string;
  readonly status: "added" | "modified" | "removed";
}

export interface TouchedDeployments {
  /** Deployments to trigger: their manifest changed, or a changed file matches their trigger paths. */
  readonly triggered: readonly string[];
  /** Deployments whose manifest was added by this change (they start in their initial state). */
  readonly created: readonly string[];
  /** Deployments whose manifest was removed: the lifecycle handles `remove`. */
  readonly removed: readonly string[];
}

/** The deployment a path under `.ferry/deployments/` declares (`<name>.yml` or `<name>.yaml`), if any. */
export function deploymentOfPath(path: string): string | undefined {
  if (!path.startsWith(MANIFEST_DIR) || path.slice(MANIFEST_DIR.length).includes("/")) return undefined;
  return ferryFileName(path);
}

/**
 * Which deployments a set of changed files touches, on `branch`: a deployment is triggered when
 * its own manifest changed, or when a changed file matches its `triggers.paths` (globs, as in
 * GitHub Actions `paths` filters) and `branch` is one of its trigger branches. Manifests are the
 * ones in force after the change; a removed manifest is reported as removed, never forgotten.
 */
export function deploymentsTouched(
  manifests: ReadonlyMap<string, Manifest>,
  changed: readonly ChangedFile[],
  branch: string,
  defaultBranch: string,
): TouchedDeployments {
  const triggered = new Set<string>();
  const created: string[] = [];
  const removed: string[] = [];
  for (const file of changed) {
    const own = deploymentOfPath(file.path);
    if (own === undefined) continue;
    if (file.status === "removed") removed.push(own);
    else {
      if (file.status === "added") created.push(own);
      const manifest = manifests.get(own);
      if (manifest && onBranch(manifest, branch, defaultBranch)) triggered.add(own);
    }
  }
  for (const [name, manifest] of manifests) {
    if (triggered.has(name) || !onBranch(manifest, branch, defaultBranch)) continue;
    const paths = manifest.triggers.paths;
    if (!paths || paths.length === 0) continue;
    const match = picomatch(paths as string[], { dot: true });
    if (changed.some((f) => match(f.path))) triggered.add(name);
  }
  return {
    triggered: [...triggered].sort(),
    created: created.sort(),
    removed: removed.filter((r) => !manifests.has(r)).sort(),
  };
}

function onBranch(manifest: Manifest, branch: string, defaultBranch: string): boolean {
  const branches = manifest.triggers.branches ?? [defaultBranch];
  return branches.some((pattern) => picomatch.isMatch(branch, pattern));
}
