import { duplicateFerryFiles } from "../../manifest/duplicate-ferry-files.ts";
import { loadManifest } from "../../manifest/load-manifest.ts";
import type { SourceError } from "../../manifest/source-error.ts";
import type { ActionIO } from "../action-io.ts";
import { DEPLOYMENTS_DIR, LIFECYCLES_DIR, readFerryDir } from "../ferry-files.ts";
import { loadRepoLifecycles } from "../../manifest/load-repo-lifecycles.ts";

/** What `command: validate` found. */
export interface ValidateOutcome {
  readonly files: number;
  readonly errors: readonly SourceError[];
}

/**
 * `command: validate` — checks every `.ferry/lifecycles/*.yml` and `.ferry/deployments/*.yml` (or `.yaml`) of
 * the checked-out repository the way the app will read them (manifests against the built-in and
 * the repository's own lifecycles) and writes each error as an annotation at its file, line and
 * column, so a pull request shows it on the line to fix. Fails when anything is wrong.
 */
export async function validateCommand(io: ActionIO): Promise<ValidateOutcome> {
  const workspace = io.workspace();
  const lifecycleFiles = await readFerryDir(workspace, LIFECYCLES_DIR);
  const manifestFiles = await readFerryDir(workspace, DEPLOYMENTS_DIR);
  const lifecycles = loadRepoLifecycles(lifecycleFiles);
  const duplicates = duplicateFerryFiles(manifestFiles.map((f) => f.path));
  const errors: SourceError[] = [...lifecycles.errors, ...duplicates.errors];
  for (const file of manifestFiles) {
    if (duplicates.duplicates.has(file.path)) continue;
    const loaded = loadManifest(file.text, file.path, { knownLifecycles: lifecycles.known });
    if (!loaded.ok) errors.push(...loaded.errors);
  }
  for (const e of errors)
    io.error(e.message, { title: `ferry ${e.code}`, file: e.file, startLine: e.line, startColumn: e.column });

  const files = lifecycleFiles.length + manifestFiles.length;
  const bad = new Set(errors.map((e) => e.file));
  const lines = [
    `### ${errors.length === 0 ? "✅" : "❌"} ferry: ${files} file${files === 1 ? "" : "s"} checked, ${errors.length} error${errors.length === 1 ? "" : "s"}`,
    "",
  ];
  if (files > 0) {
    lines.push("| File | Errors |", "| --- | --- |");
    for (const file of [...lifecycleFiles, ...manifestFiles])
      lines.push(`| \`${file.path}\` | ${errors.filter((e) => e.file === file.path).length || "none"} |`);
  } else {
    lines.push(`No \`${DEPLOYMENTS_DIR}/*.yml\` or \`${LIFECYCLES_DIR}/*.yml\` in this repository.`);
  }
  await io.summary(lines.join("\n") + "\n");
  io.output("result", errors.length === 0 ? "succeeded" : "failed");
  if (errors.length > 0)
    io.fail(
      `${errors.length} error${errors.length === 1 ? "" : "s"} in ${bad.size} ferry file${bad.size === 1 ? "" : "s"}; see the annotations`,
    );
  else io.info(`ferry: ${files} file${files === 1 ? "" : "s"} valid`);
  return { files, errors };
}
