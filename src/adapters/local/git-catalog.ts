import type { Lifecycle } from "../../core/lifecycle.ts";
import { builtinLifecycles } from "../../manifest/builtin-lifecycles.ts";
import { deploymentSpecOf } from "../../manifest/deployment-spec-of.ts";
import { duplicateFerryFiles } from "../../manifest/duplicate-ferry-files.ts";
import { LIFECYCLE_DIR, MANIFEST_DIR } from "../../manifest/deployments-touched.ts";
import { ferryFileName } from "../../manifest/ferry-file-name.ts";
import { loadLifecycle } from "../../manifest/load-lifecycle.ts";
import { loadManifest } from "../../manifest/load-manifest.ts";
import type { Manifest } from "../../manifest/manifest.ts";
import type { SourceError } from "../../manifest/source-error.ts";
import type { DeploymentCatalog, DeploymentSpec } from "../../ports/deployment-catalog.ts";
import type { GitObjectReader } from "./git-object-reader.ts";
import { TREE_MODE, treeEntries } from "./tree-entries.ts";

/** Every manifest and lifecycle of a repository at one commit, with the errors of those that did not load. */
export interface CatalogAt {
  readonly commit: string;
  readonly manifests: ReadonlyMap<string, Manifest>;
  readonly lifecycles: ReadonlyMap<string, Lifecycle>;
  readonly errors: readonly SourceError[];
  /** Whether the commit has a `.ferry/deployments/` folder at all. */
  readonly hasFerryDir: boolean;
}

/**
 * Loads `.ferry/lifecycles/*.yml` and `.ferry/deployments/*.yml` (or `.yaml`) as they are at `commit`:
 * the folders listed and the files read through `reader`, with no process of their own.
 */
export async function loadCatalogAt(reader: GitObjectReader, commit: string): Promise<CatalogAt> {
  const inDir = async (dir: string) =>
    (await filesBelow(reader, commit, dir.replace(/\/$/, ""))).filter((p) => ferryFileName(p) !== undefined);
  const [lifecyclePaths, manifestPaths] = await Promise.all([inDir(LIFECYCLE_DIR), inDir(MANIFEST_DIR)]);
  const duplicateLifecycles = duplicateFerryFiles(lifecyclePaths);
  const duplicateManifests = duplicateFerryFiles(manifestPaths);
  const texts = await reader.files(commit, [...lifecyclePaths, ...manifestPaths]);
  const errors: SourceError[] = [...duplicateLifecycles.errors];
  const lifecycles = new Map<string, Lifecycle>(builtinLifecycles());
  lifecyclePaths.forEach((path, i) => {
    if (duplicateLifecycles.duplicates.has(path)) return;
    const loaded = loadLifecycle(texts[i] ?? "", path);
    if (loaded.ok) lifecycles.set(loaded.lifecycle.name, loaded.lifecycle);
    else errors.push(...loaded.errors);
  });
  errors.push(...duplicateManifests.errors);
  const manifests = new Map<string, Manifest>();
  manifestPaths.forEach((path, i) => {
    if (duplicateManifests.duplicates.has(path)) return;
    const loaded = loadManifest(texts[lifecyclePaths.length + i] ?? "", path, { knownLifecycles: lifecycles });
    if (loaded.ok) manifests.set(loaded.manifest.name, loaded.manifest);
    else errors.push(...loaded.errors);
  });
  return { commit, manifests, lifecycles, errors, hasFerryDir: manifestPaths.length > 0 || lifecyclePaths.length > 0 };
}

/**
 * The paths of everything below folder `dir` at `commit` that is not itself a folder, in the order
 * `git ls-tree -r` gives them; none when `dir` is missing or not a folder.
 */
async function filesBelow(reader: GitObjectReader, commit: string, dir: string): Promise<string[]> {
  const tree = await reader.object(`${commit}:${dir}`);
  if (tree?.type !== "tree") return [];
  const entries = treeEntries(tree.content, tree.sha.length / 2);
  const below = await Promise.all(
    entries.map(async (entry) => {
      const path = `${dir}/${entry.name}`;
      return entry.mode === TREE_MODE ? filesBelow(reader, commit, path) : [path];
    }),
  );
  return below.flat();
}

/**
 * The deployments local mode knows, updated commit by commit. A manifest that stops loading
 * keeps its last valid version in force; secret values come from the environment.
 */
export class GitCatalog implements DeploymentCatalog {
  private readonly specs = new Map<string, DeploymentSpec>();
  private readonly manifests = new Map<string, Manifest>();

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  /** Takes in what loaded at a commit; removed manifests stay known so their `remove` can be handled. */
  update(catalog: CatalogAt): void {
    for (const [name, manifest] of catalog.manifests) {
      const lifecycle = catalog.lifecycles.get(manifest.lifecycle);
      if (!lifecycle) continue;
      this.manifests.set(name, manifest);
      this.specs.set(
        name,
        deploymentSpecOf(manifest, lifecycle, (secret) => this.env[secret]),
      );
    }
  }

  async get(deployment: string): Promise<DeploymentSpec | undefined> {
    return this.specs.get(deployment);
  }

  async promotedFrom(source: string): Promise<readonly string[]> {
    return this.names().filter((name) => this.specs.get(name)?.promotion?.from === source);
  }

  manifest(deployment: string): Manifest | undefined {
    return this.manifests.get(deployment);
  }

  names(): string[] {
    return [...this.specs.keys()].sort();
  }
}
