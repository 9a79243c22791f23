import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lifecycle } from "../core/lifecycle.ts";
import { duplicateFerryFiles } from "../manifest/duplicate-ferry-files.ts";
import { ferryFileName } from "../manifest/ferry-file-name.ts";
import { loadLifecycle } from "../manifest/load-lifecycle.ts";
import type { SourceError } from "../manifest/source-error.ts";

/** The directory of a repository's own lifecycles (DESIGN.md, "Files in a managed repository"). */
export const REPO_LIFECYCLES_DIR = ".ferry/lifecycles";

/** One file of `.ferry/lifecycles/`: the name manifests use for it (its base name), and what loading it gave. */
export type RepoLifecycle =
  | { readonly name: string; readonly file: string; readonly ok: true; readonly lifecycle: Lifecycle }
  | { readonly name: string; readonly file: string; readonly ok: false; readonly errors: readonly SourceError[] };

/**
 * The repository's own lifecycles in the working tree, sorted by file. A manifest names one by
 * its file's base name, as `lifecycleByName` and the App read them; `x.yml` beside `x.yaml` is an
 * error on both.
 */
export function repoLifecycles(repo: string): RepoLifecycle[] {
  const dir = join(repo, REPO_LIFECYCLES_DIR);
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir)
    .filter((f) => ferryFileName(f) !== undefined)
    .sort()
    .map((f) => `${REPO_LIFECYCLES_DIR}/${f}`);
  const duplicates = duplicateFerryFiles(files);
  return files.map((file): RepoLifecycle => {
    const name = ferryFileName(file) ?? file;
    const duplicate = duplicates.errors.filter((e) => e.file === file);
    if (duplicate.length > 0) return { name, file, ok: false, errors: duplicate };
    const loaded = loadLifecycle(readFileSync(join(repo, file), "utf8"), file);
    return loaded.ok
      ? { name, file, ok: true, lifecycle: loaded.lifecycle }
      : { name, file, ok: false, errors: loaded.errors };
  });
}
