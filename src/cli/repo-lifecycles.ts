import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { LIFECYCLE_DIR } from "../manifest/deployments-touched.ts";
import { ferryFileName } from "../manifest/ferry-file-name.ts";
import { loadRepoLifecycles, type RepoLifecycleFile } from "../manifest/load-repo-lifecycles.ts";

/**
 * The repository's own lifecycles in the working tree (`.ferry/lifecycles/`, a name fixed for
 * users: docs/architecture.md, "Names fixed for users"), sorted by file. A manifest names one by
 * its file's base name, as `lifecycleByName` and the Action read them; `x.yml` beside `x.yaml` is
 * an error on both.
 */
export function repoLifecycles(repo: string): readonly RepoLifecycleFile[] {
  const dir = join(repo, LIFECYCLE_DIR);
  if (!existsSync(dir)) return [];
  const texts = readdirSync(dir)
    .filter((f) => ferryFileName(f) !== undefined)
    .sort()
    .map((f) => ({ path: `${LIFECYCLE_DIR}${f}`, text: readFileSync(join(dir, f), "utf8") }));
  return loadRepoLifecycles(texts).files;
}
