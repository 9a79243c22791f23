import type { DeploymentState } from "../../core/deployment-state.ts";
import { parseStateFile } from "../../manifest/parse-state-file.ts";
import {
  STATE_BRANCH,
  stateFilePath,
  type HistoryCommit,
  type StateCommit,
  type StateRead,
  type StateSnapshot,
  type StateStore,
  type WriteOutcome,
} from "../../ports/state-store.ts";
import { stateBranchReadme } from "../state-branch-readme.ts";
import { GitHubAdapterError, statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";
import { stateFileHistory } from "./state-file-history.ts";

const QUALIFIED = `refs/heads/${STATE_BRANCH}`;
/** The folder of sync cursors (`sync/<branch>.json`), read in the same request as the state files. */
const EXTRA_DIR = "sync";

/** Head, tree and every state file in one request, all from the same commit, so they agree. */
const READ_QUERY = `query ferryReadState($owner: String!, $name: String!, $ref: String!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target {
        oid
        ... on Commit {
          tree {
            entries {
              name
              type
              object {
                ... on Tree { entries { name object { ... on Blob { text isTruncated } } } }
              }
            }
          }
        }
      }
    }
  }
}`;

const WRITE_MUTATION = `mutation ferryWriteState($input: CreateCommitOnBranchInput!) {
  createCommitOnBranch(input: $input) { commit { oid } }
}`;

interface TreeEntry {
  readonly name: string;
  readonly type: string;
  readonly object: {
    readonly entries?: readonly {
      readonly name: string;
      readonly object: { readonly text?: string | null; readonly isTruncated?: boolean } | null;
    }[];
  } | null;
}

interface ReadAnswer {
  readonly repository: {
    readonly ref: {
      readonly target: { readonly oid: string; readonly tree?: { readonly entries: readonly TreeEntry[] } };
    } | null;
  } | null;
}

/**
 * The `ferry/state` branch through GitHub's API. Reads take one GraphQL request; writes are one
 * `createCommitOnBranch` with `expectedHeadOid`, a true compare-and-swap. It remembers the head
 * and files it last wrote, so a steady stream of writes from one replica costs one request each;
 * a write from a stale memory fails the swap and is retried from a fresh read.
 */
export class GitHubStateStore implements StateStore {
  /**
   * What the branch held when last read or written; `head: null` remembers that it did not exist.
   * `files` are state file texts by deployment; `extras` the other files read with them (`sync/*.json`), by path.
   */
  private cache: { head: string | null; files: Map<string, string>; extras: Map<string, string> } | undefined;
  /** The task under way (see {@link beginTask}), or undefined between tasks. */
  private task: number | undefined;
  private tasks = 0;
  /** The task in which {@link cache} was last read from GitHub or written to it by this store. */
  private cacheTask: number | undefined;

  constructor(
    private readonly client: GitHubClient,
    private readonly ref: RepoRef,
  ) {}

  /**
   * Starts one unit of work (one webhook's task): until {@link endTask}, a `fresh` read asks GitHub
   * once and then answers from that answer and this store's own compare-and-swap writes, so the
   * reads of one webhook cost one request. Each task still sees the branch as it is when it starts;
   * a write from a memory another replica made stale fails its swap and reads again.
   */
  beginTask(): void {
    this.task = ++this.tasks;
  }

  /** Ends the task: the next `fresh` read, in a task or not, asks GitHub again. */
  endTask(): void {
    this.task = undefined;
  }

  /** Whether memory may answer a `fresh` read: it was read or written in the task under way. */
  private freshInTask(): boolean {
    return this.cache !== undefined && this.task !== undefined && this.cacheTask === this.task;
  }

  async read(
    deployments: readonly string[],
    options: { fresh?: boolean } = {},
  ): Promise<StateSnapshot & { cached: boolean }> {
    const cached = this.cache !== undefined && (!options.fresh || this.freshInTask());
    if (!cached) await this.fetch();
    const files = this.cache?.files ?? new Map<string, string>();
    const out = new Map<string, StateRead>();
    for (const name of deployments) {
      const text = files.get(name);
      if (text === undefined) out.set(name, { kind: "absent" });
      else {
        const parsed = parseStateFile(text, name);
        out.set(
          name,
          parsed.kind === "ok"
            ? { kind: "ok", state: parsed.state }
            : { kind: "corrupt", reason: parsed.reason, detail: parsed.detail },
        );
      }
    }
    return { head: this.cache?.head ?? null, deployments: out, cached };
  }

  /**
   * A file outside `deployments/` that the read query brings along (the sync cursors in `sync/`),
   * with the head it was read at; `fresh` asks GitHub instead of this replica's memory.
   */
  async file(path: string, options: { fresh?: boolean } = {}): Promise<{ head: string | null; text?: string }> {
    if ((options.fresh && !this.freshInTask()) || this.cache === undefined) await this.fetch();
    const text = this.cache?.extras.get(path);
    return { head: this.cache?.head ?? null, ...(text === undefined ? {} : { text }) };
  }

  /** Every file of `sync/` by path, as last read (`fresh` reads again). */
  async syncFiles(options: { fresh?: boolean } = {}): Promise<ReadonlyMap<string, string>> {
    if ((options.fresh && !this.freshInTask()) || this.cache === undefined) await this.fetch();
    return new Map(this.cache?.extras ?? []);
  }

  /** The deployments with a state file, as GitHub has them (within a task: as read or written in it). */
  async list(): Promise<{ head: string | null; deployments: readonly string[] }> {
    if (!this.freshInTask()) await this.fetch();
    return { head: this.cache?.head ?? null, deployments: [...(this.cache?.files.keys() ?? [])].sort() };
  }

  async write(commit: StateCommit): Promise<WriteOutcome> {
    let expected = commit.expectedHead;
    if (expected === null) {
      const created = await this.createBranch();
      if (!created.ok) return created;
      expected = created.head;
    }
    const additions: { path: string; contents: string }[] = [];
    const written = new Map<string, string>();
    for (const state of commit.states) {
      const text = serialise(state);
      written.set(state.deployment, text);
      additions.push({ path: stateFilePath(state.deployment), contents: Buffer.from(text).toString("base64") });
    }
    for (const [path, text] of Object.entries(commit.files ?? {}))
      additions.push({ path, contents: Buffer.from(text).toString("base64") });
    const [headline, ...rest] = commit.message.split("\n");
    const body = rest.join("\n").trim();
    try {
      const answer = await this.client.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(WRITE_MUTATION, {
        input: {
          branch: { repositoryNameWithOwner: `${this.ref.owner}/${this.ref.repo}`, branchName: STATE_BRANCH },
          expectedHeadOid: expected,
          message: { headline: headline ?? "ferry: record state", ...(body ? { body } : {}) },
          fileChanges: { additions },
        },
      });
      const head = answer.createCommitOnBranch.commit.oid;
      if (this.cache?.head !== expected) {
        // Our memory was not at the head we wrote on; keep only what we wrote and re-read next time.
        this.cache = undefined;
      } else {
        const files = new Map(this.cache.files);
        const extras = new Map(this.cache.extras);
        for (const [name, text] of written) files.set(name, text);
        for (const [path, text] of Object.entries(commit.files ?? {})) extras.set(path, text);
        this.cache = { head, files, extras };
        // What this swap wrote is the branch as it is now, as good as a read.
        this.cacheTask = this.task;
      }
      return { ok: true, head };
    } catch (error) {
      if (isStale(error)) {
        this.cache = undefined;
        return { ok: false, reason: "conflict", detail: messageOf(error) };
      }
      throw new GitHubAdapterError(`could not write ${STATE_BRANCH}: ${messageOf(error)}${hint(error)}`, {
        cause: error,
      });
    }
  }

  history(deployment: string, limit = 50): Promise<readonly HistoryCommit[]> {
    return stateFileHistory(this.client, this.ref, deployment, limit);
  }

  private async fetch(): Promise<void> {
    const answer = await this.client.graphql<ReadAnswer>(READ_QUERY, {
      owner: this.ref.owner,
      name: this.ref.repo,
      ref: QUALIFIED,
    });
    const target = answer.repository?.ref?.target;
    if (!target) {
      // No branch yet: remembered like any read, so the reads before the first write cost one request.
      this.cache = { head: null, files: new Map(), extras: new Map() };
      this.cacheTask = this.task;
      return;
    }
    const files = new Map<string, string>();
    const extras = new Map<string, string>();
    for (const dir of target.tree?.entries ?? []) {
      if (dir.type !== "tree" || (dir.name !== "deployments" && dir.name !== EXTRA_DIR)) continue;
      for (const entry of dir.object?.entries ?? []) {
        if (!entry.name.endsWith(".json")) continue;
        const blob = entry.object;
        // A truncated or binary blob cannot be a valid file; let the parser say so.
        const text = blob?.isTruncated ? "" : (blob?.text ?? "");
        if (dir.name === "deployments") files.set(entry.name.slice(0, -5), text);
        else extras.set(`${EXTRA_DIR}/${entry.name}`, text);
      }
    }
    this.cache = { head: target.oid, files, extras };
    this.cacheTask = this.task;
  }

  /** First use: a root commit with a README, created through the REST git database. */
  private async createBranch(): Promise<WriteOutcome> {
    const { owner, repo } = this.ref;
    const tree = await this.client.request<"POST /repos/{owner}/{repo}/git/trees">(
      "POST /repos/{owner}/{repo}/git/trees",
      {
        owner,
        repo,
        tree: [{ path: "README.md", mode: "100644", type: "blob", content: stateBranchReadme() }],
      },
    );
    const commit = await this.client.request<"POST /repos/{owner}/{repo}/git/commits">(
      "POST /repos/{owner}/{repo}/git/commits",
      {
        owner,
        repo,
        message: "Create the ferry/state branch [skip ci]",
        tree: tree.data.sha,
        parents: [],
      },
    );
    try {
      await this.client.request<"POST /repos/{owner}/{repo}/git/refs">("POST /repos/{owner}/{repo}/git/refs", {
        owner,
        repo,
        ref: QUALIFIED,
        sha: commit.data.sha,
      });
    } catch (error) {
      if (statusOf(error) === 422)
        return { ok: false, reason: "conflict", detail: `${STATE_BRANCH} was created by someone else` };
      throw new GitHubAdapterError(`could not create ${STATE_BRANCH}: ${messageOf(error)}${hint(error)}`, {
        cause: error,
      });
    }
    this.cache = { head: commit.data.sha, files: new Map(), extras: new Map() };
    this.cacheTask = this.task;
    return { ok: true, head: commit.data.sha };
  }
}

function serialise(state: DeploymentState): string {
  return JSON.stringify(state, null, 2) + "\n";
}

function isStale(error: unknown): boolean {
  const errors = (error as { errors?: { type?: string; message?: string }[] }).errors ?? [];
  return (
    errors.some((e) => e.type === "STALE_DATA" || /expected branch to point to/i.test(e.message ?? "")) ||
    /expected branch to point to/i.test(messageOf(error))
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What a person can do about common failures. */
export function hint(error: unknown): string {
  const status = statusOf(error);
  if (status === 403 || status === 401) return " (check that the app has Contents: write on this repository)";
  if (status === 404) return " (the repository is missing or the app is not installed on it)";
  return "";
}
