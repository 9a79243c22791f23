import picomatch from "picomatch";
import type { ManifestSource } from "../../core/deployment-state.ts";
import type { Lifecycle } from "../../core/lifecycle.ts";
import { builtinLifecycles } from "../../manifest/builtin-lifecycles.ts";
import { deploymentSpecOf } from "../../manifest/deployment-spec-of.ts";
import { duplicateFerryFiles } from "../../manifest/duplicate-ferry-files.ts";
import { LIFECYCLE_DIR, MANIFEST_DIR } from "../../manifest/deployments-touched.ts";
import { ferryFileName } from "../../manifest/ferry-file-name.ts";
import { loadLifecycle } from "../../manifest/load-lifecycle.ts";
import { loadManifest } from "../../manifest/load-manifest.ts";
import type { Manifest } from "../../manifest/manifest.ts";
import { isPreviewTemplate, parsePreviewName, previewEnvironment } from "../../manifest/preview-name.ts";
import type { SourceError } from "../../manifest/source-error.ts";
import type { DeploymentCatalog, DeploymentSpec } from "../../ports/deployment-catalog.ts";
import { silentLogger, type Logger } from "../../ports/logger.ts";
import type { GitHubClient, RepoRef } from "./github-client.ts";

/** The `.ferry/` folder and the commit it was read at, in one request: `rev` and `rev:.ferry` agree. */
const CATALOG_QUERY = `query ferryCatalog($owner: String!, $name: String!, $rev: String!, $dir: String!) {
  repository(owner: $owner, name: $name) {
    commit: object(expression: $rev) { oid }
    dir: object(expression: $dir) {
      ... on Tree {
        entries {
          name
          type
          object { ... on Tree { entries { name type object { ... on Blob { text isTruncated } } } } }
        }
      }
    }
  }
}`;

interface BlobEntry {
  readonly name: string;
  readonly type: string;
  readonly object: { readonly text?: string | null; readonly isTruncated?: boolean } | null;
}

interface CatalogAnswer {
  readonly repository: {
    readonly commit: { readonly oid: string } | null;
    readonly dir: {
      readonly entries?: readonly {
        readonly name: string;
        readonly type: string;
        readonly object: { readonly entries?: readonly BlobEntry[] } | null;
      }[];
    } | null;
  } | null;
}

/** Every manifest and lifecycle of a repository at one commit, with the errors of the files that did not load. */
export interface CatalogAt {
  readonly commit: string;
  /** Valid manifests by deployment name. */
  readonly manifests: ReadonlyMap<string, Manifest>;
  /** Built-in lifecycles plus the repository's valid ones, by name. */
  readonly lifecycles: ReadonlyMap<string, Lifecycle>;
  readonly errors: readonly SourceError[];
}

/**
 * Reads `.ferry/lifecycles/*.yml` and `.ferry/deployments/*.yml` (or `.yaml`) at a commit (or branch) in one
 * GraphQL request and loads them; undefined when the revision does not exist.
 */
export async function readCatalogAt(client: GitHubClient, ref: RepoRef, rev: string): Promise<CatalogAt | undefined> {
  const answer = await client.graphql<CatalogAnswer>(CATALOG_QUERY, {
    owner: ref.owner,
    name: ref.repo,
    rev,
    dir: `${rev}:.ferry`,
  });
  const commit = answer.repository?.commit?.oid;
  if (!commit) return undefined;
  const folders = new Map<string, readonly BlobEntry[]>();
  for (const entry of answer.repository?.dir?.entries ?? []) {
    if (entry.type === "tree") folders.set(`.ferry/${entry.name}/`, entry.object?.entries ?? []);
  }
  const errors: SourceError[] = [];
  const lifecycles = new Map<string, Lifecycle>(builtinLifecycles());
  for (const [path, text] of texts(folders.get(LIFECYCLE_DIR), LIFECYCLE_DIR, errors)) {
    const loaded = loadLifecycle(text, path);
    if (loaded.ok) lifecycles.set(loaded.lifecycle.name, loaded.lifecycle);
    else errors.push(...loaded.errors);
  }
  const manifests = new Map<string, Manifest>();
  for (const [path, text] of texts(folders.get(MANIFEST_DIR), MANIFEST_DIR, errors)) {
    const loaded = loadManifest(text, path, { knownLifecycles: lifecycles });
    if (loaded.ok) manifests.set(loaded.manifest.name, loaded.manifest);
    else errors.push(...loaded.errors);
  }
  return { commit, manifests, lifecycles, errors };
}

function texts(entries: readonly BlobEntry[] | undefined, dir: string, errors: SourceError[]): [string, string][] {
  const out: [string, string][] = [];
  const files = (entries ?? []).filter((entry) => entry.type === "blob" && ferryFileName(entry.name) !== undefined);
  const duplicates = duplicateFerryFiles(files.map((entry) => `${dir}${entry.name}`));
  errors.push(...duplicates.errors);
  for (const entry of files) {
    const path = `${dir}${entry.name}`;
    if (duplicates.duplicates.has(path)) continue;
    const text = entry.object?.text;
    if (typeof text !== "string" || entry.object?.isTruncated) {
      errors.push({
        file: path,
        line: 1,
        column: 1,
        path: "",
        message: "the file is binary or too large for ferry to read",
        code: "file",
      });
      continue;
    }
    out.push([path, text]);
  }
  return out.sort(([a], [b]) => a.localeCompare(b));
}

export interface GitHubCatalogOptions {
  /** The repository's default branch, whose manifests are in force until a trigger branch says otherwise. */
  readonly defaultBranch: () => string;
  /** The version a deployment last ran, from its state file: where a removed or preview manifest is found again after a restart. */
  readonly lastVersion?: (deployment: string) => Promise<string | undefined>;
  readonly log?: Logger;
}

const CACHED_COMMITS = 16;
/** Preview specs remembered; one forgotten is read again where its state records its manifest. */
const CACHED_PREVIEWS = 256;

/** A manifest in force, its lifecycle and where it was read. */
interface InForce {
  readonly manifest: Manifest;
  readonly lifecycle: Lifecycle;
  readonly source: ManifestSource;
}

const sourceOf = (catalog: CatalogAt, manifest: Manifest): ManifestSource => ({
  commit: catalog.commit,
  path: manifest.file,
});

/**
 * The deployments of one repository as the engine needs them, read through the API. The manifest
 * in force is the last valid one: an invalid change never replaces it, and a removed manifest
 * stays known so that its lifecycle can handle `remove`. After a restart the default branch is
 * read once, and a deployment missing there is found at the version its state file last ran.
 */
export class GitHubCatalog implements DeploymentCatalog {
  private readonly manifests = new Map<string, InForce>();
  private readonly previews = new Map<string, DeploymentSpec>();
  private readonly retired = new Set<string>();
  private readonly commits = new Map<string, Promise<CatalogAt | undefined>>();
  private defaultLoaded: Promise<void> | undefined;
  private readonly log: Logger;

  constructor(
    private readonly client: GitHubClient,
    private readonly ref: RepoRef,
    private readonly options: GitHubCatalogOptions,
  ) {
    this.log = options.log ?? silentLogger;
  }

  /** The catalog at a commit sha (remembered) or a branch (read each time). */
  at(rev: string): Promise<CatalogAt | undefined> {
    const isSha = /^[0-9a-f]{40}$/.test(rev);
    const known = isSha ? this.commits.get(rev) : undefined;
    if (known) return known;
    const reading = readCatalogAt(this.client, this.ref, rev);
    if (isSha) {
      this.commits.set(rev, reading);
      reading.catch(() => this.commits.delete(rev));
      const oldest = this.commits.keys().next();
      if (this.commits.size > CACHED_COMMITS && !oldest.done) this.commits.delete(oldest.value);
    }
    return reading;
  }

  /** Brings the valid manifests at a commit into force for deployments that trigger on `branch`. */
  accept(catalog: CatalogAt, branch: string): void {
    for (const [name, manifest] of catalog.manifests) {
      const lifecycle = catalog.lifecycles.get(manifest.lifecycle);
      const branches = manifest.triggers.branches ?? [this.options.defaultBranch()];
      if (lifecycle && branches.some((pattern) => picomatch.isMatch(branch, pattern))) {
        this.manifests.set(name, { manifest, lifecycle, source: sourceOf(catalog, manifest) });
        this.retired.delete(name);
      }
    }
  }

  /**
   * A manifest was removed from its trigger branch: it leaves {@link inForce} (no new triggers,
   * labels or previews), but its spec stays known so that `remove` and its timers still run.
   */
  retire(deployment: string): void {
    if (this.manifests.has(deployment)) this.retired.add(deployment);
  }

  /** Records the manifest a pull request's preview runs with (the one at the pull request's head). */
  setPreview(
    name: string,
    manifest: Manifest,
    lifecycle: Lifecycle,
    environment: string,
    source: ManifestSource,
  ): void {
    this.previews.delete(name);
    this.previews.set(name, { ...deploymentSpecOf(manifest, lifecycle), name, environment, source });
    const oldest = this.previews.keys().next();
    if (this.previews.size > CACHED_PREVIEWS && !oldest.done) this.previews.delete(oldest.value);
  }

  /** The manifest in force for a deployment and its lifecycle (after {@link inForce} has loaded them). */
  entry(deployment: string): InForce | undefined {
    return this.manifests.get(deployment);
  }

  /** The manifests in force, reading the default branch the first time. */
  async inForce(): Promise<ReadonlyMap<string, Manifest>> {
    await this.loadDefault();
    return new Map(
      [...this.manifests].filter(([name]) => !this.retired.has(name)).map(([name, m]) => [name, m.manifest]),
    );
  }

  async promotedFrom(source: string): Promise<readonly string[]> {
    const inForce = await this.inForce();
    return [...inForce.values()].filter((m) => m.promotion?.from === source).map((m) => m.name);
  }

  async get(deployment: string, source?: ManifestSource): Promise<DeploymentSpec | undefined> {
    // The manifest a state records (or an event brings) decides, whatever this replica holds.
    if (source) return this.specAt(deployment, source.commit, source.path);
    const found = this.known(deployment);
    if (found) return found;
    await this.loadDefault();
    const again = this.known(deployment);
    if (again) return again;
    // A state of an earlier build records no manifest: it is found again where the deployment last ran.
    const version = await this.options.lastVersion?.(deployment);
    return version ? this.specAt(deployment, version) : undefined;
  }

  /** The spec from the manifest at a commit (at `path` there when given); read once per commit, remembered. */
  private async specAt(deployment: string, commit: string, path?: string): Promise<DeploymentSpec | undefined> {
    const catalog = await this.at(commit);
    const preview = parsePreviewName(deployment);
    const name = catalog?.manifests.has(deployment) || !preview ? deployment : preview.base;
    const manifest =
      (path === undefined ? undefined : [...(catalog?.manifests.values() ?? [])].find((m) => m.file === path)) ??
      catalog?.manifests.get(name);
    const lifecycle = manifest && catalog?.lifecycles.get(manifest.lifecycle);
    if (!catalog || !manifest || !lifecycle) return undefined;
    const spec = { ...deploymentSpecOf(manifest, lifecycle), source: sourceOf(catalog, manifest) };
    return name === deployment || !preview
      ? spec
      : { ...spec, name: deployment, environment: previewEnvironment(manifest, preview.pullNumber) };
  }

  private known(deployment: string): DeploymentSpec | undefined {
    const preview = this.previews.get(deployment);
    if (preview) return preview;
    const entry = this.manifests.get(deployment);
    if (entry) return { ...deploymentSpecOf(entry.manifest, entry.lifecycle), source: entry.source };
    const parsed = parsePreviewName(deployment);
    const base = parsed && this.manifests.get(parsed.base);
    if (!parsed || !base || !isPreviewTemplate(base.manifest)) return undefined;
    const spec = deploymentSpecOf(base.manifest, base.lifecycle);
    return {
      ...spec,
      name: deployment,
      environment: previewEnvironment(base.manifest, parsed.pullNumber),
      source: base.source,
    };
  }

  private loadDefault(): Promise<void> {
    this.defaultLoaded ??= (async () => {
      const branch = this.options.defaultBranch();
      const catalog = await this.at(branch);
      if (!catalog) return;
      // Manifests already taken in from a newer event win over the default branch read at startup.
      const before = new Set(this.manifests.keys());
      for (const [name, manifest] of catalog.manifests) {
        const lifecycle = catalog.lifecycles.get(manifest.lifecycle);
        if (lifecycle && !before.has(name))
          this.manifests.set(name, { manifest, lifecycle, source: sourceOf(catalog, manifest) });
      }
      if (catalog.errors.length > 0)
        this.log.warn(
          { repo: `${this.ref.owner}/${this.ref.repo}`, errors: catalog.errors.length },
          `invalid ferry files on ${branch}; the last valid manifests stay in force`,
        );
    })().catch((error: unknown) => {
      this.defaultLoaded = undefined;
      throw error;
    });
    return this.defaultLoaded;
  }
}
