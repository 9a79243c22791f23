import { existsSync, readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lifecycle } from "../core/lifecycle.ts";
import { loadLifecycle } from "./load-lifecycle.ts";
import { formatSourceError } from "./source-error.ts";

/** The fixed built-in lifecycle names (docs/architecture.md#names-fixed-for-users); docs/lifecycles.md tells what each models. */
export const BUILTIN_LIFECYCLES = ["standard", "rolling", "stack-migration", "setup-deploy", "preview"] as const;
export type BuiltinLifecycleName = (typeof BUILTIN_LIFECYCLES)[number];

/** `lifecycles/` from the source tree (src/manifest/) or the CLI build (lib/chunks/, scripts/build-cli.mjs), or beside the Action bundle (dist/lifecycles/, copied by scripts/build-action.mjs). */
const lifecycleDir = fileURLToPath(
  [new URL("./lifecycles/", import.meta.url), new URL("../../lifecycles/", import.meta.url)].find((dir) =>
    existsSync(new URL("standard.yml", dir)),
  ) ?? new URL("../../lifecycles/", import.meta.url),
);

/** A built-in lifecycle that does not load is a bug in ferry, not bad input. */
export class BuiltinLifecycleError extends Error {
  override readonly name = "BuiltinLifecycleError";
}

let cache: ReadonlyMap<string, Lifecycle> | undefined;

/** Loads and checks every built-in lifecycle once per process. */
export function builtinLifecycles(): ReadonlyMap<string, Lifecycle> {
  if (cache) return cache;
  const loaded = new Map<string, Lifecycle>();
  for (const file of readdirSync(lifecycleDir)
    .filter((f) => f.endsWith(".yml"))
    .sort()) {
    const result = loadLifecycle(readFileSync(`${lifecycleDir}/${file}`, "utf8"), `lifecycles/${file}`);
    if (!result.ok)
      throw new BuiltinLifecycleError(
        `built-in lifecycle ${file} is invalid:\n${result.errors.map(formatSourceError).join("\n")}`,
      );
    loaded.set(result.lifecycle.name, result.lifecycle);
  }
  cache = loaded;
  return loaded;
}

/** The path of a built-in lifecycle's file, for tools that show or re-validate it. */
export function builtinLifecyclePath(name: string): string {
  return `${lifecycleDir}/${name}.yml`;
}

/** One built-in lifecycle by name. */
export function builtinLifecycle(name: BuiltinLifecycleName): Lifecycle {
  const lifecycle = builtinLifecycles().get(name);
  if (!lifecycle) throw new BuiltinLifecycleError(`no built-in lifecycle ${name}`);
  return lifecycle;
}
