import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Lifecycle } from "../../core/lifecycle.ts";
import { builtinLifecycles } from "../../manifest/builtin-lifecycles.ts";
import { duplicateFerryFiles } from "../../manifest/duplicate-ferry-files.ts";
import { ferryFileName } from "../../manifest/ferry-file-name.ts";
import { loadLifecycle } from "../../manifest/load-lifecycle.ts";
import { loadManifest } from "../../manifest/load-manifest.ts";
import { formatSourceError, type SourceError } from "../../manifest/source-error.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";

/** What `ferry validate` runs: every manifest and lifecycle in the working tree's `.ferry/`. */
export function validateHandler(io: CliIo, root: string): void {
  if (!existsSync(join(root, ".ferry"))) throw new CliFailure(`${root} has no .ferry/ folder; run \`ferry init\``);
  const errors: SourceError[] = [];
  const lifecycles = new Map<string, Lifecycle>(builtinLifecycles());
  const files = (dir: string) => {
    const paths = existsSync(join(root, dir))
      ? readdirSync(join(root, dir))
          .filter((f) => ferryFileName(f) !== undefined)
          .sort()
          .map((f) => `${dir}/${f}`)
      : [];
    const duplicates = duplicateFerryFiles(paths);
    errors.push(...duplicates.errors);
    return paths.filter((path) => !duplicates.duplicates.has(path));
  };
  for (const file of files(".ferry/lifecycles")) {
    const loaded = loadLifecycle(readFileSync(join(root, file), "utf8"), file);
    if (loaded.ok) lifecycles.set(loaded.lifecycle.name, loaded.lifecycle);
    else errors.push(...loaded.errors);
  }
  let ok = 0;
  for (const file of files(".ferry/deployments")) {
    const loaded = loadManifest(readFileSync(join(root, file), "utf8"), file, { knownLifecycles: lifecycles });
    if (loaded.ok) ok++;
    else errors.push(...loaded.errors);
  }
  for (const error of errors) io.err(formatSourceError(error));
  if (errors.length > 0) throw new CliFailure(`${errors.length} error(s)`);
  io.out(`${ok} deployment(s) valid`);
}
