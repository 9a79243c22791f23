import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GitRefReader } from "./git-ref-reader.ts";
import { gitEnv, GitStore } from "./git-store.ts";

/** Names the operations write: branches (one also a folder's name), a tag, a pull ref, one git reads refs/heads/x as. */
const REFS = [
  "refs/heads/main",
  "refs/heads/a",
  "refs/heads/a/b",
  "refs/heads/ab",
  "refs/tags/v1",
  "refs/pull/1/head",
  "refs/tags/refs/heads/x",
] as const;
/** Symbolic refs, each pointing at one of REFS (which may not exist: then it dangles). */
const SYMREFS = ["refs/heads/sym", "refs/tags/sym"] as const;
/** Names asked for: all of the above, and names no operation writes. */
const NAMES = [...REFS, ...SYMREFS, "refs/heads/x", "refs/heads/none", "refs/heads/a/b/c"];
const PREFIXES = ["refs/", "refs/heads/", "refs/heads/a", "refs/tags", "refs/pull/1/head", "refs/heads/ab"];

const op = fc.oneof(
  // A ref moved by the stand-in's own writer (or git update-ref where it defers), or by git.
  { weight: 6, arbitrary: fc.tuple(fc.constantFrom("standin", "git"), fc.constantFrom(...REFS), fc.nat(3)) },
  { weight: 2, arbitrary: fc.tuple(fc.constant("delete"), fc.constantFrom(...REFS, ...SYMREFS), fc.constant(0)) },
  { weight: 2, arbitrary: fc.constant(["pack"] as const) },
  { weight: 2, arbitrary: fc.tuple(fc.constant("symref"), fc.constantFrom(...SYMREFS), fc.nat(REFS.length - 1)) },
);

/**
 * The stand-in reads refs from the files itself; it must answer exactly what git answers, or leave the question to
 * git. git is asked through `cat-file --batch-check` (which resolves a name as `rev-parse --verify` does, one process
 * for all names; every object here exists) and `for-each-ref`.
 */
describe("the stand-in's own ref reading", () => {
  let dir: string;
  let template: string;
  let run = 0;
  const shas: string[] = [];
  const person = { name: "Dev", email: "dev@example.com", date: "2026-01-01T00:00:00Z" };
  const env = () => ({
    ...gitEnv(dir),
    GIT_COMMITTER_NAME: "Dev",
    GIT_COMMITTER_EMAIL: "dev@example.com",
    GIT_COMMITTER_DATE: "2026-01-01T00:00:00Z",
  });
  const git = (repo: string, args: string[], input?: string) =>
    spawnSync("git", args, { cwd: repo, env: env(), ...(input === undefined ? {} : { input }) });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "standin-ref-reader-"));
    const made = await GitStore.init(join(dir, "template.git"), "main", gitEnv(dir));
    // Two commits, a tree and an annotated tag: each kind of object a ref may name.
    const blob = await made.writeBlob(Buffer.from("x\n"));
    const tree = await made.buildTree(undefined, [{ path: "f", entry: { mode: "100644", type: "blob", sha: blob } }]);
    const first = await made.writeCommit({ tree, parents: [], author: person, committer: person, message: "1" });
    const second = await made.writeCommit({ tree, parents: [first], author: person, committer: person, message: "2" });
    expect(git(made.dir, ["tag", "-a", "-m", "t", "annotated", second]).status).toBe(0);
    const tag = git(made.dir, ["rev-parse", "refs/tags/annotated"]).stdout.toString().trim();
    expect(git(made.dir, ["update-ref", "-d", "refs/tags/annotated"]).status).toBe(0);
    shas.push(first, second, tree, tag);
    made.close();
    template = made.dir;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** What git resolves each name to (undefined: nothing), asked of one `git cat-file --batch-check`. */
  const resolved = (repo: string, names: readonly string[]): Array<string | undefined> => {
    const result = git(repo, ["cat-file", "--batch-check=%(objectname)"], names.join("\n") + "\n");
    expect(result.status).toBe(0);
    const lines = result.stdout.toString().split("\n");
    return names.map((_, i) => (/^[0-9a-f]{40}$/.test(lines[i]!) ? lines[i] : undefined));
  };
  /** The symbolic refs git wrote (`ref: <target>` files) and their targets. */
  const symbolicRefs = (repo: string): Array<{ name: string; target: string }> =>
    SYMREFS.flatMap((name) => {
      const path = join(repo, name);
      const content = existsSync(path) ? readFileSync(path, "latin1") : "";
      return content.startsWith("ref: ") ? [{ name, target: content.slice(5).trim() }] : [];
    });

  it("any refs written by git and by the stand-in, loose, packed, deleted or symbolic, read as git reads them", async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 10 }), async (ops) => {
        const store = await GitStore.copy(template, join(dir, `r${run++}.git`), "main", gitEnv(dir));
        // A repository's default branch, as the stand-in makes it.
        await store.updateRef("refs/heads/main", shas[1]!);
        const reader = new GitRefReader(store.dir);
        for (const step of ops) {
          if (step[0] === "pack") git(store.dir, ["pack-refs", "--all"]);
          else if (step[0] === "delete") git(store.dir, ["update-ref", "--no-deref", "-d", step[1]]);
          else if (step[0] === "symref") git(store.dir, ["symbolic-ref", step[1], REFS[step[2]]!]);
          else if (step[0] === "git") git(store.dir, ["update-ref", step[1], shas[step[2]]!]);
          // The stand-in refuses a non-commit on a branch, as the API does; git would take it.
          else await store.updateRef(step[1], shas[step[2]]!).catch(() => undefined);
        }
        // Asked of git in one process: each name as given, peeled (`^{}`), and as the API's commit-ish candidates.
        const shorts = ["main", "a", "v1", "sym", "none"];
        const candidates = shorts.flatMap((short) => [`refs/heads/${short}^{commit}`, `refs/tags/${short}^{commit}`]);
        const symbolic = symbolicRefs(store.dir);
        const targets = symbolic.map((ref) => ref.target);
        const byGit = resolved(store.dir, [...NAMES, ...NAMES.map((n) => `${n}^{}`), ...candidates, ...targets]);
        // A symbolic ref that dangles git skips with a warning, and the reader leaves to git.
        const dangling = byGit.slice(byGit.length - targets.length).some((sha) => sha === undefined);
        for (const [i, name] of NAMES.entries()) {
          const read = reader.resolve(name);
          if (read.kind === "ask-git") expect(dangling).toBe(true);
          else expect(read.kind === "found" ? read.sha : undefined).toBe(byGit[i]);
          // Through the store: peeled as `^{}` is, whichever way it took.
          expect(await store.refSha(name)).toBe(byGit[NAMES.length + i]);
          checked++;
        }
        for (const [i, short] of shorts.entries()) {
          const expected = byGit[2 * NAMES.length + 2 * i] ?? byGit[2 * NAMES.length + 2 * i + 1];
          expect(await store.resolveCommitish(short)).toBe(expected);
        }
        for (const prefix of PREFIXES) {
          const format = "--format=%(refname) %(objectname) %(objecttype)";
          const listing = git(store.dir, ["for-each-ref", format, prefix]).stdout.toString().trim();
          const listed = reader.list(prefix);
          // The reader lists no folder with a symbolic ref (for-each-ref resolves some, skips others): git lists it.
          const folder = prefix.slice(0, prefix.lastIndexOf("/") + 1);
          if (listed === undefined) expect(symbolic.some((ref) => ref.name.startsWith(folder))).toBe(true);
          else expect(listed.map((r) => `${r.ref} ${r.sha}`).join("\n")).toBe(listing.replace(/ [a-z]+$/gm, ""));
          const stored = await store.listRefs(prefix);
          expect(stored.map((r) => `${r.ref} ${r.sha} ${r.type}`).join("\n")).toBe(listing);
        }
        store.close();
      }),
      {
        numRuns: 20,
        // Always tried: a packed ref moved again (loose over packed), a symbolic ref, names sharing a prefix.
        examples: [
          [[["git", "refs/heads/a", 0], ["standin", "refs/heads/ab", 0], ["pack"], ["standin", "refs/heads/a", 1]]],
          [
            [
              ["standin", "refs/tags/v1", 2],
              ["symref", "refs/heads/sym", 3],
              ["symref", "refs/tags/sym", 2],
            ],
          ],
        ],
      },
    );
    expect(checked).toBeGreaterThan(0);
  });

  it("leaves to git what it does not model: odd names, broken files, symbolic links, odd packed-refs lines", async () => {
    const store = await GitStore.copy(template, join(dir, `r${run++}.git`), "main", gitEnv(dir));
    const reader = new GitRefReader(store.dir);
    const [first] = shas as [string];
    const file = (name: string, content: string) => {
      mkdirSync(dirname(join(store.dir, name)), { recursive: true });
      writeFileSync(join(store.dir, name), content);
    };
    expect(reader.resolve("main")).toEqual({ kind: "ask-git" });
    expect(reader.resolve("refs/heads/a b")).toEqual({ kind: "ask-git" });
    expect(reader.resolve("refs/heads/main")).toEqual({ kind: "missing" });
    file("refs/heads/main", `${first}\n`);
    expect(reader.resolve("refs/heads/main")).toEqual({ kind: "found", sha: first });
    file("refs/heads/broken", "not a sha\n");
    expect(reader.resolve("refs/heads/broken")).toEqual({ kind: "ask-git" });
    expect(reader.list("refs/heads/")).toBeUndefined();
    expect(await store.refSha("refs/heads/broken")).toBeUndefined();
    rmSync(join(store.dir, "refs/heads/broken"));
    symlinkSync("main", join(store.dir, "refs/heads/link"));
    expect(reader.resolve("refs/heads/link")).toEqual({ kind: "ask-git" });
    rmSync(join(store.dir, "refs/heads/link"));
    expect(reader.list("refs/heads/*")).toBeUndefined();
    expect(reader.list("refs/../")).toBeUndefined();
    file("packed-refs", `# pack-refs with: peeled fully-peeled sorted \n${first} refs/heads/p\n`);
    expect(reader.resolve("refs/heads/p")).toEqual({ kind: "found", sha: first });
    expect(reader.list("refs/")).toEqual([
      { ref: "refs/heads/main", sha: first },
      { ref: "refs/heads/p", sha: first },
    ]);
    file("packed-refs", `${first} refs/heads/p\ngarbage\n`);
    expect(reader.resolve("refs/heads/p")).toEqual({ kind: "ask-git" });
    expect(reader.resolve("refs/heads/main")).toEqual({ kind: "found", sha: first });
    // A ref file where a folder of refs would be: git finds nothing there, and does not look in packed-refs.
    file("packed-refs", `${first} refs/heads/main/x\n`);
    expect(reader.resolve("refs/heads/main/x")).toEqual({ kind: "missing" });
    expect(git(store.dir, ["rev-parse", "--verify", "-q", "refs/heads/main/x"]).status).toBe(1);
    expect(existsSync(join(store.dir, "refs/heads/main"))).toBe(true);
    expect(readFileSync(join(store.dir, "refs/heads/main"), "latin1")).toBe(`${first}\n`);
    store.close();
  });
});
