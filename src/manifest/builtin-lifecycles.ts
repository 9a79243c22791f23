import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Lifecycle } from "../core/lifecycle.ts";
import compiled from "./compiled-lifecycles.json" with { type: "json" };

/** The fixed built-in lifecycle names (docs/architecture.md#names-fixed-for-users); docs/lifecycles.md tells what each models. */
export const BUILTIN_LIFECYCLES = ["standard", "rolling", "stack-migration", "setup-deploy", "preview"] as const;
export type BuiltinLifecycleName = (typeof BUILTIN_LIFECYCLES)[number];

/** `lifecycles/` from the source tree (src/manifest/) or the CLI build (lib/chunks/, scripts/build-cli.mjs), or beside the Action bundle (dist/lifecycles/, copied by scripts/build-action.mjs). */
const lifecycleDir = fileURLToPath(
  [new URL("./lifecycles/", import.meta.url), new URL("../../lifecycles/", import.meta.url)].find((dir) =>
    existsSync(new URL("standard.yml", dir)),
  ) ?? new URL("../../lifecycles/", import.meta.url),
);

/** A built-in lifecycle that is not there is a bug in ferry, not bad input. */
export class BuiltinLifecycleError extends Error {
  override readonly name = "BuiltinLifecycleError";
}

let cache: ReadonlyMap<string, Lifecycle> | undefined;

/**
 * Every built-in lifecycle, by name. They are loaded and checked when ferry is built, not at each
 * start (scripts/build-lifecycles.ts writes compiled-lifecycles.json from lifecycles/*.yml, and a
 * test keeps the two the same): reading five YAML files with positions, the schema and the CEL
 * checks cost every run a tenth of a CPU-second or more.
 */
export function builtinLifecycles(): ReadonlyMap<string, Lifecycle> {
  cache ??= new Map((compiled as unknown as readonly Lifecycle[]).map((lifecycle) => [lifecycle.name, lifecycle]));
  return cache;
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
