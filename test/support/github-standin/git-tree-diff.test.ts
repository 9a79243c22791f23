import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitEnv, GitStore, type TreeChange } from "./git-store.ts";

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

  // Names that sort differently as files and as folders, a mode change, a symlink and a submodule.
  const segment = fc.constantFrom("a", "a.b", "a-b", "b", "é");
  const path = fc.array(segment, { minLength: 1, maxLength: 3 }).map((parts) => parts.join("/"));
  const kind = fc.constantFrom(
    { mode: "100644", type: "blob", content: "x\n" },
    { mode: "100644", type: "blob", content: "y\n" },
    { mode: "100755", type: "blob", content: "x\n" },
    { mode: "120000", type: "blob", content: "x\n" },
    { mode: "160000", type: "commit", content: "" },
  );
  const files = fc.array(fc.tuple(path, kind), { maxLength: 7 });

  async function tree(picked: Array<[string, { mode: string; type: string; content: string }]>): Promise<string> {
    const changes: TreeChange[] = [];
    for (const [at, k] of picked) {
      const sha = k.type === "commit" ? "1".repeat(40) : await store.writeBlob(Buffer.from(k.content));
      changes.push({ path: at, entry: { mode: k.mode, type: k.type as "blob" | "commit", sha } });
    }
    return store.buildTree(undefined, changes);
  }

  it("lists the changed paths between any two trees as git diff-tree -r --no-renames does, in its order", async () => {
    await fc.assert(
      fc.asyncProperty(files, files, fc.boolean(), async (before, after, fromEmpty) => {
        const from = fromEmpty ? undefined : await tree(before);
        const to = await tree(after);
        const byGit = (await store.diff(from, to)).map((f) => ({ filename: f.filename, status: f.status }));
        expect(await store.changedPaths(from, to)).toEqual(byGit);
      }),
      { numRuns: 60 },
    );
  });

  it("lists a push's new commits as git rev-list --reverse does, for lines and for merges", async () => {
    const t = await tree([["f", { mode: "100644", type: "blob", content: "x\n" }]]);
    // Each commit's parents are picked among the earlier ones: lines, branches, merges and more than one root.
    const history = fc.array(fc.uniqueArray(fc.nat(20), { maxLength: 2 }), { minLength: 2, maxLength: 12 });
    await fc.assert(
      fc.asyncProperty(history, fc.nat(), fc.nat(), async (picks, x, y) => {
        const shas: string[] = [];
        for (const [n, pick] of picks.entries()) {
          const parents = [...new Set(pick.filter((p) => p < n).map((p) => shas[p]!))];
          const message = `${n} ${x}`;
          shas.push(await store.writeCommit({ tree: t, parents, author: person, committer: person, message }));
        }
        const before = shas[x % shas.length]!;
        const after = shas[y % shas.length]!;
        expect(await store.commitsSince(before, after)).toEqual(
          await store.revList(["--reverse", after, `^${before}`]),
        );
      }),
      { numRuns: 60 },
    );
  });
});
