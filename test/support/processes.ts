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

/** Polls `condition` until it holds or `ms` pass; returns whether it held. */
export async function waitFor(condition: () => boolean, ms = 2000): Promise<boolean> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (condition()) return true;
    await new Promise((r) => setTimeout(r, 25));
  }
  return condition();
}
