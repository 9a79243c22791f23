import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { commitsSince, defaultBranch } from "../../../src/adapters/local/commit-walker.ts";
import { GitObjectReader } from "../../../src/adapters/local/git-object-reader.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { commitFiles, tempRepo } from "../../support/temp-repo.ts";

describe("defaultBranch on real repositories", () => {
  it("is main when main exists, else master, else the checked-out branch", async () => {
    const repo = await tempRepo();
    // One reader throughout: each answer is the repository as it is when asked, not as it was at the first question.
    const reader = new GitObjectReader(repo);
    expect(await defaultBranch(reader)).toBe("main");
    await runGit(repo, ["branch", "master"]);
    expect(await defaultBranch(reader)).toBe("main");
    await runGit(repo, ["branch", "-m", "main", "trunk"]);
    expect(await defaultBranch(reader)).toBe("master");
    await runGit(repo, ["branch", "-D", "master"]);
    expect(await defaultBranch(reader)).toBe("trunk");
    await reader.close();
  });

  it("counts only the exact branch names, not branches below them", async () => {
    const repo = await tempRepo();
    await runGit(repo, ["branch", "-m", "main", "work"]);
    await runGit(repo, ["branch", "master/old"]);
    const reader = new GitObjectReader(repo);
    expect(await defaultBranch(reader)).toBe("work");
    await reader.close();
  });

  it("is undefined for a folder that is not a repository, and for one that does not exist", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ferry-not-a-repo-"));
    expect(await defaultBranch(new GitObjectReader(dir))).toBeUndefined();
    expect(await defaultBranch(new GitObjectReader(join(dir, "missing")))).toBeUndefined();
  });
});

describe("commitsSince on a real repository", () => {
  it("walks the first-parent commits after `since` up to the tip it is given, not the branch's newer ones", async () => {
    const repo = await tempRepo();
    const base = (await runGit(repo, ["rev-parse", "HEAD"])).stdout.trim();
    const one = await commitFiles(repo, { "a.txt": "1\n" }, "one");
    const two = await commitFiles(repo, { "b.txt": "2\n" }, "two");
    await commitFiles(repo, { "c.txt": "3\n" }, "three");
    const walked = await commitsSince(repo, two, base);
    expect(walked.map((c) => [c.sha, c.subject, c.changed])).toEqual([
      [one, "one", [{ path: "a.txt", status: "added" }]],
      [two, "two", [{ path: "b.txt", status: "added" }]],
    ]);
    expect((await commitsSince(repo, two, undefined)).map((c) => c.sha)).toEqual([two]);
  });

  it("gives each commit its own changes against its first parent: a merge's whole pull request, an empty commit none", async () => {
    const repo = await tempRepo({ "keep.txt": "k\n", "gone.txt": "g\n" });
    const root = (await runGit(repo, ["rev-parse", "HEAD"])).stdout.trim();
    expect((await commitsSince(repo, root, undefined)).map((c) => c.changed)).toEqual([
      [
        { path: "gone.txt", status: "added" },
        { path: "keep.txt", status: "added" },
      ],
    ]);
    const git = (...args: string[]) => runGit(repo, ["-c", "user.name=t", "-c", "user.email=t@localhost", ...args]);
    await git("checkout", "-q", "-b", "feature");
    await commitFiles(repo, { "feature/a.txt": "a\n" }, "feature a");
    await commitFiles(repo, { "feature/b.txt": "b\n" }, "feature b");
    await git("checkout", "-q", "main");
    await git("rm", "-q", "gone.txt");
    await git("commit", "-q", "-m", "remove gone");
    await git("merge", "-q", "--no-ff", "-m", "Merge feature", "feature");
    await git("commit", "-q", "--allow-empty", "-m", "empty");
    const tip = await commitFiles(repo, { "keep.txt": "changed\n" }, "modify keep");
    const walked = await commitsSince(repo, tip, root);
    expect(walked.map((c) => [c.subject, c.merge, c.changed])).toEqual([
      ["remove gone", false, [{ path: "gone.txt", status: "removed" }]],
      [
        "Merge feature",
        true,
        [
          { path: "feature/a.txt", status: "added" },
          { path: "feature/b.txt", status: "added" },
        ],
      ],
      ["empty", false, []],
      ["modify keep", false, [{ path: "keep.txt", status: "modified" }]],
    ]);
  });
});
