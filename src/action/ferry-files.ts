import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Lifecycle } from "../core/lifecycle.ts";
import { builtinLifecycles } from "../manifest/builtin-lifecycles.ts";
import { duplicateFerryFiles } from "../manifest/duplicate-ferry-files.ts";
import { ferryFileName } from "../manifest/ferry-file-name.ts";
import { loadLifecycle } from "../manifest/load-lifecycle.ts";
import type { SourceError } from "../manifest/source-error.ts";

/** A file of the checked-out repository: its path from the repository root (for annotations) and text. */
export interface FerryFile {
  readonly path: string;
  readonly text: string;
}

export const DEPLOYMENTS_DIR = ".ferry/deployments";
export const LIFECYCLES_DIR = ".ferry/lifecycles";

/** The files ferry reads in one `.ferry/` folder (`<name>.yml` and `<name>.yaml`), sorted. */
export async function readFerryDir(workspace: string, dir: string): Promise<FerryFile[]> {
  let names: string[];
  try {
    names = await readdir(join(workspace, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const files: FerryFile[] = [];
  for (const name of names.filter((n) => ferryFileName(n) !== undefined).sort()) {
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
 * Built-in lifecycles plus the repository's `.ferry/lifecycles/<name>.yml` (or `.yaml`), keyed by
 * file name as the CLI does: a repository's own lifecycle wins over a built-in of the same name.
 * A name declared by two files (`x.yml` and `x.yaml`) is an error on both, and neither loads.
 */
export function repoLifecycles(files: readonly FerryFile[]): RepoLifecycles {
  const known = new Map(builtinLifecycles());
  const duplicates = duplicateFerryFiles(files.map((f) => f.path));
  const errors: SourceError[] = [...duplicates.errors];
  for (const file of files) {
    const name = ferryFileName(file.path);
    if (name === undefined || duplicates.duplicates.has(file.path)) continue;
    const loaded = loadLifecycle(file.text, file.path);
    if (!loaded.ok) errors.push(...loaded.errors);
    else known.set(name, loaded.lifecycle);
  }
  return { known, errors };
}
