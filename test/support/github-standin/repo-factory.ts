import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { GitStore } from "./git-store.ts";
import { Ids } from "./ids.ts";
import { isoTime } from "./iso-time.ts";
import { noreplyEmail, type FileMap } from "./repo-writer.ts";
import { Mutex, type RepoRecord, type StandinState, type UserRecord } from "./standin-state.ts";

/** What a test says about a repository it needs. */
export interface CreateRepoOptions {
  owner: string;
  name: string;
  defaultBranch?: string;
  /** Files of the first commit; without files the repository is empty (no branches). */
  files?: FileMap;
  private?: boolean;
  ownerType?: "Organization" | "User";
  /** Installation id to use (created if new); default: the owner's installation. */
  installationId?: number;
  /** false: the app is not installed on this repository (GitHub answers 404 to its tokens). */
  installed?: boolean;
  /** Author of the first commit (default: the owner). */
  actor?: string;
}

/** What a test gets back about a repository. */
export interface RepoInfo {
  id: number;
  nodeId: string;
  owner: string;
  name: string;
  fullName: string;
  defaultBranch: string;
  installationId: number | undefined;
  /** The first commit's sha, if files were given. */
  headSha: string | undefined;
}

function record(
  state: StandinState,
  owner: UserRecord,
  name: string,
  defaultBranch: string,
  store: GitStore,
  installationId: number | undefined,
  priv: boolean,
): RepoRecord {
  const id = state.ids.id();
  return {
    id,
    nodeId: Ids.nodeId("Repository", id),
    owner,
    name,
    fullName: `${owner.login}/${name}`,
    defaultBranch,
    private: priv,
    parent: undefined,
    store,
    installationId,
    createdAt: isoTime(),
    nextNumber: 1,
    issues: new Map(),
    labels: new Map(),
    comments: [],
    commitComments: [],
    statuses: [],
    checkRuns: new Map(),
    checkSuites: new Map(),
    deployments: [],
    runs: new Map(),
    workflowIds: new Map(),
    permissions: new Map(),
    environments: new Map(),
    lock: new Mutex(),
  };
}

/** Creates repositories (a bare git repository each) and forks. */
export class RepoFactory {
  private template: Promise<string> | undefined;

  constructor(private readonly state: StandinState) {}

  /** A new repository, optionally with a first commit; no webhooks are sent for setup. */
  async create(options: CreateRepoOptions): Promise<RepoRecord> {
    const state = this.state;
    if (state.repo(options.owner, options.name))
      throw new RangeError(`repository ${options.owner}/${options.name} already exists`);
    const owner = state.user(options.owner, options.ownerType ?? "Organization");
    const defaultBranch = options.defaultBranch ?? "main";
    const dir = join(state.gitRoot, owner.login, `${options.name}.git`);
    await mkdir(join(state.gitRoot, owner.login), { recursive: true });
    // One `git init` per stand-in; each repository is a copy of it.
    this.template ??= GitStore.init(join(state.gitRoot, ".template.git"), "main", state.gitEnv).then((t) => {
      t.close();
      return t.dir;
    });
    const store = await GitStore.copy(await this.template, dir, defaultBranch, state.gitEnv);
    const installationId =
      options.installed === false ? undefined : state.installationFor(owner, options.installationId).id;
    const repo = record(state, owner, options.name, defaultBranch, store, installationId, options.private ?? true);
    state.repos.set(repo.fullName.toLowerCase(), repo);
    repo.permissions.set(owner.login.toLowerCase(), "admin");
    if (options.files && Object.keys(options.files).length > 0) {
      const author = state.user(options.actor ?? owner.login);
      const changes = [];
      for (const [path, content] of Object.entries(options.files)) {
        if (content !== null)
          changes.push({
            path,
            entry: { mode: "100644", type: "blob" as const, sha: await store.writeBlob(Buffer.from(content)) },
          });
      }
      const tree = await store.buildTree(undefined, changes);
      const person = { name: author.login, email: noreplyEmail(author), date: isoTime() };
      const sha = await store.writeCommit({
        tree,
        parents: [],
        author: person,
        committer: person,
        message: "Initial commit",
      });
      await store.updateRef(`refs/heads/${defaultBranch}`, sha);
    }
    return repo;
  }

  /** A fork owned by `ownerLogin` (the app is not installed there, as usual for contributors' forks). */
  async fork(base: RepoRecord, ownerLogin: string): Promise<RepoRecord> {
    const existing = this.state.repo(ownerLogin, base.name);
    if (existing) return existing;
    const owner = this.state.user(ownerLogin);
    const dir = join(this.state.gitRoot, owner.login, `${base.name}.git`);
    await mkdir(join(this.state.gitRoot, owner.login), { recursive: true });
    await base.store.run(["clone", "--quiet", "--bare", base.store.dir, dir]);
    const store = new GitStore(dir, this.state.gitEnv);
    await store.run(["config", "http.receivepack", "true"]);
    const repo = record(this.state, owner, base.name, base.defaultBranch, store, undefined, base.private);
    repo.parent = base;
    repo.permissions.set(owner.login.toLowerCase(), "admin");
    this.state.repos.set(repo.fullName.toLowerCase(), repo);
    return repo;
  }

  /** The public summary of a repository. */
  static info(repo: RepoRecord, headSha: string | undefined): RepoInfo {
    return {
      id: repo.id,
      nodeId: repo.nodeId,
      owner: repo.owner.login,
      name: repo.name,
      fullName: repo.fullName,
      defaultBranch: repo.defaultBranch,
      installationId: repo.installationId,
      headSha,
    };
  }
}
