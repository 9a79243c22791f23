/**
 * Cleans up after a ferry process that died during a stage (`kill -9`, a closed laptop lid that
 * never reopened the process, an OOM kill): its stage's process groups are detached and outlive
 * it, and its worktree stays registered. The next ferry command kills the groups, removes the
 * worktree and returns the stages, which the caller reports as interrupted.
 */
import { readdirSync, readFileSync } from "node:fs";
import { silentLogger, type Logger } from "../../ports/logger.ts";
import { StageRecords, type StageRecord } from "./stage-records.ts";
import { stageWorktree } from "./stage-worktree.ts";

/** A stage whose ferry process died; its processes and worktree are gone now. */
export interface InterruptedStage {
  readonly key: string;
  readonly deployment: string;
  readonly stage: string;
  readonly runId: number;
  readonly attempt: number;
  /** Says what happened, for the attempt's message. */
  readonly message: string;
}

/** How long to wait for SIGKILLed processes to go; the kernel takes milliseconds. */
const GONE_WAIT_MS = 10_000;
const GONE_POLL_MS = 20;

/**
 * Finds the stages recorded under `.git/ferry/running/` whose ferry process is gone, kills what
 * is left of them, removes their worktrees and their records, and returns them. A record of a
 * ferry process that still lives (another `ferry sync` running now) is left alone.
 */
export async function recoverInterruptedStages(
  repo: string,
  options: { readonly log?: Logger; readonly records?: StageRecords } = {},
): Promise<InterruptedStage[]> {
  const log = options.log ?? silentLogger;
  const records = options.records ?? (await StageRecords.open(repo));
  const interrupted: InterruptedStage[] = [];
  for (const record of records.list()) {
    if (record.ownerPid === process.pid || processAlive(record.ownerPid)) continue;
    for (const pgid of record.processGroups) await killGroup(pgid, record, log);
    await stageWorktree.remove(repo, record.worktree, log);
    records.remove(record.key);
    log.info(
      { deployment: record.deployment, stage: record.stage, owner: record.ownerPid },
      "interrupted stage cleaned up",
    );
    interrupted.push({
      key: record.key,
      deployment: record.deployment,
      stage: record.stage,
      runId: record.runId,
      attempt: record.attempt,
      message: `interrupted: the ferry process (pid ${record.ownerPid}) that ran stage ${record.stage} ended during it; its processes were stopped and its worktree removed`,
    });
  }
  return interrupted;
}

/** Whether a process exists; EPERM means it does, under another user. */
function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !zombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Kills a recorded process group and waits until it is gone. Where `/proc` tells who is in the
 * group, the group is killed only if one of its processes carries the stage's `FERRY_*`
 * variables: after a reboot or a long time its id may belong to someone else's processes.
 */
async function killGroup(pgid: number, record: StageRecord, log: Logger): Promise<void> {
  const members = groupMembers(pgid);
  if (members !== undefined) {
    if (members.length === 0) return;
    if (!members.some((pid) => runsStage(pid, record))) {
      log.warn({ pgid, deployment: record.deployment }, "process group id now belongs to other processes; left alone");
      return;
    }
  }
  try {
    process.kill(-pgid, "SIGKILL");
  } catch {
    return; // ESRCH: already gone.
  }
  const until = Date.now() + GONE_WAIT_MS;
  while (groupAlive(pgid)) {
    if (Date.now() > until) {
      log.warn({ pgid, deployment: record.deployment }, "processes of an interrupted stage survived SIGKILL");
      return;
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, GONE_POLL_MS));
  }
}

/** Whether any process of the group still runs (a zombie waiting for its parent does not). */
export function groupAlive(pgid: number): boolean {
  const members = groupMembers(pgid);
  if (members !== undefined) return members.length > 0;
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** The live (not zombie) processes of a group from `/proc`, or undefined where there is no `/proc`. */
function groupMembers(pgid: number): number[] | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return undefined;
  }
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat && stat.pgrp === pgid && stat.state !== "Z" && stat.state !== "X") members.push(Number(entry));
  }
  return members;
}

function zombie(pid: number): boolean {
  const state = procStat(pid)?.state;
  return state === "Z" || state === "X";
}

/** State and process group from `/proc/<pid>/stat`; the command name may hold spaces and parentheses. */
function procStat(pid: number): { state: string; pgrp: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
    const pgrp = Number(fields[2]);
    return fields[0] && Number.isSafeInteger(pgrp) ? { state: fields[0], pgrp } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a process has the stage's `FERRY_*` variables (every step command gets them). */
function runsStage(pid: number, record: StageRecord): boolean {
  try {
    const environ = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
    return (
      environ.includes(`FERRY_DEPLOYMENT=${record.deployment}`) &&
      environ.includes(`FERRY_RUN_ID=${record.runId}`) &&
      environ.includes(`FERRY_ATTEMPT=${record.attempt}`)
    );
  } catch {
    return false;
  }
}
