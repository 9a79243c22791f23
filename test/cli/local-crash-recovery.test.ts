/**
 * Local mode after a crash: `ferry sync` is killed with SIGKILL during a long stage, as a closed
 * terminal or the OOM killer would. The stage's process group is detached and outlives it; the next
 * ferry command must kill it, remove the worktree and run the stage again (or fail it as
 * interrupted), without waiting for the 30-minute stage deadline. Real processes, a real repository.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runGit } from "../../src/adapters/local/run-git.ts";
import { groupMembers, waitFor } from "../support/processes.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { commitFiles, tempRepo } from "../support/temp-repo.ts";

const bin = new URL("../../bin/ferry.js", import.meta.url).pathname;

/**
 * Attempt 1 of `install` says it started (a file in `marks`), leaves a grandchild behind and
 * sleeps far past any test; later attempts succeed at once.
 */
function manifest(marks: string, onInterrupt?: "fail"): string {
  return `lifecycle: standard
stages:
  install:${onInterrupt ? `\n    onInterrupt: ${onInterrupt}` : ""}
    steps:
      - run: |
          if [ "$FERRY_ATTEMPT" = 1 ]; then
            sleep 600 &
            touch "${marks}/attempt-1-started"
            sleep 600
          fi
          echo "installed on attempt $FERRY_ATTEMPT"
  health-check:
    steps:
      - run: "true"
  rollback:
    steps:
      - run: "true"
`;
}

interface Record {
  readonly processGroups: readonly number[];
  readonly worktree: string;
}

const running = (repo: string) => join(repo, ".git", "ferry", "running");

function records(repo: string): Record[] {
  const dir = running(repo);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .map((n) => JSON.parse(readFileSync(join(dir, n), "utf8")) as Record);
}

const worktrees = async (repo: string) =>
  (await runGit(repo, ["worktree", "list", "--porcelain"])).stdout
    .split("\n")
    .filter((line) => line.startsWith("worktree "));

const stateOf = async (repo: string) =>
  JSON.parse((await runGit(repo, ["show", "ferry/state:deployments/web.json"])).stdout) as {
    regions: { main: { state: string } };
    stages: { stage: string; attempt: number; status: string; message?: string }[];
  };

const leftovers: number[] = [];
afterEach(() => {
  // A failed assertion must not leave sleeps behind on a shared machine.
  for (const pgid of leftovers.splice(0))
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // gone
    }
});

/** Starts `ferry sync` as a real process and kills it with SIGKILL once attempt 1 of install runs. */
async function crashDuringInstall(onInterrupt?: "fail") {
  const marks = mkdtempSync(join(tmpdir(), "ferry-marks-"));
  const repo = await tempRepo();
  await commitFiles(repo, { ".ferry/deployments/web.yml": manifest(marks, onInterrupt) }, "add web");
  const sync = spawn(process.execPath, [bin, "--repo", repo, "sync"], {
    env: { ...process.env, NO_COLOR: "1" },
    stdio: "ignore",
  });
  const exited = new Promise<void>((resolve) => sync.once("exit", () => resolve()));
  // Bounded polling on files: the step has started once its mark exists and its group is recorded.
  const started = await waitFor(
    () => existsSync(join(marks, "attempt-1-started")) && (records(repo)[0]?.processGroups.length ?? 0) > 0,
    45_000,
  );
  expect(started, "attempt 1 of install started and was recorded").toBe(true);
  const [record] = records(repo);
  leftovers.push(...record!.processGroups);
  sync.kill("SIGKILL");
  await exited;
  // What the issue saw: the stage's detached processes and worktree outlive the killed ferry.
  const [pgid] = record!.processGroups;
  expect(groupMembers(pgid!).length, "the sleeps outlive the killed ferry").toBeGreaterThanOrEqual(2);
  expect(await worktrees(repo)).toHaveLength(2);
  return { repo, record: record!, pgid: pgid! };
}

describe("local mode after `kill -9` of ferry sync during a stage", () => {
  it("the next ferry sync kills the stage's processes, removes its worktree and runs it again as attempt 2", async () => {
    const { repo, record, pgid } = await crashDuringInstall();

    // The stage deadline is 30 minutes: finishing within the test's timeout shows ferry did not wait for it. Only the
    // killed ferry needs a process of its own; the next command runs in this one, as the other CLI tests run theirs.
    const next = await runFerryInProcess(["--repo", repo, "sync"]);
    expect(next.stderr).toBe("");
    expect(next.code).toBe(0);
    expect(next.stdout).toContain("web: stage install (run 1, attempt 1) was interrupted");

    expect(groupMembers(pgid), "no process of the killed stage is left").toEqual([]);
    expect(await worktrees(repo), "only the repository's own worktree is left").toHaveLength(1);
    expect(existsSync(record.worktree)).toBe(false);
    expect(records(repo)).toEqual([]);

    const state = await stateOf(repo);
    expect(state.regions.main.state).toBe("running");
    const installs = state.stages.filter((s) => s.stage === "install");
    expect(installs.map((s) => [s.attempt, s.status])).toEqual([
      [1, "failed"],
      [2, "succeeded"],
    ]);
    expect(installs[0]!.message).toMatch(/^interrupted: the ferry process \(pid \d+\) that ran stage install ended/);
  });

  it("fails the stage at once as interrupted when its manifest says `onInterrupt: fail`", async () => {
    const { repo, pgid } = await crashDuringInstall("fail");

    const next = await runFerryInProcess(["--repo", repo, "sync"]);
    expect(next.code).toBe(1);
    expect(next.stdout).toContain("web: stage install (run 1, attempt 1) was interrupted");
    expect(next.stderr).toContain("failed: web");

    expect(groupMembers(pgid)).toEqual([]);
    expect(await worktrees(repo)).toHaveLength(1);
    expect(records(repo)).toEqual([]);
    const state = await stateOf(repo);
    const installs = state.stages.filter((s) => s.stage === "install");
    expect(installs.map((s) => [s.attempt, s.status])).toEqual([[1, "failed"]]);
    expect(installs[0]!.message).toMatch(/^interrupted: /);
  });
});
