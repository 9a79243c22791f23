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
import { parsePreviewName, previewEnvironment } from "../../manifest/preview-name.ts";
import type { SourceError } from "../../manifest/source-error.ts";
import type { DeploymentCatalog, DeploymentSpec } from "../../ports/deployment-catalog.ts";
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

/** What a deployment's state file says about its manifest: the one it records, and the version it last ran. */
export interface RecordedManifest {
  readonly manifest?: ManifestSource;
  readonly version?: string;
}

export interface GitHubCatalogOptions {
  /** The repository's default branch: where a deployment that has no state yet finds its manifest. */
  readonly defaultBranch: () => string;
  /** What a deployment's state file records (the state store's copy); undefined when it has none. */
  readonly recorded?: (deployment: string) => Promise<RecordedManifest | undefined>;
}

/**
 * Catalogs remembered by commit sha. A commit's `.ferry/` never changes, so this cache changes
 * only speed: a replica that forgot a commit, or never saw it, reads it again from GitHub.
 */
const CACHED_COMMITS = 16;

/** A manifest, its lifecycle and where it was read. */
export interface ManifestAt {
  readonly manifest: Manifest;
  readonly lifecycle: Lifecycle;
  readonly source: ManifestSource;
}

/** A valid manifest of a catalog with its lifecycle and source; undefined when its lifecycle is not there. */
export function manifestAt(catalog: CatalogAt, manifest: Manifest): ManifestAt | undefined {
  const lifecycle = catalog.lifecycles.get(manifest.lifecycle);
  return lifecycle && { manifest, lifecycle, source: { commit: catalog.commit, path: manifest.file } };
}

/**
 * The deployments of one repository as the engine needs them, read through the API from what
 * GitHub holds, never from what this replica happened to load: a deployment's spec comes from the
 * manifest its state records (or its event brings), at that commit; one whose state records none
 * is found at the version it last ran, and one without a state on the default branch as it is now.
 * The only memory is {@link at}'s bounded cache of catalogs by commit.
 */
export class GitHubCatalog implements DeploymentCatalog {
  private readonly commits = new Map<string, Promise<CatalogAt | undefined>>();

  constructor(
    private readonly client: GitHubClient,
    private readonly ref: RepoRef,
    private readonly options: GitHubCatalogOptions,
  ) {}

  /** The catalog at a commit sha (remembered) or a branch (read each time, then remembered by its commit). */
  at(rev: string): Promise<CatalogAt | undefined> {
    const isSha = /^[0-9a-f]{40}$/.test(rev);
    const known = isSha ? this.commits.get(rev) : undefined;
    if (known) return known;
    const reading = readCatalogAt(this.client, this.ref, rev);
    if (isSha) this.remember(rev, reading);
    else
      void reading.then(
        (read) => read && this.remember(read.commit, Promise.resolve(read)),
        () => undefined,
      );
    return reading;
  }

  private remember(commit: string, reading: Promise<CatalogAt | undefined>): void {
    this.commits.delete(commit);
    this.commits.set(commit, reading);
    reading.catch(() => this.commits.delete(commit));
    const oldest = this.commits.keys().next();
    if (this.commits.size > CACHED_COMMITS && !oldest.done) this.commits.delete(oldest.value);
  }

  /**
   * The deployments whose manifest promotes from `source` (`promotion.from`), judged at the
   * version `source` runs now (the commit being promoted, as GitHub holds it), else at the
   * manifest its state records, else on the default branch.
   */
  async promotedFrom(source: string): Promise<readonly string[]> {
    const recorded = await this.options.recorded?.(source);
    let catalog = recorded?.version ? await this.at(recorded.version).catch(() => undefined) : undefined;
    if (!catalog && recorded?.manifest) catalog = await this.at(recorded.manifest.commit);
    catalog ??= await this.at(this.options.defaultBranch());
    return [...(catalog?.manifests.values() ?? [])].filter((m) => m.promotion?.from === source).map((m) => m.name);
  }

  async get(deployment: string, source?: ManifestSource): Promise<DeploymentSpec | undefined> {
    // The manifest a state records (or an event brings) decides, whatever this replica holds.
    if (source) return this.specAt(deployment, source.commit, source.path);
    const recorded = await this.options.recorded?.(deployment);
    if (recorded?.manifest) return this.specAt(deployment, recorded.manifest.commit, recorded.manifest.path);
    // A state of an earlier build records no manifest: it is found again where the deployment last ran.
    const version = recorded?.version;
    const found = version ? await this.specAt(deployment, version).catch(() => undefined) : undefined;
    return found ?? this.specAt(deployment, this.options.defaultBranch());
  }

  /** The spec from the manifest at a commit (at `path` there when given); read once per commit, remembered. */
  private async specAt(deployment: string, commit: string, path?: string): Promise<DeploymentSpec | undefined> {
    const catalog = await this.at(commit);
    const preview = parsePreviewName(deployment);
    const name = catalog?.manifests.has(deployment) || !preview ? deployment : preview.base;
    const manifest =
      (path === undefined ? undefined : [...(catalog?.manifests.values() ?? [])].find((m) => m.file === path)) ??
      catalog?.manifests.get(name);
    const found = catalog && manifest && manifestAt(catalog, manifest);
    if (!found) return undefined;
    const spec = { ...deploymentSpecOf(found.manifest, found.lifecycle), source: found.source };
    return name === deployment || !preview
      ? spec
      : { ...spec, name: deployment, environment: previewEnvironment(found.manifest, preview.pullNumber) };
  }
}
