import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
// @ts-expect-error: a plain ES module script without types; it exports buildCli(outdir?).
import { buildCli } from "../scripts/build-cli.mjs";

const bin = fileURLToPath(new URL("../bin/ferry.js", import.meta.url));

export interface StartupRow {
  readonly command: string;
  readonly medianMs: number;
  /** Median over `node -e 0`'s: the issue's goal is at most 2. */
  readonly ratio: number;
}

function medianMs(args: readonly string[], rounds: number): number {
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    const ran = spawnSync(process.execPath, args, { stdio: "ignore" });
    if (ran.status !== 0) throw new Error(`node ${args.join(" ")} exited ${String(ran.status)}`);
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Start-up of the compiled CLI (lib/, built first) beside a bare `node -e 0`, median of `rounds` runs each. */
export async function measureCliStartup(rounds = 15): Promise<StartupRow[]> {
  await (buildCli as () => Promise<unknown>)();
  const cases: [string, string[]][] = [
    ["node -e 0", ["-e", "0"]],
    ["ferry --version", [bin, "--version"]],
    ["ferry --help", [bin, "--help"]],
    ["ferry status --help", [bin, "status", "--help"]],
  ];
  const measured = cases.map(([command, args]) => ({ command, medianMs: medianMs(args, rounds) }));
  const base = measured[0]?.medianMs ?? Number.NaN;
  return measured.map((m) => ({ ...m, ratio: m.medianMs / base }));
}
