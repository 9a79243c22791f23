import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";

/**
 * Linux tells about processes in /proc: reading it costs microseconds, where a `ps` is a process of its own started
 * from a test worker of several hundred MB (tens of milliseconds of CPU each, and these helpers run around every
 * test of some files). Elsewhere `ps` answers the same questions.
 */
const PROC = existsSync(`/proc/${process.pid}/task/${process.pid}/children`);

/** A process's state letter and process group from /proc/PID/stat; undefined when it has gone. */
function procStat(pid: number): { readonly state: string; readonly pgid: number } | undefined {
  let text: string;
  try {
    text = readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // "pid (comm) state ppid pgrp ...": comm may hold spaces and parentheses, so fields are counted after the last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  return { state: fields[0] ?? "", pgid: Number(fields[2]) };
}

/** Alive and not a zombie: PID 1 on this machine may never reap orphans, and a zombie is dead for our purposes. */
export function alive(pid: number): boolean {
  if (PROC) {
    const stat = procStat(pid);
    return stat !== undefined && stat.state !== "Z" && stat.state !== "X";
  }
  try {
    const stat = execFileSync("ps", ["-o", "stat=", "-p", String(pid)], { encoding: "utf8" }).trim();
    return stat !== "" && !stat.startsWith("Z");
  } catch {
    return false;
  }
}

/**
 * This process's living children as "pid command" lines, leaving out the `ps` that lists them;
 * zombies are left out as in `alive`.
 */
export function childProcesses(): string[] {
  if (PROC) {
    const pids = readdirSync(`/proc/${process.pid}/task`).flatMap((tid) => {
      try {
        return readFileSync(`/proc/${process.pid}/task/${tid}/children`, "utf8").split(" ").filter(Boolean);
      } catch {
        return [];
      }
    });
    return pids.flatMap((pid) => {
      try {
        if (!alive(Number(pid))) return [];
        // What `ps -o args=` shows: the arguments, NUL-separated in /proc, joined by spaces.
        const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").replace(/\0+$/, "").split("\0").join(" ");
        return [`${pid} ${args}`];
      } catch {
        return [];
      }
    });
  }
  let listing: string;
  try {
    listing = execFileSync("ps", ["-o", "pid=,stat=,args=", "--ppid", String(process.pid)], { encoding: "utf8" });
  } catch {
    // ps exits 1 when nothing matches; it matches itself, so this is rare, but it means no children.
    return [];
  }
  return listing
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\S+)\s+(.*)$/.exec(line))
    .filter(
      (m): m is RegExpExecArray => m !== null && !m[2]!.startsWith("Z") && !m[3]!.startsWith("ps -o pid=,stat=,args="),
    )
    .map((m) => `${m[1]} ${m[3]}`);
}

/**
 * Polls `condition` until it holds; returns whether it held. The bound is a hang guard, not a timing assertion: far
 * above what a busy machine needs (a killed process is gone in milliseconds, `ps` itself can take a second under
 * load), and below the ten minutes the tests' `sleep 600` children live, so a process nobody killed still fails.
 */
export async function waitFor(condition: () => boolean, ms = 30_000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return condition();
}

/** The living (not zombie) processes of a process group, from /proc or `ps`. */
export function groupMembers(pgid: number): number[] {
  if (PROC)
    return readdirSync("/proc")
      .filter((name) => /^\d+$/.test(name))
      .map(Number)
      .filter((pid) => {
        const stat = procStat(pid);
        return stat !== undefined && stat.pgid === pgid && stat.state !== "Z" && stat.state !== "X";
      });
  const listing = execFileSync("ps", ["-e", "-o", "pid=,pgid=,stat="], { encoding: "utf8" });
  return listing
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === pgid && !m[3]!.startsWith("Z"))
    .map((m) => Number(m[1]));
}
