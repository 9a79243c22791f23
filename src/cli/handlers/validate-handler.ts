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

export interface ValidateOptions {
  /** Print the diagnostics as JSON on stdout (the human lines stay on stderr). */
  readonly json?: boolean;
}

/**
 * One diagnostic as `ferry validate --json` prints it: every field always present, `suggestion`
 * null when no name is close to what was written, so scripts need no existence checks.
 */
export interface Diagnostic {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly code: string;
  readonly message: string;
  readonly suggestion: string | null;
}

/** What `ferry validate` runs: every manifest and lifecycle in the working tree's `.ferry/`. */
export function validateHandler(io: CliIo, root: string, options: ValidateOptions = {}): void {
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
  const lifecycleFiles = files(".ferry/lifecycles");
  let lifecyclesOk = 0;
  for (const file of lifecycleFiles) {
    const loaded = loadLifecycle(readFileSync(join(root, file), "utf8"), file);
    if (loaded.ok) {
      lifecycles.set(loaded.lifecycle.name, loaded.lifecycle);
      lifecyclesOk++;
    } else errors.push(...loaded.errors);
  }
  const deploymentFiles = files(".ferry/deployments");
  let ok = 0;
  for (const file of deploymentFiles) {
    const loaded = loadManifest(readFileSync(join(root, file), "utf8"), file, { knownLifecycles: lifecycles });
    if (loaded.ok) ok++;
    else errors.push(...loaded.errors);
  }
  for (const error of errors) io.err(formatSourceError(error));
  if (options.json) {
    const report = {
      valid: errors.length === 0,
      deployments: { checked: deploymentFiles.length, valid: ok },
      lifecycles: { checked: lifecycleFiles.length, valid: lifecyclesOk },
      diagnostics: errors.map(diagnostic),
    };
    io.out(JSON.stringify(report, null, 2));
  }
  if (errors.length > 0) throw new CliFailure(`${errors.length} error(s)`);
  if (!options.json) io.out(`${ok} deployment(s) valid`);
}

function diagnostic(error: SourceError): Diagnostic {
  const { file, line, column, path, code, message } = error;
  return { file, line, column, path, code, message, suggestion: error.suggestion ?? null };
}
