import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  duplicateFerryFiles,
  loadLifecycle
} from "./chunk-4PTY5XCA.js";
import {
  builtinLifecycles,
  ferryFileName
} from "./chunk-XSZXZDCF.js";

// src/action/ferry-files.ts
import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
var DEPLOYMENTS_DIR = ".ferry/deployments";
var LIFECYCLES_DIR = ".ferry/lifecycles";
async function readFerryDir(workspace, dir) {
  let names;
  try {
    names = await readdir(join(workspace, dir));
  } catch (error) {
    if (error.code === "ENOENT") return [];
    throw error;
  }
  const files = [];
  for (const name of names.filter((n) => ferryFileName(n) !== void 0).sort()) {
    files.push({ path: `${dir}/${name}`, text: await readFile(join(workspace, dir, name), "utf8") });
  }
  return files;
}

// src/manifest/load-repo-lifecycles.ts
function loadRepoLifecycles(texts) {
  const known = new Map(builtinLifecycles());
  const duplicates = duplicateFerryFiles(texts.map((f) => f.path));
  const errors = [...duplicates.errors];
  const files = [];
  for (const { path, text } of texts) {
    const name = ferryFileName(path);
    if (name === void 0) continue;
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

export {
  DEPLOYMENTS_DIR,
  LIFECYCLES_DIR,
  readFerryDir,
  loadRepoLifecycles
};
