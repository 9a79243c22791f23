import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { encodeCommit, GitObjects } from "./git-objects.ts";
import { gitEnv, GitStore, type GitCommit, type GitTreeEntry } from "./git-store.ts";

/** An ISO 8601 date in the forms GitHub's API takes: UTC or with an offset, in any year git reads as such. */
const isoDate = fc
  .tuple(
    fc.integer({ min: Date.UTC(1971, 0, 2) / 1000, max: Date.UTC(2099, 11, 30) / 1000 }),
    fc.constantFrom("Z", "+00:00", "-00:00", "+02:00", "-07:00", "+05:30", "-09:30", "+14:00", "-12:00"),
  )
  .map(([seconds, zone]) => {
    const offset =
      zone === "Z" ? 0 : (zone.startsWith("-") ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)));
    return new Date((seconds + offset * 60) * 1000).toISOString().replace(/\.\d{3}Z$/, zone);
  });

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

  it("writes an object again into a folder removed since it last wrote there (git prune removes empty ones)", async () => {
    const content = Buffer.from("pruned\n");
    const sha = await objects.writeBlob(content);
    rmSync(join(store.dir, "objects", sha.slice(0, 2)), { recursive: true });
    expect(await objects.writeBlob(content)).toBe(sha);
    expect(execFileSync("git", ["cat-file", "blob", sha], { cwd: store.dir, env: gitEnv(dir) })).toEqual(content);
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

  it("a commit of any idents, dates, parents and message gets the sha git commit-tree gives", async () => {
    const tree = (await objects.writeTree([
      { mode: "100644", type: "blob", sha: await objects.writeBlob(Buffer.from("c\n")), path: "f" },
    ]))!;
    const someone = { name: "Dev", email: "dev@example.com", date: "2026-01-01T00:00:00Z" };
    const root = await store.writeCommit({ tree, parents: [], author: someone, committer: someone, message: "root" });
    const other = await store.writeCommit({ tree, parents: [root], author: someone, committer: someone, message: "o" });
    // Plain names and emails, and ones with what git strips or drops ("crud" at either end, <, >, newlines).
    const ident = fc.oneof(
      fc.constantFrom("Dev", "Ada Lovelace", "ferry[bot]", "Zoë", "dev@example.com", "1+a@users.noreply.github.com"),
      fc.string({ minLength: 1, maxLength: 8 }).filter((v) => !v.includes("\0")),
    );
    const person = fc.record({
      name: ident,
      email: ident,
      date: fc.oneof(isoDate, fc.constantFrom("2026-01-01 10:00", "@0 +0000")),
    });
    const message = fc.oneof(
      fc.constantFrom("", "m", "m\n", "subject\n\nbody\n", "  spaced  \n\n\n", "# not a comment\n"),
      fc.string({ unit: "binary", maxLength: 20 }).filter((m) => !m.includes("\0")),
    );
    await fc.assert(
      fc.asyncProperty(
        person,
        person,
        message,
        fc.subarray([root, other, root]),
        async (author, committer, msg, parents) => {
          const commit: Omit<GitCommit, "sha"> = { tree, parents, author, committer, message: msg };
          const env = {
            ...gitEnv(dir),
            GIT_AUTHOR_NAME: author.name,
            GIT_AUTHOR_EMAIL: author.email,
            GIT_AUTHOR_DATE: author.date,
            GIT_COMMITTER_NAME: committer.name,
            GIT_COMMITTER_EMAIL: committer.email,
            GIT_COMMITTER_DATE: committer.date,
          };
          let expected: string | undefined;
          try {
            const args = ["commit-tree", tree, ...parents.flatMap((p) => ["-p", p]), "-F", "-"];
            expected = execFileSync("git", args, { cwd: store.dir, env, input: msg, stdio: "pipe" }).toString().trim();
          } catch {
            expected = undefined; // git refuses it (an empty name, say): the stand-in must not write it either.
          }
          const own = await objects.writeCommit(commit);
          if (own !== undefined) expect(own).toBe(expected);
          if (expected === undefined) await expect(store.writeCommit(commit)).rejects.toThrow(/commit-tree/);
          else expect(await store.writeCommit(commit)).toBe(expected);
        },
      ),
      {
        numRuns: 150,
        // Noncharacters, which git's UTF-8 check rewrites, in the message and in a name (a run once found the first).
        examples: [
          [someone, someone, "\u{10FFFE}", []],
          [someone, someone, "a\uFDD0b\n", [root]],
          [{ ...someone, name: "Zo\uFFFF" }, someone, "m", []],
        ],
      },
    );
    expect(gitIn(["fsck", "--strict", "--no-dangling"])).toBe("");
  });

  it("writes commits with plain idents and ISO dates itself, as GitHub's API and the stand-in make them", async () => {
    const plain = fc.constantFrom("Dev", "Ada Lovelace", "ferry[bot]", "Zoë", "GitHub");
    const email = fc.constantFrom("dev@example.com", "noreply@github.com", "1+a@users.noreply.github.com");
    const person = fc.record({ name: plain, email, date: isoDate });
    fc.assert(
      fc.property(person, person, fc.string({ maxLength: 30 }), (author, committer, message) => {
        fc.pre(!/[\0\uFFFE\uFFFF]|\p{Cs}/u.test(message));
        const commit = { tree: "1".repeat(40), parents: ["2".repeat(40)], author, committer, message };
        expect(encodeCommit(commit)).toBeDefined();
      }),
    );
  });
});
