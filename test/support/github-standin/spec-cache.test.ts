import { describe, expect, it } from "vitest";
import { webhookSchemaPointer } from "./openapi-spec.ts";
import { precompiledPointers } from "./precompiled-pointers.ts";
import { readSpecCache } from "./spec-cache.ts";
import { addDescription, schemaRef, standinAjv } from "./standin-ajv.ts";

describe("the stand-in's spec cache", () => {
  it("holds validators that judge exactly like ones compiled in this process from GitHub's description", async () => {
    const spec = await readSpecCache();
    if (!spec) throw new Error("no spec cache: the e2e project's global setup prepares it");
    const ajv = standinAjv();
    addDescription(ajv, spec.doc);
    const op = (id: string) => spec.byId.get(id)!;
    const cases: Array<[string, unknown[]]> = [
      [
        op("checks/create").bodyPointer!,
        [
          { name: "ferry/web", head_sha: "a".repeat(40) },
          { name: "ferry/web" },
          { name: 1, head_sha: "x", status: "nope" },
          { name: "n", head_sha: "s", actions: [{ label: "l" }] },
        ],
      ],
      [
        op("repos/create-commit-status").bodyPointer!,
        [{ state: "success", context: "ferry/web", target_url: "" }, { state: "done" }, {}],
      ],
      [webhookSchemaPointer("push"), [{}, { ref: "refs/heads/main" }]],
    ];
    for (const [pointer, values] of cases) {
      const cached = spec.precompiled.get(pointer);
      expect(cached, pointer).toBeDefined();
      const fresh = ajv.getSchema(schemaRef(pointer))!;
      for (const value of values) {
        expect([cached!(value), cached!.errors ?? null], `${pointer}: ${JSON.stringify(value)}`).toEqual([
          fresh(value),
          fresh.errors ?? null,
        ]);
      }
    }
  });

  it("holds a validator for every schema of every operation the stand-in models, so none compiles in a worker", async () => {
    const spec = await readSpecCache();
    if (!spec) throw new Error("no spec cache: the e2e project's global setup prepares it");
    const missing = precompiledPointers(spec).filter((pointer) => !spec.precompiled.has(pointer));
    expect(missing).toEqual([]);
  });
});
