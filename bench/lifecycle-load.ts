import { readFileSync } from "node:fs";
import { builtinLifecyclePath } from "../src/manifest/builtin-lifecycles.ts";
import { loadLifecycle } from "../src/manifest/load-lifecycle.ts";

export interface LoadRow {
  readonly lifecycle: string;
  readonly firstMs: number;
  readonly warmMs: number;
}

/** Time to parse, schema-validate and semantically check a lifecycle file: first load (cold caches) and warm. */
export function measureLoad(name: string, repeats = 200): LoadRow {
  const file = builtinLifecyclePath(name);
  const text = readFileSync(file, "utf8");
  let started = performance.now();
  const first = loadLifecycle(text, file);
  const firstMs = performance.now() - started;
  if (!first.ok) throw new Error(`${name} does not load`);
  started = performance.now();
  for (let i = 0; i < repeats; i++) loadLifecycle(text, file);
  return { lifecycle: name, firstMs, warmMs: (performance.now() - started) / repeats };
}
