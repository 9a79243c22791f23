/**
 * `npm run build:lifecycles`: loads and checks the built-in lifecycles (lifecycles/*.yml) and
 * writes them, as ferry uses them, to src/manifest/compiled-lifecycles.json.
 *
 * Every ferry and Action run needs them, and reading them means YAML with positions, the schema
 * and the semantic checks (CEL guards included) for five files: a tenth of a CPU-second or more
 * at each start, for files that only change with ferry. A built-in lifecycle that does not load is
 * a bug in ferry, so this script refuses to write one, and test/manifest/compiled-lifecycles.test.ts
 * fails when the JSON is not what it makes from lifecycles/.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadLifecycle } from "../src/manifest/load-lifecycle.ts";
import { formatSourceError } from "../src/manifest/source-error.ts";

export const COMPILED_LIFECYCLES_JSON = fileURLToPath(
  new URL("../src/manifest/compiled-lifecycles.json", import.meta.url),
);
const lifecycleDir = new URL("../lifecycles/", import.meta.url);

/** The JSON: every built-in lifecycle, loaded and checked, in file-name order. */
export function compiledLifecyclesSource(): string {
  const files = readdirSync(lifecycleDir)
    .filter((f) => f.endsWith(".yml"))
    .sort();
  const lifecycles = files.map((file) => {
    const result = loadLifecycle(readFileSync(new URL(file, lifecycleDir), "utf8"), `lifecycles/${file}`);
    if (!result.ok)
      throw new Error(`built-in lifecycle ${file} is invalid:\n${result.errors.map(formatSourceError).join("\n")}`);
    return result.lifecycle;
  });
  return `${JSON.stringify(lifecycles, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url))
  writeFileSync(COMPILED_LIFECYCLES_JSON, compiledLifecyclesSource());
