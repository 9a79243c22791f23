import type { Lifecycle } from "../core/lifecycle.ts";
import { builtinLifecycles } from "./builtin-lifecycles.ts";
import { duplicateFerryFiles } from "./duplicate-ferry-files.ts";
import { ferryFileName } from "./ferry-file-name.ts";
import { loadLifecycle } from "./load-lifecycle.ts";
import type { SourceError } from "./source-error.ts";

/** A file of `.ferry/lifecycles/`: its path from the repository root and its text. */
export interface LifecycleFileText {
  readonly path: string;
  readonly text: string;
}

/** One file of `.ferry/lifecycles/`: the name manifests use for it (its base name), and what loading it gave. */
export type RepoLifecycleFile =
  | { readonly name: string; readonly file: string; readonly ok: true; readonly lifecycle: Lifecycle }
  | { readonly name: string; readonly file: string; readonly ok: false; readonly errors: readonly SourceError[] };

/** The lifecycles a manifest of this repository may name, the errors of the repository's own, and each file's result. */
export interface RepoLifecycles {
  /** Built-ins, with the repository's own of the same name in their place. */
  readonly known: ReadonlyMap<string, Lifecycle>;
  /** Duplicate names first, then each file's load errors, in file order. */
  readonly errors: readonly SourceError[];
  readonly files: readonly RepoLifecycleFile[];
}

/**
 * Built-in lifecycles plus the repository's `.ferry/lifecycles/<name>.yml` (or `.yaml`), keyed by
 * file name: a repository's own lifecycle wins over a built-in of the same name. A name declared
 * by two files (`x.yml` and `x.yaml`) is an error on both, and neither loads. The Action and
 * `ferry lifecycle list` read a repository's lifecycles through this one function.
 */
export function loadRepoLifecycles(texts: readonly LifecycleFileText[]): RepoLifecycles {
  const known = new Map(builtinLifecycles());
  const duplicates = duplicateFerryFiles(texts.map((f) => f.path));
  const errors: SourceError[] = [...duplicates.errors];
  const files: RepoLifecycleFile[] = [];
  for (const { path, text } of texts) {
    const name = ferryFileName(path);
    if (name === undefined) continue;
    if (duplicates.duplicates.has(path)) {
      files.push({ name, file: path, ok: false, errors: duplicates.errors.filter((e) => e.file === path) });
      continue;
    }
    const loaded = loadLifecycle(text, path);
    if (loaded.ok) {
      known.set(name, loaded.lifecycle);
      files.push({ name, file: path, ok: true, lifecycle: loaded.lifecycle });
    } else {
      errors.push(...loaded.errors);
      files.push({ name, file: path, ok: false, errors: loaded.errors });
    }
  }
  return { known, errors, files };
}
