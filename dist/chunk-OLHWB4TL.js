import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  ferryFileName
} from "./chunk-P22N6LCD.js";

// src/manifest/duplicate-ferry-files.ts
function duplicateFerryFiles(paths) {
  const byName = /* @__PURE__ */ new Map();
  for (const path of paths) {
    const name = ferryFileName(path);
    if (name !== void 0) byName.set(name, [...byName.get(name) ?? [], path]);
  }
  const duplicates = /* @__PURE__ */ new Set();
  const errors = [];
  for (const [name, files] of byName) {
    if (files.length < 2) continue;
    for (const file of [...files].sort()) {
      duplicates.add(file);
      const others = files.filter((f) => f !== file).join(", ");
      errors.push({
        file,
        line: 1,
        column: 1,
        path: "",
        message: `${JSON.stringify(name)} is declared twice: here and in ${others}; keep one file (ferry reads neither until then)`,
        code: "duplicate-name"
      });
    }
  }
  return { duplicates, errors };
}

export {
  duplicateFerryFiles
};
