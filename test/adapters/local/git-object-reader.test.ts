import { mkdtempSync, readlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fastImportCommits } from "../../support/fast-import-commits.ts";
import { GitObjectReader } from "../../../src/adapters/local/git-object-reader.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { childProcesses, waitFor } from "../../support/processes.ts";
import { commitFiles, tempRepo } from "../../support/temp-repo.ts";

/** This process's `git cat-file` children working in `repo` (each test has a repository of its own). */
function catFilesIn(repo: string): number[] {
  return childProcesses()
    .filter((line) => line.includes("git cat-file --batch"))
    .map((line) => Number(line.split(" ")[0]))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === repo;
      } catch {
        return false;
      }
    });
}

const sha = async (repo: string, rev: string) => (await runGit(repo, ["rev-parse", rev])).stdout.trim();

describe("GitObjectReader on a real repository", () => {
  it("answers every read through one process, each as the repository is when asked", async () => {
    const repo = await tempRepo({ "a.txt": "first\n" });
    const first = await sha(repo, "HEAD");
    const reader = new GitObjectReader(repo);
    expect(await reader.commit("refs/heads/main")).toBe(first);
    const [process] = catFilesIn(repo);
    expect(process).toBeDefined();

    // Moved by another process, then packed, then deleted: each read says what git says now.
    const second = await commitFiles(repo, { "a.txt": "second\n" }, "second");
    expect(await reader.commit("refs/heads/main")).toBe(second);
    expect(await reader.files("refs/heads/main", ["a.txt", "missing.txt"])).toEqual(["second\n", undefined]);
    await runGit(repo, ["branch", "other", first]);
    await runGit(repo, ["pack-refs", "--all"]);
    expect(await reader.commit("refs/heads/other")).toBe(first);
    await runGit(repo, ["update-ref", "refs/heads/other", second]);
    expect(await reader.commit("refs/heads/other")).toBe(second);
    await runGit(repo, ["update-ref", "-d", "refs/heads/other"]);
    expect(await reader.commit("refs/heads/other")).toBeUndefined();

    // Objects written after the process started, loose and (past fast-import's unpack limit) in a new pack.
    const files = Object.fromEntries(Array.from({ length: 120 }, (_, i) => [`f/${i}.txt`, `${i}\n`]));
    const imported = await fastImportCommits(repo, second, [{ files, message: "many files" }]);
    await runGit(repo, ["update-ref", "refs/heads/big", imported]);
    expect(await reader.commit("big")).toBe(imported);
    expect(await reader.files(imported, ["f/119.txt"])).toEqual(["119\n"]);
    expect((await reader.object(`${imported}:f`))?.type).toBe("tree");
    expect(await reader.commit("no-such-branch")).toBeUndefined();

    expect(catFilesIn(repo)).toEqual([process]);
    await reader.close();
    expect(await waitFor(() => catFilesIn(repo).length === 0)).toBe(true);
  });

  it("ends its process when idle or closed, and starts a new one for a later read", async () => {
    const repo = await tempRepo({ "a.txt": "a\n" });
    const head = await sha(repo, "HEAD");
    const reader = new GitObjectReader(repo, 50);
    expect(await reader.commit("HEAD")).toBe(head);
    expect(catFilesIn(repo)).toHaveLength(1);
    // Idle for its time: the process ends by itself.
    expect(await waitFor(() => catFilesIn(repo).length === 0)).toBe(true);
    expect(await reader.files(head, ["a.txt"])).toEqual(["a\n"]);
    await reader.close();
    expect(catFilesIn(repo)).toEqual([]);
    expect(await reader.commit("HEAD")).toBe(head);
    await reader.close();
  });

  it("replaces a process that died instead of failing every read after it", async () => {
    const repo = await tempRepo({ "a.txt": "a\n" });
    const head = await sha(repo, "HEAD");
    const reader = new GitObjectReader(repo);
    expect(await reader.commit("HEAD")).toBe(head);
    const [dead] = catFilesIn(repo);
    process.kill(dead ?? 0, "SIGKILL");
    expect(await waitFor(() => !catFilesIn(repo).includes(dead ?? 0))).toBe(true);
    // The first read after the death may be the one that finds out; the next one has a new process.
    await reader.commit("HEAD").catch(() => undefined);
    expect(await reader.commit("HEAD")).toBe(head);
    expect(catFilesIn(repo)).not.toContain(dead);
    await reader.close();
  });

  it("rejects reads in a folder that is not a repository", async () => {
    const reader = new GitObjectReader(mkdtempSync(join(tmpdir(), "ferry-not-a-repo-")));
    await expect(reader.commit("HEAD")).rejects.toThrow(/cat-file/);
    await reader.close();
  });
});
