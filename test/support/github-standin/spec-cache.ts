import { createHash, randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Ajv, ValidateFunction } from "ajv";
import standaloneModule from "ajv/dist/standalone/index.js";
import { readDescription, specFromDescription, type OpenApiSpec } from "./openapi-spec.ts";
import { precompiledPointers } from "./precompiled-pointers.ts";
import { addDescription, schemaRef, standinAjv, standinFormats } from "./standin-ajv.ts";
import { standinHandlers } from "./standin-handlers.ts";

const require = createRequire(import.meta.url);

type StandaloneCode = (ajv: Ajv, refs: Record<string, string>) => string;
/** A CommonJS module: Node hands ESM the function itself, TypeScript sees the namespace. */
const standaloneCode = ((standaloneModule as unknown as { default?: StandaloneCode }).default ??
  standaloneModule) as unknown as StandaloneCode;

/** Beside other tools' caches in the project's node_modules, so a fresh install starts clean. */
const CACHE_ROOT = fileURLToPath(new URL("../../../node_modules/.cache/ferry-standin/", import.meta.url));

/**
 * The files whose code decides what the cache holds; editing one gives a new cache. The operations the stand-in
 * models decide it too (their schemas are the ones compiled ahead), so the handler table's operation ids are part of
 * the key: a newly modelled operation would otherwise have its schemas compiled in every worker, which registers the
 * whole description with a second Ajv (seconds of CPU and tens of MB per worker).
 */
const SOURCES = ["openapi-spec.ts", "standin-ajv.ts", "precompiled-pointers.ts", "spec-cache.ts"];

const DESCRIPTION = "description.json";
const VALIDATORS = "validators.cjs";
/** Written last: its presence means the directory is complete. */
const POINTERS = "pointers.json";

/** Generated validator module: a factory so the stand-in binds `require` and the format table itself. */
type ValidatorFactory = (require: NodeJS.Require, standinFormats: unknown) => Record<string, ValidateFunction>;

/**
 * The cache directory for the installed description, Ajv and stand-in code, e.g.
 * `node_modules/.cache/ferry-standin/23.0.2-1a2b3c4d5e6f/`. Keyed by content, so checkouts on different commits
 * can share one node_modules without reading each other's validators.
 */
export function specCacheDir(): string {
  const hash = createHash("sha256");
  for (const pkg of ["@octokit/openapi", "ajv", "ajv-formats"])
    hash.update(`${pkg}@${(require(`${pkg}/package.json`) as { version: string }).version}\n`);
  for (const file of SOURCES) hash.update(readFileSync(fileURLToPath(new URL(file, import.meta.url))));
  hash.update(Object.keys(standinHandlers).sort().join("\n"));
  const version = (require("@octokit/openapi/package.json") as { version: string }).version;
  return join(CACHE_ROOT, `${version}-${hash.digest("hex").slice(0, 12)}`);
}

/**
 * Makes sure the cache exists: the patched description without annotations, and Ajv's standalone code for every
 * schema the stand-in's modelled operations and webhooks use. Compiling those costs seconds, once per
 * description rather than once per test file. Safe to run from several processes: each builds in its own
 * directory and the first rename wins.
 */
export async function prepareSpecCache(): Promise<{ dir: string; built: boolean }> {
  const dir = specCacheDir();
  if (existsSync(join(dir, POINTERS))) return { dir, built: false };
  const doc = await readDescription();
  const spec = specFromDescription(doc);
  const ajv = standinAjv({ source: true });
  addDescription(ajv, doc);
  const pointers = precompiledPointers(spec);
  const names = Object.fromEntries(pointers.map((pointer, i) => [pointer, `v${i}`]));
  const code = standaloneCode(
    ajv,
    Object.fromEntries(pointers.map((pointer) => [names[pointer]!, schemaRef(pointer)])),
  );
  const building = `${dir}.${process.pid}-${randomBytes(4).toString("hex")}`;
  await mkdir(building, { recursive: true });
  try {
    await writeFile(join(building, DESCRIPTION), JSON.stringify(doc));
    await writeFile(
      join(building, VALIDATORS),
      `"use strict";\nmodule.exports = function (require, standinFormats) {\nconst exports = {};\n${code}\nreturn exports;\n};\n`,
    );
    await writeFile(join(building, POINTERS), JSON.stringify(names));
    await rename(building, dir);
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    // Another process finished first; its cache is the same.
    if (!existsSync(join(dir, POINTERS))) throw error;
  }
  return { dir, built: true };
}

/** The description and its precompiled validators from the cache, or nothing when no cache was prepared. */
export async function readSpecCache(): Promise<OpenApiSpec | undefined> {
  const dir = specCacheDir();
  if (!existsSync(join(dir, POINTERS))) return undefined;
  const [description, pointers] = await Promise.all([
    readFile(join(dir, DESCRIPTION), "utf8"),
    readFile(join(dir, POINTERS), "utf8"),
  ]);
  const validators = (require(join(dir, VALIDATORS)) as ValidatorFactory)(require, standinFormats());
  const precompiled = new Map<string, ValidateFunction>();
  for (const [pointer, name] of Object.entries(JSON.parse(pointers) as Record<string, string>)) {
    const fn = validators[name];
    if (fn) precompiled.set(pointer, fn);
  }
  return specFromDescription(JSON.parse(description) as Record<string, unknown>, precompiled);
}
