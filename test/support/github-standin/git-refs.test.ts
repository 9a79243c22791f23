import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitRefs } from "./git-refs.ts";
import { gitEnv, GitStore, ZERO_SHA } from "./git-store.ts";

/** The stand-in moves refs itself; the refs git then finds must be exactly those `git update-ref` would leave. */
describe("the stand-in's own ref updates", () => {
  let dir: string;
  let run = 0;
  const person = { name: "Dev", email: "dev@example.com", date: "2026-01-01T00:00:00Z" };
  let template: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "standin-refs-"));
    const made = await GitStore.init(join(dir, "template.git"), "main", gitEnv(dir));
    made.close();
    template = made.dir;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const git = (repo: string, args: string[]) => spawnSync("git", args, { cwd: repo, env: gitEnv(dir) });

  /** A fresh repository holding the same two commits and a blob (the same shas in each). */
  async function repository(): Promise<{ store: GitStore; shas: string[] }> {
    const store = await GitStore.copy(template, join(dir, `r${run++}.git`), "main", gitEnv(dir));
    const blob = await store.writeBlob(Buffer.from("x\n"));
    const tree = await store.buildTree(undefined, [{ path: "f", entry: { mode: "100644", type: "blob", sha: blob } }]);
    const first = await store.writeCommit({ tree, parents: [], author: person, committer: person, message: "1" });
    const second = await store.writeCommit({ tree, parents: [first], author: person, committer: person, message: "2" });
    return { store, shas: [first, second, blob] };
  }

  /** Every loose ref file and packed-refs, byte for byte, and the refs git lists. */
  function refState(repo: string): Record<string, string> {
    const files: Record<string, string> = {};
    const walk = (at: string): void => {
      for (const name of readdirSync(at)) {
        const path = join(at, name);
        if (statSync(path).isDirectory()) walk(path);
        else files[relative(repo, path)] = readFileSync(path, "latin1");
      }
    };
    walk(join(repo, "refs"));
    try {
      files["packed-refs"] = readFileSync(join(repo, "packed-refs"), "latin1");
    } catch {
      // None yet.
    }
    files["for-each-ref"] = git(repo, ["for-each-ref"]).stdout.toString();
    return files;
  }

  it("any sequence of updates, with or without an expected old value, answers and leaves what git update-ref does", async () => {
    const refs = ["refs/heads/main", "refs/heads/a", "refs/heads/a/b", "refs/pull/1/head", "refs/tags/v1"];
    const op = fc.oneof(
      { weight: 9, arbitrary: fc.tuple(fc.constantFrom(...refs), fc.nat(2), fc.constantFrom(-1, 0, 1, 2)) },
      { weight: 1, arbitrary: fc.constant("pack" as const) },
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 6 }), async (ops) => {
        const ours = await repository();
        const theirs = await repository();
        const [first, second] = ours.shas;
        for (const step of ops) {
          if (step === "pack") {
            for (const store of [ours.store, theirs.store]) git(store.dir, ["pack-refs", "--all"]);
            continue;
          }
          const [ref, to, from] = step;
          const sha = ours.shas[to]!;
          const expected = from === -1 ? undefined : [ZERO_SHA, first!, second!][from];
          const args = ["update-ref", ref, sha, ...(expected === undefined ? [] : [expected])];
          const byGit = git(theirs.store.dir, args).status === 0;
          expect(await ours.store.updateRef(ref, sha, expected)).toBe(byGit);
        }
        expect(refState(ours.store.dir)).toEqual(refState(theirs.store.dir));
        for (const { store } of [ours, theirs]) store.close();
      }),
      { numRuns: 15 },
    );
  });

  it("moves plain refs itself, and waits for and then yields to another writer's lock as git does", async () => {
    const { store, shas } = await repository();
    const [first, second] = shas as [string, string];
    const refs = new GitRefs(store.dir);
    expect(await refs.update("refs/heads/main", first, ZERO_SHA)).toBe(true);
    expect(await refs.update("refs/heads/main", second, ZERO_SHA)).toBe(false);
    expect(await refs.update("refs/heads/main", second, first)).toBe(true);
    expect(readFileSync(join(store.dir, "refs/heads/main"), "latin1")).toBe(`${second}\n`);
    // A writer holding the lock (git's or ours) keeps the other out.
    writeFileSync(join(store.dir, "refs/heads/main.lock"), "");
    expect(await refs.update("refs/heads/main", first)).toBe(false);
    rmSync(join(store.dir, "refs/heads/main.lock"));
    // Held before git starts (spawnSync blocks this thread, not the open already done).
    const held = await (await import("node:fs/promises")).open(join(store.dir, "refs/heads/main.lock"), "wx");
    expect(git(store.dir, ["update-ref", "refs/heads/main", first]).status).toBe(128);
    await held.close();
    rmSync(join(store.dir, "refs/heads/main.lock"));
    // What it leaves to git: packed refs, an odd name.
    execFileSync("git", ["pack-refs", "--all"], { cwd: store.dir, env: gitEnv(dir) });
    expect(await refs.update("refs/heads/main", first)).toBeUndefined();
    expect(await refs.update("refs/heads/a..b", first)).toBeUndefined();
    store.close();
  });
});
