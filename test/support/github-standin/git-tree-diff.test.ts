import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changedPaths } from "./changed-paths.ts";
import { commitsSince } from "./commits-since.ts";
import { createdBranchCommits } from "./created-branch-commits.ts";
import { decodeTree } from "./git-objects.ts";
import { gitEnv, GitStore, type TreeChange } from "./git-store.ts";
import { treeChanges } from "./git-tree-diff.ts";

/** A push's commits and their changed paths are read without git; they must be what git's own commands say. */
describe("the stand-in's own history walk and tree diff", () => {
  let dir: string;
  let store: GitStore;
  const person = { name: "Dev", email: "dev@example.com", date: "2026-01-01T00:00:00Z" };
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "standin-diff-"));
    store = await GitStore.init(join(dir, "repo.git"), "main", gitEnv(dir));
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const gitIn = (args: string[], input?: string | Buffer): string =>
    execFileSync("git", args, { cwd: store.dir, env: gitEnv(dir), ...(input === undefined ? {} : { input }) })
      .toString()
      .trim();
  const byGit = async (from: string | undefined, to: string) =>
    (await store.diff(from, to)).map((f) => ({ filename: f.filename, status: f.status }));
  const readTree = async (sha: string) => {
    const obj = await store.readObject(sha);
    return obj?.type === "tree" ? decodeTree(obj.content) : undefined;
  };

  // Names that sort differently as files and as folders, a mode change, a type change, a symlink and a submodule.
  const segment = fc.constantFrom("a", "a.b", "a-b", "a0", "b", "é", "Z");
  const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/"));
  const kind = fc.constantFrom(
    { mode: "100644", type: "blob", content: "x\n" },
    { mode: "100644", type: "blob", content: "y\n" },
    { mode: "100755", type: "blob", content: "x\n" },
    { mode: "120000", type: "blob", content: "x\n" },
    { mode: "160000", type: "commit", content: "1" },
    { mode: "160000", type: "commit", content: "2" },
  );
  const files = fc.array(fc.tuple(path, kind), { maxLength: 8 });

  async function commit(picked: Array<[string, { mode: string; type: string; content: string }]>): Promise<string> {
    const changes: TreeChange[] = [];
    for (const [at, k] of picked) {
      const sha = k.type === "commit" ? k.content.repeat(40) : await store.writeBlob(Buffer.from(k.content));
      changes.push({ path: at, entry: { mode: k.mode, type: k.type as "blob" | "commit", sha } });
    }
    const tree = await store.buildTree(undefined, changes);
    return store.writeCommit({ tree, parents: [], author: person, committer: person, message: "m\n" });
  }

  it("lists the changed paths between any two commits as git diff-tree -r --no-renames does, in its order", async () => {
    await fc.assert(
      fc.asyncProperty(files, files, fc.boolean(), async (before, after, fromRoot) => {
        const from = fromRoot ? undefined : await commit(before);
        const to = await commit(after);
        const expected = await byGit(from, to);
        expect(await changedPaths(store, from, to)).toEqual(expected);
        // The trees the stand-in writes are all walked in-process: the comparison above is of its own answer.
        const trees = [from && (await store.readCommit(from))!.tree, (await store.readCommit(to))!.tree];
        expect(await treeChanges(readTree, trees[0], trees[1]!)).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });

  it("leaves a tree git would read otherwise (a mode it canonicalises, entries out of order) to git", async () => {
    const blob = await store.writeBlob(Buffer.from("x\n"));
    const raw = (entries: Array<[string, string]>) =>
      Buffer.concat(
        entries.map(([mode, name]) => Buffer.concat([Buffer.from(`${mode} ${name}\0`), Buffer.from(blob, "hex")])),
      );
    const tree = (entries: Array<[string, string]>) =>
      gitIn(["hash-object", "-t", "tree", "-w", "--stdin", "--literally"], raw(entries));
    const commitOf = (t: string) =>
      store.writeCommit({ tree: t, parents: [], author: person, committer: person, message: "m\n" });
    const plain = await commitOf(tree([["100644", "f"]]));
    for (const odd of [
      tree([["100664", "f"]]),
      tree([
        ["100644", "g"],
        ["100644", "f"],
      ]),
    ]) {
      expect(await treeChanges(readTree, (await store.readCommit(plain))!.tree, odd)).toBeUndefined();
      const oddCommit = await commitOf(odd);
      expect(await changedPaths(store, plain, oddCommit)).toEqual(await byGit(plain, oddCommit));
    }
  });

  // Each commit's parents are mostly the commit before it (a line, a push's usual shape), otherwise picked among
  // the earlier ones: branches, merges and more than one root; commit dates in any order.
  const parentsOf = fc.oneof(
    { weight: 4, arbitrary: fc.constant("previous" as const) },
    { weight: 1, arbitrary: fc.uniqueArray(fc.nat(20), { maxLength: 2 }) },
  );
  const history = fc.array(fc.tuple(parentsOf, fc.nat(4_000_000_000)), { minLength: 2, maxLength: 12 });
  async function write(picks: Array<["previous" | number[], number]>, salt: number): Promise<string[]> {
    const tree = await store.buildTree(undefined, []);
    const shas: string[] = [];
    for (const [n, [pick, seconds]] of picks.entries()) {
      const picked = pick === "previous" ? [n - 1] : pick;
      const parents = [...new Set(picked.filter((p) => p >= 0 && p < n).map((p) => shas[p]!))];
      const when = { ...person, date: new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, "Z") };
      const message = `${n} ${salt}\n`;
      shas.push(await store.writeCommit({ tree, parents, author: when, committer: when, message }));
    }
    return shas;
  }

  it("lists a push's new commits as git rev-list --reverse does: lines, merges, forced pushes, any dates", async () => {
    await fc.assert(
      fc.asyncProperty(history, fc.nat(), fc.nat(), fc.nat(12), async (picks, x, y, limit) => {
        const shas = await write(picks, x);
        const before = shas[x % shas.length]!;
        const after = shas[y % shas.length]!;
        const expected = await store.revList(["--reverse", after, `^${before}`]);
        expect(await commitsSince(store, before, after, limit)).toEqual(expected);
      }),
      { numRuns: 80 },
    );
  });

  it("lists a created branch's commits as git rev-list --reverse <after> ^<other branches> does", async () => {
    await fc.assert(
      fc.asyncProperty(
        history,
        fc.nat(),
        fc.array(fc.nat(), { maxLength: 3 }),
        fc.nat(12),
        async (picks, y, o, limit) => {
          const shas = await write(picks, y);
          const after = shas[y % shas.length]!;
          const others = o.map((n) => shas[n % shas.length]!);
          const expected = await store.revList(["--reverse", after, ...others.map((sha) => `^${sha}`)]);
          expect(await createdBranchCommits(store, after, others, limit)).toEqual(expected);
        },
      ),
      { numRuns: 120 },
    );
  });
});
