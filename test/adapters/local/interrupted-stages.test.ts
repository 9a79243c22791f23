/**
 * The cleanup half of crash recovery, on a real repository with real processes: what must be left
 * alone. (The whole story, `kill -9` of `ferry sync` included, is test/cli/local-crash-recovery.test.ts.)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { recoverInterruptedStages } from "../../../src/adapters/local/interrupted-stages.ts";
import { StageRecords, type StageRecord } from "../../../src/adapters/local/stage-records.ts";
import { groupMembers, waitFor } from "../../support/processes.ts";
import { tempRepo } from "../../support/temp-repo.ts";

const started: ChildProcess[] = [];
afterEach(() => {
  for (const child of started.splice(0))
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // gone
    }
});

/** A detached `sleep` leading its own process group, with `env` and nothing of ferry's; resolves once it runs. */
async function sleeper(env: Record<string, string> = {}): Promise<number> {
  const child = spawn("sleep", ["300"], { detached: true, stdio: "ignore", env: { PATH: process.env.PATH!, ...env } });
  started.push(child);
  await new Promise((resolve) => child.once("spawn", resolve));
  // `spawn` fires after exec; /proc then shows sleep's own environment.
  expect(await waitFor(() => readCmdline(child.pid!).startsWith("sleep"))).toBe(true);
  return child.pid!;
}

function readCmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8");
  } catch {
    return "sleep"; // no /proc: recovery does not read it either
  }
}

/** The pid of a process that has exited (and was reaped). */
async function deadPid(): Promise<number> {
  const child = spawn("true", [], { stdio: "ignore" });
  await new Promise((resolve) => child.once("exit", resolve));
  return child.pid!;
}

function record(patch: Partial<StageRecord>): StageRecord {
  return {
    key: "local:web:1:1:install",
    deployment: "web",
    stage: "install",
    runId: 1,
    attempt: 1,
    worktree: join(mkdtempSync(join(tmpdir(), "not-ferry-")), "gone"),
    ownerPid: 1,
    processGroups: [],
    startedAt: new Date().toISOString(),
    ...patch,
  };
}

describe("recoverInterruptedStages", () => {
  it("leaves alone the stage of a ferry process that still runs", async () => {
    const repo = await tempRepo();
    const records = await StageRecords.open(repo);
    const owner = await sleeper();
    const group = await sleeper({ FERRY_DEPLOYMENT: "web", FERRY_RUN_ID: "1", FERRY_ATTEMPT: "1" });
    records.write(record({ ownerPid: owner, processGroups: [group] }));
    expect(await recoverInterruptedStages(repo, { records })).toEqual([]);
    expect(records.list()).toHaveLength(1);
    expect(groupMembers(group)).toEqual([group]);
  });

  it("kills a dead ferry's group that carries the stage's FERRY_* variables, and only such a group", async () => {
    const repo = await tempRepo();
    const records = await StageRecords.open(repo);
    const ours = await sleeper({ FERRY_DEPLOYMENT: "web", FERRY_RUN_ID: "1", FERRY_ATTEMPT: "1" });
    // A group whose id the recorded one could have become after a reboot: someone else's processes.
    const theirs = await sleeper({ FERRY_DEPLOYMENT: "web", FERRY_RUN_ID: "7", FERRY_ATTEMPT: "1" });
    const worktree = record({}).worktree;
    records.write(record({ ownerPid: await deadPid(), processGroups: [ours, theirs], worktree }));
    const recovered = await recoverInterruptedStages(repo, { records });
    expect(recovered).toMatchObject([{ deployment: "web", stage: "install", runId: 1, attempt: 1 }]);
    expect(recovered[0]!.message).toMatch(/^interrupted: /);
    expect(groupMembers(ours)).toEqual([]);
    expect(groupMembers(theirs)).toEqual([theirs]);
    expect(records.list()).toEqual([]);
    // Not a registered worktree nor a ferry-stage-* folder: nothing was deleted by hand.
    expect(existsSync(join(worktree, ".."))).toBe(true);
  });
});
