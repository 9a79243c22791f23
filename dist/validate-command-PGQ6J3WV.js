import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  DEPLOYMENTS_DIR,
  LIFECYCLES_DIR,
  loadRepoLifecycles,
  readFerryDir
} from "./chunk-DXCCYCSR.js";
import {
  duplicateFerryFiles
} from "./chunk-4PTY5XCA.js";
import {
  loadManifest
} from "./chunk-XSZXZDCF.js";
import "./chunk-DWO7HIOM.js";
import "./chunk-2QHCXWJ5.js";

// src/action/commands/validate-command.ts
async function validateCommand(io) {
  const workspace = io.workspace();
  const lifecycleFiles = await readFerryDir(workspace, LIFECYCLES_DIR);
  const manifestFiles = await readFerryDir(workspace, DEPLOYMENTS_DIR);
  const lifecycles = loadRepoLifecycles(lifecycleFiles);
  const duplicates = duplicateFerryFiles(manifestFiles.map((f) => f.path));
  const errors = [...lifecycles.errors, ...duplicates.errors];
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
    `### ${errors.length === 0 ? "\u2705" : "\u274C"} ferry: ${files} file${files === 1 ? "" : "s"} checked, ${errors.length} error${errors.length === 1 ? "" : "s"}`,
    ""
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
      `${errors.length} error${errors.length === 1 ? "" : "s"} in ${bad.size} ferry file${bad.size === 1 ? "" : "s"}; see the annotations`
    );
  else io.info(`ferry: ${files} file${files === 1 ? "" : "s"} valid`);
  return { files, errors };
}
export {
  validateCommand
};
