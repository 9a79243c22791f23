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

describe("the compiled schemas (src/manifest/compiled-schemas.js)", () => {
  it("are what scripts/build-schemas.ts makes from schemas/ and the installed ajv (run `npm run build:schemas` when not)", () => {
    expect(readFileSync(COMPILED_SCHEMAS_JS, "utf8")).toBe(compiledSchemasSource());
    expect(readFileSync(COMPILED_SCHEMAS_DTS, "utf8")).toBe(compiledSchemasTypes());
  });

  // The generated module imports ajv's run-time helpers where ajv's own output require()s them:
  // these values reach each helper (string length in code points, deep equality, the formats).
  it.each<[SchemaName, unknown]>([
    ["sync-cursor", { branch: "main", commit: SHA, at: "2026-11-20T09:14:03.512Z" }],
    ["sync-cursor", { branch: "main", commit: SHA, at: "yesterday at noon" }],
    ["sync-cursor", { branch: "🚀".repeat(200), commit: SHA, at: "2026-11-20T09:14:03Z" }],
    ["sync-cursor", { branch: "🚀".repeat(256), commit: "abc", at: 5, extra: true }],
    ["manifest", { lifecycle: "standard", stages: { install: { steps: [{ artifact: { url: "not a uri" } }] } } }],
    ["manifest", { lifecycle: "standard", stages: { install: { steps: [{ args: ["a", "a"] }] } } }],
    ["lifecycle", { name: "x", description: "", concurrency: "sometimes", states: { a: { type: "nope" } } }],
    ["lifecycle", {}],
    ["state", { schemaVersion: 2 }],
    ["ferry-config", { unknown: [1, { a: 1 }] }],
    ["fleet-registration", null],
    ["fleet-heartbeat", { instance: "x".repeat(300) }],
  ])("%s judges %j as ajv compiling the schema at run time does", (name, value) => {
    const atRunTime = createAjv().compile(readSchema(name));
    const compiled = validators[name];
    expect(compiled(value)).toBe(atRunTime(value));
    expect(compiled.errors ?? null).toEqual(atRunTime.errors ?? null);
  });
});
