import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CatFileBatch } from "../../../src/adapters/local/cat-file-batch.ts";
import { fastImportCommits } from "../../support/fast-import-commits.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { treeEntries } from "../../../src/adapters/local/tree-entries.ts";
import { commitFiles, tempRepo } from "../../support/temp-repo.ts";

/** Runs `use` with a batch process of its own, ended when `use` settles. */
async function withCatFileBatch<T>(repo: string, use: (batch: CatFileBatch) => Promise<T>): Promise<T> {
  const batch = CatFileBatch.start(repo);
  try {
    return await use(batch);
  } finally {
    await batch.close().catch(() => undefined);
  }
}

describe("CatFileBatch on a real repository", () => {
  it("answers requests in order, each as git has it, and undefined for what names nothing", async () => {
    const repo = await tempRepo({ "a.txt": "first\n", "dir/b.bin": "x" });
    const second = await commitFiles(repo, { "a.txt": "second\n" }, "second");
    const answers = await withCatFileBatch(repo, (batch) =>
      Promise.all([
        batch.get("refs/heads/main^{commit}"),
        batch.get(`${second}:a.txt`),
        batch.get(`${second}~1:a.txt`),
        batch.get(`${second}:missing.txt`),
        batch.get("refs/heads/nope^{commit}"),
        batch.get(`${second}:dir`),
        batch.get(`${second}:a.txt\n${second}:dir/b.bin`),
      ]),
    );
    const [commit, now, before, missing, noRef, dir, twoLines] = answers;
    expect(commit).toMatchObject({ sha: second, type: "commit" });
    expect(now?.content.toString()).toBe("second\n");
    expect(now?.type).toBe("blob");
    expect(before?.content.toString()).toBe("first\n");
    expect([missing, noRef, twoLines]).toEqual([undefined, undefined, undefined]);
    expect(dir?.type).toBe("tree");
    expect(treeEntries(dir?.content ?? Buffer.alloc(0), second.length / 2)).toEqual([
      { mode: "100644", name: "b.bin" },
    ]);
  });

  it("gives content byte for byte, newlines and bytes that are not UTF-8 included", async () => {
    const repo = await tempRepo();
    const bytes = Buffer.from([0xff, 0x00, 0x0a, 0x41, 0x0a, 0x0a, 0xfe, 0x0a]);
    const file = join(mkdtempSync(join(tmpdir(), "ferry-bytes-")), "bytes.bin");
    writeFileSync(file, bytes);
    const sha = (await runGit(repo, ["hash-object", "-w", "--no-filters", file])).stdout.trim();
    const [binary, again] = await withCatFileBatch(repo, (batch) => Promise.all([batch.get(sha), batch.get(sha)]));
    expect(binary?.content).toEqual(bytes);
    expect(again).toEqual(binary);
  });

  it("rejects every request when the folder is not a repository, and closes cleanly", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ferry-not-a-repo-"));
    const batch = CatFileBatch.start(dir);
    const asked = batch.get("HEAD");
    await batch.close();
    await expect(asked).rejects.toThrow(/cat-file/);
    await expect(batch.get("HEAD")).rejects.toThrow(/cat-file/);
  });

  it("treeEntries lists modes and names with spaces and non-ASCII, and stops at a truncated entry", async () => {
    const repo = await tempRepo();
    const head = await fastImportCommits(repo, null, [
      { files: { "d/a b.json": "1", "d/ü.json": "2", "d/sub/c.json": "3" }, message: "m" },
    ]);
    const tree = await withCatFileBatch(repo, (batch) => batch.get(`${head}:d`));
    const entries = treeEntries(tree?.content ?? Buffer.alloc(0), head.length / 2);
    expect(entries).toEqual([
      { mode: "100644", name: "a b.json" },
      { mode: "40000", name: "sub" },
      { mode: "100644", name: "ü.json" },
    ]);
    const cut = tree?.content.subarray(0, (tree.content.length ?? 0) - 3) ?? Buffer.alloc(0);
    expect(treeEntries(cut, head.length / 2).map((e) => e.name)).toEqual(["a b.json", "sub"]);
  });
});
