import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Lifecycle } from "../core/lifecycle.ts";
import { builtinLifecycles } from "../manifest/builtin-lifecycles.ts";
import { loadLifecycle } from "../manifest/load-lifecycle.ts";
import type { SourceError } from "../manifest/source-error.ts";

/** A file of the checked-out repository: its path from the repository root (for annotations) and text. */
export interface FerryFile {
  readonly path: string;
  readonly text: string;
}

export const DEPLOYMENTS_DIR = ".ferry/deployments";
export const LIFECYCLES_DIR = ".ferry/lifecycles";

/**
 * The YAML files of one `.ferry/` folder, sorted. `.yaml` files are included although ferry
 * only reads `.yml`, so that validation can say so instead of silently ignoring them.
 */
export async function readFerryDir(workspace: string, dir: string): Promise<FerryFile[]> {
  let names: string[];
  try {
    names = await readdir(join(workspace, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: FerryFile[] = [];
  for (const name of names.filter((n) => /\.ya?ml$/.test(n)).sort()) {
    files.push({ path: `${dir}/${name}`, text: await readFile(join(workspace, dir, name), "utf8") });
  }
  return files;
}

/** The lifecycles a manifest of this repository may name, and the errors of the repository's own. */
export interface RepoLifecycles {
  readonly known: ReadonlyMap<string, Lifecycle>;
  readonly errors: readonly SourceError[];
}

/**
 * Built-in lifecycles plus the repository's `.ferry/lifecycles/<name>.yml`, keyed by file name
 * as the CLI does: a repository's own lifecycle wins over a built-in of the same name.
 */
export function repoLifecycles(files: readonly FerryFile[]): RepoLifecycles {
  const known = new Map(builtinLifecycles());
  const errors: SourceError[] = [];
  for (const file of files) {
    const base = file.path.split("/").pop()!;
    if (!base.endsWith(".yml")) {
      errors.push({ file: file.path, line: 1, column: 1, path: "", message: `ferry reads lifecycles named <name>.yml; rename ${base}`, code: "name" });
      continue;
    }
    const loaded = loadLifecycle(file.text, file.path);
    if (!loaded.ok) errors.push(...loaded.errors);
    else known.set(base.slice(0, -".yml".length), loaded.lifecycle);
  }
  return { known, errors };
}
