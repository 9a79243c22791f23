import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitObjects } from "./git-objects.ts";
import { gitEnv, GitStore, type GitTreeEntry } from "./git-store.ts";

/** The stand-in writes blobs and trees itself; git must read exactly the objects its own commands would write. */
describe("the stand-in's own blob and tree writing", () => {
  let dir: string;
  let store: GitStore;
  let objects: GitObjects;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "standin-objects-"));
    store = await GitStore.init(join(dir, "repo.git"), "main", gitEnv(dir));
    objects = new GitObjects(store.dir);
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const gitIn = (args: string[], input?: string | Buffer): string =>
    execFileSync("git", args, { cwd: store.dir, env: gitEnv(dir), ...(input === undefined ? {} : { input }) })
      .toString()
      .trim();

  it("a blob gets git's sha and git reads it back byte for byte", async () => {
    for (const content of [Buffer.alloc(0), Buffer.from("v1\n"), Buffer.from([0, 255, 10, 13, 0])]) {
      const sha = await objects.writeBlob(content);
      expect(sha).toBe(gitIn(["hash-object", "--stdin"], content));
      expect(execFileSync("git", ["cat-file", "blob", sha], { cwd: store.dir, env: gitEnv(dir) })).toEqual(content);
    }
    expect(gitIn(["fsck", "--strict", "--no-dangling"])).toBe("");
  });

  it("a tree of any names and modes git writes gets the sha git mktree gives, and reads back as ls-tree lists it", async () => {
    const blob = await objects.writeBlob(Buffer.from("x\n"));
    const sub = (await objects.writeTree([{ mode: "100644", type: "blob", sha: blob, path: "f" }]))!;
    const kinds = [
      { mode: "100644", type: "blob", sha: blob },
      { mode: "100755", type: "blob", sha: blob },
      { mode: "120000", type: "blob", sha: blob },
      { mode: "040000", type: "tree", sha: sub },
      { mode: "160000", type: "commit", sha: "1".repeat(40) },
    ] as const;
    // Names that sort differently as files and as folders ("a" against "a.b" and "a-b"), and non-ASCII ones.
    const name = fc.oneof(
      fc.constantFrom("a", "a.b", "a-b", "a0", "b", "A", "é", "z z", ".github"),
      fc.stringMatching(/^[a-z.-]{1,6}$/).filter((n) => n !== "." && n !== ".."),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.tuple(name, fc.constantFrom(...kinds)), { selector: ([n]) => n, maxLength: 8 }),
        async (picked) => {
          const entries: GitTreeEntry[] = picked.map(([path, kind]) => ({ ...kind, path }));
          const input = entries.map((e) => `${e.mode} ${e.type} ${e.sha}\t${e.path}\0`).join("");
          const expected = gitIn(["mktree", "-z", "--missing"], input);
          expect(await objects.writeTree(entries)).toBe(expected);
          expect(await store.buildTree(expected, [])).toBe(expected);
          const listed = gitIn(["ls-tree", "-z", "-l", expected]);
          const read = await store.readTree(expected);
          expect(read.map((e) => `${e.mode} ${e.type} ${e.sha} ${e.size ?? "-"}\t${e.path}`)).toEqual(
            listed
              .split("\0")
              .filter(Boolean)
              .map((line) => line.replace(/ +/, " ").replace(/ +(?=\S+\t)/, " ")),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it("leaves to git mktree what it would not write as given", async () => {
    const blob = await objects.writeBlob(Buffer.from("x\n"));
    for (const odd of [
      { mode: "100600", type: "blob", sha: blob, path: "f" },
      { mode: "100644", type: "tree", sha: blob, path: "f" },
      { mode: "100644", type: "blob", sha: blob, path: "a/b" },
      { mode: "100644", type: "blob", sha: "abc", path: "f" },
    ] as const)
      expect(await objects.writeTree([odd])).toBeUndefined();
    expect(
      await objects.writeTree([
        { mode: "100644", type: "blob", sha: blob, path: "f" },
        { mode: "100755", type: "blob", sha: blob, path: "f" },
      ]),
    ).toBeUndefined();
  });
});
