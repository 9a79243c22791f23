import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gitEnv, GitStore } from "./git-store.ts";

/** The store keeps the answers of read-only commands about full shas; a kept answer must be the one git gives now. */
describe("the stand-in's git store, asked the same twice", () => {
  let dir: string;
  let store: GitStore;
  const person = { name: "Dev", email: "dev@example.com", date: "2026-01-01T00:00:00Z" };

  /** A commit of one file holding `content`; the same arguments give the same sha in any repository. */
  async function commit(into: GitStore, parents: string[], content: string): Promise<string> {
    const blob = await into.writeBlob(Buffer.from(content));
    const tree = await into.buildTree(undefined, [{ path: "f", entry: { mode: "100644", type: "blob", sha: blob } }]);
    return into.writeCommit({ tree, parents, author: person, committer: person, message: content });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "standin-store-"));
    store = await GitStore.init(join(dir, "repo.git"), "main", gitEnv(dir));
  });
  afterAll(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("a commit not written yet is no answer: once it is, git's answer about it is given", async () => {
    const first = await commit(store, [], "1\n");
    const second = await commit(store, [first], "2\n");
    // The same commit written in another repository has the same sha: this one has not seen it yet.
    const elsewhere = await GitStore.init(join(dir, "other.git"), "main", gitEnv(dir));
    const third = await commit(
      elsewhere,
      [await commit(elsewhere, [await commit(elsewhere, [], "1\n")], "2\n")],
      "3\n",
    );
    elsewhere.close();
    await expect(store.isAncestor(first, third)).rejects.toThrow(/exited 128/);
    await expect(store.revList(["--reverse", third, `^${first}`])).rejects.toThrow(/exited 128/);
    expect(await commit(store, [second], "3\n")).toBe(third);
    expect(await store.isAncestor(first, third)).toBe(true);
    // Asked again, the same answers.
    for (let i = 0; i < 2; i++) {
      expect(await store.isAncestor(third, first)).toBe(false);
      expect(await store.revList(["--reverse", third, `^${first}`])).toEqual([second, third]);
      expect(await store.mergeBase(second, third)).toBe(second);
      expect((await store.diff(first, third)).map((f) => [f.filename, f.status])).toEqual([["f", "modified"]]);
    }
  });

  it("a repository copied from the template holds, byte for byte and mode for mode, what git init and config write", async () => {
    /** Every file and folder under a repository, with its mode and content. */
    const listing = (repo: string): string[] => {
      const out: string[] = [];
      const walk = (at: string): void => {
        for (const name of readdirSync(at).sort()) {
          const path = join(at, name);
          const stat = statSync(path);
          const content = stat.isDirectory() ? "" : readFileSync(path, "latin1");
          out.push(`${relative(repo, path)} ${stat.mode.toString(8)} ${content}`);
          if (stat.isDirectory()) walk(path);
        }
      };
      walk(repo);
      return out;
    };
    const env = gitEnv(dir);
    const git = (args: string[], cwd = "/") => execFileSync("git", args, { cwd, env });
    const template = await GitStore.init(join(dir, "template.git"), "main", env);
    template.close();
    for (const branch of ["main", "ferry/state", "release-1.x"]) {
      const copied = await GitStore.copy(template.dir, join(dir, `copy-${branch.replace("/", "-")}.git`), branch, env);
      copied.close();
      const made = join(dir, `made-${branch.replace("/", "-")}.git`);
      git(["init", "--quiet", "--bare", `--initial-branch=${branch}`, made]);
      git(["config", "http.receivepack", "true"], made);
      git(["config", "core.logAllRefUpdates", "false"], made);
      expect(listing(copied.dir)).toEqual(listing(made));
    }
  });
});
