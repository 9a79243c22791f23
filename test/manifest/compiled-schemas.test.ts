import type { ValidateFunction } from "ajv/dist/2020.js";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  COMPILED_SCHEMAS_DTS,
  COMPILED_SCHEMAS_JS,
  compiledSchemasSource,
  compiledSchemasTypes,
} from "../../scripts/build-schemas.ts";
import { validators } from "../../src/manifest/compiled-schemas.js";
import { createAjv } from "../../src/manifest/schema-ajv.ts";
import { readSchema, type SchemaName } from "../../src/manifest/schema-files.ts";

const SHA = "3f2a9c0e1b7d4a5f6e8c9b0a1d2e3f4a5b6c7d8e";

/** Each schema compiled at run time once: compiling is what costs. */
const atRunTime = new Map<SchemaName, ValidateFunction>();
function compiledAtRunTime(name: SchemaName): ValidateFunction {
  let validate = atRunTime.get(name);
  if (!validate) {
    validate = createAjv().compile(readSchema(name));
    atRunTime.set(name, validate);
  }
  return validate;
}

describe("the compiled schemas (src/manifest/compiled-schemas.js)", () => {
  it("are what scripts/build-schemas.ts makes from schemas/ and the installed ajv (run `npm run build:schemas` when not)", () => {
    expect(readFileSync(COMPILED_SCHEMAS_JS, "utf8")).toBe(compiledSchemasSource());
    expect(readFileSync(COMPILED_SCHEMAS_DTS, "utf8")).toBe(compiledSchemasTypes());
  });

  // The generated module imports ajv's run-time helpers where ajv's own output require()s them:
  // these values reach each helper (string length in code points, deep equality, the formats).
  it.each<[string, SchemaName, unknown]>([
    ["a valid cursor", "sync-cursor", { branch: "main", commit: SHA, at: "2026-11-20T09:14:03.512Z" }],
    ["a time that is not a date-time", "sync-cursor", { branch: "main", commit: SHA, at: "yesterday at noon" }],
    [
      "200 astral characters (400 UTF-16 units)",
      "sync-cursor",
      { branch: "🚀".repeat(200), commit: SHA, at: "2026-11-20T09:14:03Z" },
    ],
    [
      "256 astral characters, and more wrong",
      "sync-cursor",
      { branch: "🚀".repeat(256), commit: "abc", at: 5, extra: true },
    ],
    [
      "an artifact URL that is not a URI",
      "manifest",
      { lifecycle: "standard", stages: { install: { steps: [{ artifact: { url: "not a uri" } }] } } },
    ],
    [
      "a step with repeated args",
      "manifest",
      { lifecycle: "standard", stages: { install: { steps: [{ args: ["a", "a"] }] } } },
    ],
    [
      "a lifecycle with wrong kinds",
      "lifecycle",
      { name: "x", description: "", concurrency: "sometimes", states: { a: { type: "nope" } } },
    ],
    ["an empty lifecycle", "lifecycle", {}],
    ["a state file of another version", "state", { schemaVersion: 2 }],
    ["a config with an unknown key", "ferry-config", { unknown: [1, { a: 1 }] }],
    ["null", "fleet-registration", null],
    ["an instance id over its length", "fleet-heartbeat", { instance: "x".repeat(300) }],
  ])("%s (%s) is judged as ajv compiling the schema at run time judges it", (_, name, value) => {
    const reference = compiledAtRunTime(name);
    const compiled = validators[name];
    expect(compiled(value)).toBe(reference(value));
    expect(compiled.errors ?? null).toEqual(reference.errors ?? null);
  });
});
