import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { builtinLifecyclePath } from "../src/manifest/builtin-lifecycles.ts";
import { loadLifecycle } from "../src/manifest/load-lifecycle.ts";

export interface LoadRow {
  readonly lifecycle: string;
  /** The first load in a fresh process: the schema validator compiled and the guard cache empty, as after a restart. */
  readonly coldMs: number;
  /** The mean of later loads of the same file in one process: validator compiled, guards cached. */
  readonly warmMs: number;
}

/** One load of a lifecycle file, timed; what the cold child process runs. */
export function timeOneLoad(name: string): number {
  const file = builtinLifecyclePath(name);
  const text = readFileSync(file, "utf8");
  const started = performance.now();
  const loaded = loadLifecycle(text, file);
  const ms = performance.now() - started;
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return ms;
}

/**
 * Time to parse, schema-validate and semantically check a lifecycle file. Cold is measured in a new
 * Node process per lifecycle (in one process only the first lifecycle loaded would be cold: the
 * others reuse the compiled validator); warm is the mean of `repeats` loads after a first one here.
 */
export function measureLoad(name: string, repeats = 200): LoadRow {
  const child = fileURLToPath(new URL("./lifecycle-load-cold.ts", import.meta.url));
  const coldMs = Number(execFileSync(process.execPath, ["--import", "tsx", child, name], { encoding: "utf8" }).trim());
  if (!Number.isFinite(coldMs)) throw new Error(`the cold load of ${name} printed no time`);
  timeOneLoad(name);
  let total = 0;
  for (let i = 0; i < repeats; i++) total += timeOneLoad(name);
  return { lifecycle: name, coldMs, warmMs: total / repeats };
}
