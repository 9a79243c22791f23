import { appendFileSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { quotedPath } from "../../../src/adapters/local/fast-import-commit.ts";
import { fastImportCommits } from "../../support/fast-import-commits.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { tempRepo } from "../../support/temp-repo.ts";

const refs = async (repo: string) => (await runGit(repo, ["for-each-ref", "--format=%(refname) %(objectname)"])).stdout;
const blob = async (repo: string, rev: string) =>
  (await runGit(repo, ["cat-file", "blob", rev], { check: false })).stdout;

describe("fastImportCommits on a real repository", () => {
  it("writes a root commit and its child in one go, moves no ref and leaves the checkout alone", async () => {
    const repo = await tempRepo({ "app.txt": "v1\n" });
    const before = { refs: await refs(repo), status: (await runGit(repo, ["status", "--porcelain"])).stdout };
    const head = await fastImportCommits(repo, null, [
      { files: { "README.md": "# state\n" }, message: "root" },
      {
        files: { "deployments/web.json": "{}\n", "reports/web.md": "ok\n" },
        message: "web: requested\n\nFerry-Actor: a\n",
      },
    ]);
    expect(await refs(repo)).toBe(before.refs);
    expect((await runGit(repo, ["status", "--porcelain"])).stdout).toBe(before.status);
    expect(readFileSync(join(repo, "app.txt"), "utf8")).toBe("v1\n");
    const log = (await runGit(repo, ["log", "--format=%an <%ae>|%cn|%B|", head])).stdout;
    expect(log).toBe(
      "ferry <ferry@localhost>|ferry|web: requested\n\nFerry-Actor: a\n|\nferry <ferry@localhost>|ferry|root|\n",
    );
    expect((await runGit(repo, ["ls-tree", "-r", "--name-only", head])).stdout.split("\n").filter(Boolean)).toEqual([
      "README.md",
      "deployments/web.json",
      "reports/web.md",
    ]);
    expect((await runGit(repo, ["rev-list", "--max-parents=0", head])).stdout.trim()).toBe(
      (await runGit(repo, ["rev-parse", `${head}~1`])).stdout.trim(),
    );
    expect((await runGit(repo, ["fsck", "--no-dangling"])).code).toBe(0);
  });

  it("builds on the parent's tree: files it does not name stay, files it names are replaced", async () => {
    const repo = await tempRepo();
    const first = await fastImportCommits(repo, null, [
      { files: { "a.json": "1\n", "d/b.json": "1\n" }, message: "one" },
    ]);
    const second = await fastImportCommits(repo, first, [
      { files: { "d/b.json": "2\n", "d/c.json": "2\n" }, message: "two" },
    ]);
    expect((await runGit(repo, ["rev-parse", `${second}^`])).stdout.trim()).toBe(first);
    expect(await blob(repo, `${second}:a.json`)).toBe("1\n");
    expect(await blob(repo, `${second}:d/b.json`)).toBe("2\n");
    expect(await blob(repo, `${second}:d/c.json`)).toBe("2\n");
    expect(await blob(repo, `${first}:d/b.json`)).toBe("1\n");
  });

  it("stores content byte for byte, whatever the repository's line-ending settings and attributes say", async () => {
    const repo = await tempRepo();
    await runGit(repo, ["config", "core.autocrlf", "true"]);
    mkdirSync(join(repo, ".git", "info"), { recursive: true });
    appendFileSync(join(repo, ".git", "info", "attributes"), "* text eol=crlf\n");
    const text = 'line one\nline two\r\n« non-ASCII » ✓ and no final newline: "quoted" \\ back';
    const head = await fastImportCommits(repo, null, [{ files: { "deployments/web.json": text }, message: "m" }]);
    const bytes = (await runGit(repo, ["cat-file", "-s", `${head}:deployments/web.json`])).stdout.trim();
    expect(Number(bytes)).toBe(Buffer.byteLength(text, "utf8"));
    expect(await blob(repo, `${head}:deployments/web.json`)).toBe(text);
  });

  it("writes paths that fast-import would misread unquoted: a leading quote, a newline, a backslash", async () => {
    const repo = await tempRepo();
    const paths = ['"quoted".json', "new\nline.json", "back\\slash.json", "tab\there and space.json"];
    const head = await fastImportCommits(repo, null, [
      { files: Object.fromEntries(paths.map((p, i) => [p, `${i}\n`])), message: "odd paths" },
    ]);
    const listed = (await runGit(repo, ["ls-tree", "-z", "--name-only", head])).stdout.split("\0").filter(Boolean);
    expect(listed.sort()).toEqual([...paths].sort());
    expect(quotedPath("deployments/web.json")).toBe("deployments/web.json");
    expect(quotedPath('"x')).toBe('"\\"x"');
    expect(quotedPath("a\nb\\")).toBe('"a\\012b\\\\"');
    expect(() => quotedPath("a\0b")).toThrow(RangeError);
  });

  it("fails, writing no ref, when the parent is not a commit of the repository", async () => {
    const repo = await tempRepo();
    const before = await refs(repo);
    await expect(fastImportCommits(repo, "1".repeat(40), [{ files: { a: "1" }, message: "m" }])).rejects.toThrow(
      /fast-import/,
    );
    expect(await refs(repo)).toBe(before);
  });
});
