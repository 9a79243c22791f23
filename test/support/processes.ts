import { execFileSync } from "node:child_process";

/** Alive and not a zombie: PID 1 on this machine may never reap orphans, and a zombie is dead for our purposes. */
export function alive(pid: number): boolean {
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

/** The living (not zombie) processes of a process group, from `ps`. */
export function groupMembers(pgid: number): number[] {
  const listing = execFileSync("ps", ["-e", "-o", "pid=,pgid=,stat="], { encoding: "utf8" });
  return listing
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\S+)/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && Number(m[2]) === pgid && !m[3]!.startsWith("Z"))
    .map((m) => Number(m[1]));
}
