import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The schemas in `schemas/`, by file name without `.schema.json`. */
export const SCHEMA_NAMES = [
  "lifecycle",
  "manifest",
  "state",
  "ferry-config",
  "sync-cursor",
  "fleet-registration",
  "fleet-heartbeat",
] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

/** `schemas/` from the source tree (src/manifest/) or the CLI build (lib/chunks/, scripts/build-cli.mjs), or beside the Action bundle (dist/schemas/, copied by scripts/build-action.mjs). */
const schemaDir =
  [new URL("./schemas/", import.meta.url), new URL("../../schemas/", import.meta.url)].find((dir) =>
    existsSync(new URL("manifest.schema.json", dir)),
  ) ?? new URL("../../schemas/", import.meta.url);

/** The parsed JSON of `schemas/<name>.schema.json`. */
export function readSchema(name: SchemaName): object {
  return JSON.parse(readFileSync(fileURLToPath(new URL(`${name}.schema.json`, schemaDir)), "utf8")) as object;
}
