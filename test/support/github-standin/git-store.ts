import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { CatFileBatch } from "./cat-file-batch.ts";
import { GitRunner } from "./git-runner.ts";
import { decodeTree, GitObjects, parseCommit, parseLsTree } from "./git-objects.ts";
import { GitRefReader } from "./git-ref-reader.ts";
import { GitRefs, plainRefName } from "./git-refs.ts";
import { parseDiffTree } from "./git-diff-tree.ts";
import { StandinError } from "./http-error.ts";
import { EMPTY_TREE, type GitCommit, type GitDiffFile, type GitTreeEntry, type TreeChange } from "./git-types.ts";

export {
  EMPTY_TREE,
  GitCommandError,
  gitEnv,
  ZERO_SHA,
  type GitCommit,
  type GitDiffFile,
  type GitPerson,
  type GitTreeEntry,
  type TreeChange,
} from "./git-types.ts";

/**
 * One bare repository, read and written with git's plumbing. State lives only here, so anything the API writes is
 * what `git clone` sees, and anything pushed is what the API reads.
 */
export class GitStore extends GitRunner {
  /** Objects are immutable, so reads by full sha are cached; this saves a git process per repeated read. */
  private readonly objectCache = new Map<string, { sha: string; type: string; content: Buffer }>();
  /** Reads objects and resolves refs without a git process per read. */
  private readonly reader: CatFileBatch;
  /** Writes blobs, trees and commits without a git process. */
  private readonly objects: GitObjects;
  /** Moves refs without a git process. */
  private readonly refs: GitRefs;
  /** Reads refs without a git process where it knows git's answer. */
  private readonly refReader: GitRefReader;

  constructor(dir: string, env: NodeJS.ProcessEnv) {
    super(dir, env);
    this.reader = new CatFileBatch(dir, env);
    this.objects = new GitObjects(dir, (obj) => this.remember(obj.sha, obj));
    this.refs = new GitRefs(dir);
    this.refReader = new GitRefReader(dir);
  }

  /** Creates a bare repository whose HEAD names the default branch. */
  static async init(dir: string, defaultBranch: string, env: NodeJS.ProcessEnv): Promise<GitStore> {
    const store = new GitStore(dir, env);
    await store.run(["init", "--quiet", "--bare", `--initial-branch=${defaultBranch}`, dir], { cwd: "/" });
    await store.run(["config", "http.receivepack", "true"]);
    await store.run(["config", "core.logAllRefUpdates", "false"]);
    return store;
  }

  /**
   * A bare repository copied from `template` (one `init` made), with HEAD naming the default branch: what `init`
   * writes differs between repositories only in HEAD, and a copy costs no git processes. A branch name git might
   * judge otherwise is left to `init`.
   */
  static async copy(template: string, dir: string, defaultBranch: string, env: NodeJS.ProcessEnv): Promise<GitStore> {
    if (!plainRefName(`refs/heads/${defaultBranch}`)) return GitStore.init(dir, defaultBranch, env);
    await cp(template, dir, { recursive: true, errorOnExist: true, force: false });
    await writeFile(join(dir, "HEAD"), `ref: refs/heads/${defaultBranch}\n`);
    return new GitStore(dir, env);
  }

  /** Lets the reader process go; a later read starts another. */
  close(): void {
    this.reader.close();
  }

  /** Stores content as a blob. */
  writeBlob(content: Buffer): Promise<string> {
    return this.objects.writeBlob(content);
  }

  /** Reads objects by sha or `rev:path` expression in one git process; missing ones are undefined. */
  async readObjects(names: string[]): Promise<Array<{ sha: string; type: string; content: Buffer } | undefined>> {
    if (names.some((n) => n.includes("\n"))) throw new StandinError("object names cannot contain newlines");
    const missing = names.filter((n) => !this.objectCache.has(n));
    const fetched = await this.catFile(missing);
    missing.forEach((name, i) => this.remember(name, fetched[i]));
    const byName = new Map(missing.map((n, i) => [n, fetched[i]]));
    return names.map((n) => this.objectCache.get(n) ?? byName.get(n));
  }

  /** Keeps an object read by full sha, or written, for later reads (not a large one). */
  private remember(name: string, obj: { sha: string; type: string; content: Buffer } | undefined): void {
    if (obj && /^[0-9a-f]{40}$/.test(name) && obj.content.length < 1 << 20) {
      if (this.objectCache.size > 5000) this.objectCache.clear();
      this.objectCache.set(name, obj);
    }
  }

  private async catFile(names: string[]): Promise<Array<{ sha: string; type: string; content: Buffer } | undefined>> {
    // No object is named with a NUL, and git would read such a line only up to it.
    const named = names.filter((n) => !n.includes("\0"));
    const [batched, spawned] = await Promise.all([
      this.reader.read(named.filter((n) => !CatFileBatch.abbreviated(n))),
      this.catFileProcess(named.filter((n) => CatFileBatch.abbreviated(n))),
    ]);
    return names.map((n) => {
      if (n.includes("\0")) return undefined;
      return CatFileBatch.abbreviated(n) ? spawned.shift() : batched.shift();
    });
  }

  /** `git cat-file --batch` in a process of its own, which sees every loose object that exists now. */
  private async catFileProcess(
    names: string[],
  ): Promise<Array<{ sha: string; type: string; content: Buffer } | undefined>> {
    if (names.length === 0) return [];
    const { stdout } = await this.run(["cat-file", "--batch"], { input: names.join("\n") + "\n" });
    return CatFileBatch.parse(stdout, names.length);
  }

  /** Reads one object; undefined when it does not exist. */
  async readObject(name: string): Promise<{ sha: string; type: string; content: Buffer } | undefined> {
    return (await this.readObjects([name]))[0];
  }

  /** Reads and parses a commit; undefined when the sha is not a commit. */
  async readCommit(sha: string): Promise<GitCommit | undefined> {
    const obj = await this.readObject(sha);
    if (obj?.type !== "commit") return undefined;
    return parseCommit(obj.sha, obj.content.toString("utf8"));
  }

  /** Lists one tree (or the tree of a commit); `recursive` lists every blob and subtree with full paths. */
  async readTree(treeish: string, recursive = false): Promise<GitTreeEntry[]> {
    if (!recursive) {
      // One tree's entries and its blobs' sizes from the reader, as `ls-tree -l` gives them.
      const entries = await this.treeEntries(treeish);
      const blobs = entries?.filter((e) => e.type === "blob") ?? [];
      const read = await this.readObjects(blobs.map((e) => e.sha));
      const sizes = new Map(read.flatMap((obj) => (obj ? [[obj.sha, obj.content.length] as const] : [])));
      // A blob the tree names but the repository lacks (a tree made with --missing): ls-tree says what it says.
      if (entries !== undefined && blobs.every((e) => sizes.has(e.sha)))
        return entries.map((e) => (e.type === "blob" ? { ...e, size: sizes.get(e.sha) ?? 0 } : e));
    }
    const args = ["ls-tree", "-z", "-l", ...(recursive ? ["-r", "-t"] : []), treeish];
    const { stdout } = await this.run(args);
    return parseLsTree(stdout);
  }

  /**
   * A tree's (or a commit's tree's) entries without sizes, read by the reader; undefined when it finds no tree there
   * (then `ls-tree` says what is wrong).
   */
  private async treeEntries(treeish: string): Promise<GitTreeEntry[] | undefined> {
    let obj = /^[0-9a-f]{40}$/.test(treeish) ? await this.readObject(treeish) : undefined;
    if (obj?.type === "commit") obj = await this.readObject(parseCommit(obj.sha, obj.content.toString("utf8")).tree);
    return obj?.type === "tree" ? decodeTree(obj.content) : undefined;
  }

  /** Writes a tree from entries. */
  async writeTree(entries: GitTreeEntry[]): Promise<string> {
    const written = await this.objects.writeTree(entries);
    if (written !== undefined) return written;
    const input = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.path}\0`).join("");
    return this.run(["mktree", "-z", "--missing"], { input }).then((r) => r.stdout.toString().trim());
  }

  /** Applies path changes to a base tree (or an empty one), writing only the subtrees that change. */
  async buildTree(baseTree: string | undefined, changes: TreeChange[]): Promise<string> {
    const entries = new Map<string, GitTreeEntry>();
    if (baseTree)
      for (const e of (await this.treeEntries(baseTree)) ?? (await this.readTree(baseTree))) entries.set(e.path, e);
    const nested = new Map<string, TreeChange[]>();
    for (const change of changes) {
      const slash = change.path.indexOf("/");
      if (slash === -1) {
        if (change.entry) entries.set(change.path, { ...change.entry, path: change.path });
        else entries.delete(change.path);
      } else {
        const dir = change.path.slice(0, slash);
        nested.set(dir, [...(nested.get(dir) ?? []), { path: change.path.slice(slash + 1), entry: change.entry }]);
      }
    }
    for (const [dir, subChanges] of nested) {
      const existing = entries.get(dir);
      const sub = await this.buildTree(existing?.type === "tree" ? existing.sha : undefined, subChanges);
      if (sub === EMPTY_TREE) entries.delete(dir);
      else entries.set(dir, { mode: "040000", type: "tree", sha: sub, path: dir });
    }
    return this.writeTree([...entries.values()]);
  }

  /** Writes a commit object. */
  async writeCommit(commit: Omit<GitCommit, "sha">): Promise<string> {
    // commit-tree refuses a tree or parent that is missing or of another type; then git says so, as before.
    const named = await this.readObjects([commit.tree, ...commit.parents].filter((n) => /^[0-9a-f]{40}$/.test(n)));
    const present = named.length === commit.parents.length + 1;
    const types = named.map((o) => o?.type);
    if (present && types[0] === "tree" && types.slice(1).every((t) => t === "commit")) {
      const written = await this.objects.writeCommit(commit);
      if (written !== undefined) return written;
    }
    const env = {
      GIT_AUTHOR_NAME: commit.author.name,
      GIT_AUTHOR_EMAIL: commit.author.email,
      GIT_AUTHOR_DATE: commit.author.date,
      GIT_COMMITTER_NAME: commit.committer.name,
      GIT_COMMITTER_EMAIL: commit.committer.email,
      GIT_COMMITTER_DATE: commit.committer.date,
    };
    const args = ["commit-tree", commit.tree, ...commit.parents.flatMap((p) => ["-p", p]), "-F", "-"];
    return (await this.run(args, { input: commit.message, env })).stdout.toString().trim();
  }

  /** Lists refs under a prefix (e.g. `refs/heads/`) as full name and sha, as `git for-each-ref` lists them. */
  async listRefs(prefix = "refs/"): Promise<Array<{ ref: string; sha: string; type: string }>> {
    const listed = this.refReader.list(prefix);
    if (listed !== undefined) {
      const objects = await this.readObjects(listed.map((r) => r.sha));
      // A ref to a missing object: for-each-ref says what it says.
      if (objects.every((obj) => obj !== undefined))
        return listed.map((r, i) => ({ ref: r.ref, sha: r.sha, type: objects[i]!.type }));
    }
    const out = await this.text(["for-each-ref", "--format=%(refname) %(objectname) %(objecttype)", prefix]);
    return out
      .split("\n")
      .filter(Boolean)
      .map((line) => {
        const [ref, sha, type] = line.split(" ");
        return { ref: ref!, sha: sha!, type: type! };
      });
  }

  /** The sha a full ref name points to (peeled, as `rev-parse --verify ref^{}`), or undefined. */
  async refSha(ref: string): Promise<string | undefined> {
    if (ref.includes("\n")) return undefined;
    return this.peeled(ref, "");
  }

  /** Resolves what GitHub accepts as a `ref` parameter (branch, tag, full ref or sha) to a commit sha. */
  async resolveCommitish(ref: string): Promise<string | undefined> {
    if (/[\s~^:]|\.\./.test(ref) || ref.startsWith("-")) return undefined;
    const candidates = ref.startsWith("refs/") ? [ref] : [`refs/heads/${ref}`, `refs/tags/${ref}`];
    if (/^[0-9a-f]{7,40}$/.test(ref)) candidates.push(ref);
    for (const name of candidates) {
      const sha = await this.peeled(name, "commit");
      if (sha !== undefined) return sha;
    }
    return undefined;
  }

  /**
   * `<name>^{}` (peel: "") or `<name>^{commit}`: the ref read from its files when the reader knows git's answer and
   * the object it names is not a tag (then nothing is left to peel); otherwise the reader process resolves it all.
   */
  private async peeled(name: string, peel: "" | "commit"): Promise<string | undefined> {
    const read = /^[0-9a-f]{40}$/.test(name) ? ({ kind: "found", sha: name } as const) : this.refReader.resolve(name);
    if (read.kind === "missing") return undefined;
    if (read.kind === "found") {
      const obj = await this.readObject(read.sha);
      if (obj === undefined) return undefined;
      if (obj.type !== "tag") return peel === "" || obj.type === "commit" ? obj.sha : undefined;
    }
    return (await this.readObjects([`${name}^{${peel}}`]))[0]?.sha;
  }

  /** Moves a ref only if it still points to `expected` (ZERO_SHA: must not exist). Returns false if it moved. */
  async updateRef(ref: string, sha: string, expected?: string): Promise<boolean> {
    // update-ref refuses a missing object, and anything but a commit on a branch; then git says so, as before.
    const target = /^[0-9a-f]{40}$/.test(sha) ? await this.readObject(sha) : undefined;
    if (target && (target.type === "commit" || !ref.startsWith("refs/heads/"))) {
      const moved = await this.refs.update(ref, sha, expected);
      if (moved !== undefined) return moved;
    }
    const args = ["update-ref", ref, sha, ...(expected === undefined ? [] : [expected])];
    const { code } = await this.run(args, { okCodes: [1, 128] });
    return code === 0;
  }

  /** Deletes a ref. */
  async deleteRef(ref: string): Promise<void> {
    await this.run(["update-ref", "-d", ref]);
  }

  /** Whether `ancestor` is reachable from `descendant`. */
  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    const { code } = await this.run(["merge-base", "--is-ancestor", ancestor, descendant], { okCodes: [1] });
    return code === 0;
  }

  /** The best common ancestor, if any. */
  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const { stdout, code } = await this.run(["merge-base", a, b], { okCodes: [1] });
    return code === 0 ? stdout.toString().trim() : undefined;
  }

  /** Commit shas, newest first, as `git rev-list` selects them. */
  async revList(args: string[]): Promise<string[]> {
    return (await this.text(["rev-list", ...args])).split("\n").filter(Boolean);
  }

  /** Files changed between two trees or commits (`from` undefined: against the empty tree). */
  async diff(from: string | undefined, to: string): Promise<GitDiffFile[]> {
    const base = from ?? EMPTY_TREE;
    // One process prints both: first each change as a raw record (":meta", then the path), then each as numstat.
    const { stdout } = await this.run(["diff-tree", "-r", "-z", "--no-renames", "--raw", "--numstat", base, to]);
    return parseDiffTree(stdout.toString("utf8"));
  }

  /** Three-way merges two commits' trees; `conflicts` is true when git could not merge cleanly. */
  async mergeTrees(ours: string, theirs: string): Promise<{ tree: string; conflicts: boolean }> {
    const { stdout, code } = await this.run(
      ["merge-tree", "--write-tree", "--no-messages", "--allow-unrelated-histories", ours, theirs],
      { okCodes: [1] },
    );
    return { tree: stdout.toString().split("\n")[0]!.trim(), conflicts: code === 1 };
  }
}
