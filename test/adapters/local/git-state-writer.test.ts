import { execFile } from "node:child_process";
import { readdirSync, readFileSync, readlinkSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GitStateWriter } from "../../../src/adapters/local/git-state-writer.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { childProcesses, waitFor } from "../../support/processes.ts";
import { tempRepo } from "../../support/temp-repo.ts";

const REF = "refs/heads/ferry/state";

/** This process's git children of one kind working in `repo` (each test has a repository of its own). */
function gitsIn(repo: string, command: "fast-import" | "update-ref"): number[] {
  return childProcesses()
    .filter((line) => line.includes(`git ${command}`))
    .map((line) => Number(line.split(" ")[0]))
    .filter((pid) => {
      try {
        return readlinkSync(`/proc/${pid}/cwd`) === repo;
      } catch {
        return false;
      }
    });
}

/** Any process at all (ferry's orphans included) whose working directory is `repo`. */
function processesIn(repo: string): string[] {
  return readdirSync("/proc")
    .filter((pid) => /^\d+$/.test(pid))
    .filter((pid) => {
      try {
        return (
          readlinkSync(`/proc/${pid}/cwd`) === repo &&
          !/^\S+ \S+ Z/.test(readFileSync(`/proc/${pid}/stat`, "utf8").replace(/\(.*\)/, "x"))
        );
      } catch {
        return false;
      }
    });
}

const refs = async (repo: string) =>
  (await runGit(repo, ["for-each-ref", "--format=%(refname)"])).stdout.trim().split("\n").sort();
const head = async (repo: string) =>
  (await runGit(repo, ["rev-parse", "--verify", "-q", REF], { check: false })).stdout.trim() || null;
const file = async (repo: string, rev: string) =>
  (await runGit(repo, ["cat-file", "blob", rev], { check: false })).stdout;
/** fast-import's crash reports (what it writes when its input is cut short mid-command). */
const crashReports = (repo: string) => readdirSync(join(repo, ".git")).filter((n) => n.startsWith("fast_import_crash"));
/** What a crash would leave: crash reports and unfinished packs. */
const leftovers = (repo: string) => [
  ...crashReports(repo),
  ...readdirSync(join(repo, ".git", "objects", "pack")).filter((n) => n.startsWith("tmp_")),
];
const commit = (name: string, text = `${name}\n`) => [{ files: { [`deployments/${name}.json`]: text }, message: name }];

describe("GitStateWriter on a real repository", () => {
  it("writes a command's commits through one fast-import and one update-ref, each visible to git at once", async () => {
    const repo = await tempRepo();
    const writer = new GitStateWriter(repo, "ferry: record state");
    const first = await writer.write(REF, null, commit("web"));
    if (!first.ok) throw new Error("first write refused");
    const [importer] = gitsIn(repo, "fast-import");
    const [updater] = gitsIn(repo, "update-ref");
    let at = first.head;
    for (const name of ["api", "db", "cache"]) {
      // Another process sees each write as soon as it returns: the objects and the moved branch.
      expect(await head(repo)).toBe(at);
      const next = await writer.write(REF, at, commit(name));
      if (!next.ok) throw new Error(`${name} refused`);
      expect((await runGit(repo, ["rev-parse", `${next.head}^`])).stdout.trim()).toBe(at);
      expect(await file(repo, `${REF}:deployments/${name}.json`)).toBe(`${name}\n`);
      at = next.head;
    }
    expect(gitsIn(repo, "fast-import")).toEqual([importer]);
    expect(gitsIn(repo, "update-ref")).toEqual([updater]);
    const reflog = (await runGit(repo, ["reflog", "show", "--format=%gs", REF])).stdout.trim().split("\n");
    expect(reflog).toEqual(Array(4).fill("ferry: record state"));
    // No scratch ref, no pack left open, once closed; and nothing is left running.
    expect(await refs(repo)).toEqual(["refs/heads/ferry/state", "refs/heads/main"]);
    await writer.close();
    expect([...gitsIn(repo, "fast-import"), ...gitsIn(repo, "update-ref")]).toEqual([]);
    expect(leftovers(repo)).toEqual([]);
    expect((await runGit(repo, ["fsck", "--no-dangling"])).code).toBe(0);
    // A write after close starts again.
    expect(await writer.write(REF, at, commit("late"))).toMatchObject({ ok: true });
    await writer.close();
  });

  it("ends its processes when idle", async () => {
    const repo = await tempRepo();
    const writer = new GitStateWriter(repo, "m", 50);
    expect(await writer.write(REF, null, commit("web"))).toMatchObject({ ok: true });
    expect(await waitFor(() => gitsIn(repo, "fast-import").length + gitsIn(repo, "update-ref").length === 0)).toBe(
      true,
    );
    expect(leftovers(repo)).toEqual([]);
    expect(await refs(repo)).toEqual(["refs/heads/ferry/state", "refs/heads/main"]);
  });

  it("refuses a write from a head the branch is no longer at, and writes the next one in new processes", async () => {
    const repo = await tempRepo();
    const writer = new GitStateWriter(repo, "m");
    const first = await writer.write(REF, null, commit("web"));
    if (!first.ok) throw new Error("first write refused");
    const second = await writer.write(REF, first.head, commit("api"));
    if (!second.ok) throw new Error("second write refused");
    const stale = await writer.write(REF, first.head, commit("db"));
    expect(stale).toMatchObject({ ok: false, detail: expect.stringContaining("ferry/state") });
    expect(await writer.write(REF, null, commit("db"))).toMatchObject({ ok: false });
    expect(await head(repo)).toBe(second.head);
    const third = await writer.write(REF, second.head, commit("db"));
    expect(third.ok).toBe(true);
    expect(await head(repo)).toBe(third.ok ? third.head : "");
    await writer.close();
    expect(await refs(repo)).toEqual(["refs/heads/ferry/state", "refs/heads/main"]);
    expect(leftovers(repo)).toEqual([]);
  });

  it("writes again after its fast-import was killed while idle", async () => {
    const repo = await tempRepo();
    const writer = new GitStateWriter(repo, "m");
    const first = await writer.write(REF, null, commit("web"));
    if (!first.ok) throw new Error("first write refused");
    const [dead] = gitsIn(repo, "fast-import");
    process.kill(dead ?? 0, "SIGKILL");
    expect(await waitFor(() => !gitsIn(repo, "fast-import").includes(dead ?? 0))).toBe(true);
    const next = await writer.write(REF, first.head, commit("api"));
    expect(next.ok).toBe(true);
    expect(await file(repo, `${REF}:deployments/api.json`)).toBe("api\n");
    expect(gitsIn(repo, "fast-import")).not.toContain(dead);
    await writer.close();
  });

  it("fails a write on a parent that is not a commit, moving nothing, and writes the next one", async () => {
    const repo = await tempRepo();
    const writer = new GitStateWriter(repo, "m");
    await expect(writer.write(REF, "1".repeat(40), commit("web"))).rejects.toThrow(/fast-import/);
    expect(await refs(repo)).toEqual(["refs/heads/main"]);
    expect(await writer.write(REF, null, commit("web"))).toMatchObject({ ok: true });
    await writer.close();
  });

  it("property: two writers racing on one branch, each write lands only from the exact head it names", async () => {
    const repo = await tempRepo();
    const writers = [new GitStateWriter(repo, "a"), new GitStateWriter(repo, "b")] as const;
    // Each round, each writer writes from the current head, an older one, or "no branch yet", all at once.
    const pick = fc.constantFrom("current", "older", "none");
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(pick, pick), { minLength: 1, maxLength: 4 }), async (rounds) => {
        for (const choices of rounds) {
          const before = await head(repo);
          const history = before
            ? (await runGit(repo, ["rev-list", "--first-parent", REF])).stdout.trim().split("\n")
            : [];
          const older = history[1 + (n % Math.max(1, history.length - 1))] ?? null;
          const expectations = choices.map((c) => (c === "current" ? before : c === "older" ? older : null));
          const names = choices.map(() => `d${n++}`);
          const outcomes = await Promise.all(writers.map((w, i) => w.write(REF, expectations[i]!, commit(names[i]!))));
          const fresh = expectations.filter((e) => e === before).length;
          const won = outcomes.flatMap((o, i) => (o.ok ? [{ head: o.head, i }] : []));
          // Only a write from the head the branch was at can land, and of those exactly one.
          expect(won).toHaveLength(Math.min(1, fresh));
          for (const { i } of won) expect(expectations[i]).toBe(before);
          const after = await head(repo);
          if (won[0] === undefined) expect(after).toBe(before);
          else {
            expect(after).toBe(won[0].head);
            const parents = (await runGit(repo, ["rev-list", "--parents", "-n1", REF])).stdout.trim().split(" ");
            expect(parents.slice(1)).toEqual(before ? [before] : []);
            expect(await file(repo, `${REF}:deployments/${names[won[0].i]}.json`)).toBe(`${names[won[0].i]}\n`);
          }
        }
      }),
      { numRuns: 12 },
    );
    await Promise.all(writers.map((w) => w.close()));
    expect(await refs(repo)).toEqual(["refs/heads/ferry/state", "refs/heads/main"]);
    expect(leftovers(repo)).toEqual([]);
    expect((await runGit(repo, ["fsck", "--no-dangling", "--connectivity-only"])).code).toBe(0);
  });

  it("a ferry killed during a write leaves the branch at a whole write, no scratch ref, no crash report", async () => {
    const repo = await tempRepo();
    const script = new URL("../../support/write-state-then-die.ts", import.meta.url).pathname;
    const run = await new Promise<{ signal: string | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ["--import", "tsx", script, repo, "3"],
        { timeout: 90_000 },
        (_e, stdout, stderr) => resolve({ signal: child.signalCode, stdout, stderr }),
      );
    });
    expect(run.signal).toBe("SIGKILL");
    const heads = run.stdout.trim().split("\n");
    expect(heads).toHaveLength(3);
    // Its git processes see the end of their input and end by themselves.
    expect(await waitFor(() => processesIn(repo).length === 0)).toBe(true);
    // The last write either landed whole or not at all.
    const at = await head(repo);
    if (at !== heads[2]) {
      expect((await runGit(repo, ["rev-parse", `${at}^`])).stdout.trim()).toBe(heads[2]);
      expect(await file(repo, `${REF}:d/last.json`)).toBe("last\n");
    }
    expect(await file(repo, `${REF}:d/2.json`)).toBe("2\n");
    expect(await refs(repo)).toEqual(["refs/heads/ferry/state", "refs/heads/main"]);
    // Objects may be left (a fast-import that was answering when ferry died dies of SIGPIPE with the
    // next pack begun: a `tmp_pack_*` that git's gc removes), never a ref, a crash report or a broken branch.
    expect(crashReports(repo)).toEqual([]);
    expect((await runGit(repo, ["fsck", "--connectivity-only"])).code).toBe(0);
    const writer = new GitStateWriter(repo, "m");
    expect(await writer.write(REF, at, commit("after"))).toMatchObject({ ok: true });
    await writer.close();
  }, 120_000);
});
