import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { COMPILED_LIFECYCLES_JSON, compiledLifecyclesSource } from "../../scripts/build-lifecycles.ts";
import { builtinLifecycles } from "../../src/manifest/builtin-lifecycles.ts";
import { loadLifecycle } from "../../src/manifest/load-lifecycle.ts";

const lifecycleDir = new URL("../../lifecycles/", import.meta.url);

describe("the compiled built-in lifecycles (src/manifest/compiled-lifecycles.json)", () => {
  it("are what scripts/build-lifecycles.ts makes from lifecycles/ (run `npm run build:lifecycles` when not)", () => {
    expect(readFileSync(COMPILED_LIFECYCLES_JSON, "utf8")).toBe(compiledLifecyclesSource());
  });

  it("are, in file order, exactly what loading each lifecycles/*.yml gives", () => {
    const files = readdirSync(lifecycleDir)
      .filter((f) => f.endsWith(".yml"))
      .sort();
    const loaded = files.map((file) => {
      const result = loadLifecycle(readFileSync(new URL(file, lifecycleDir), "utf8"), `lifecycles/${file}`);
      if (!result.ok) throw new Error(`lifecycles/${file} does not load`);
      return result.lifecycle;
    });
    expect([...builtinLifecycles().values()]).toStrictEqual(loaded);
    expect([...builtinLifecycles().keys()]).toEqual(loaded.map((l) => l.name));
  });
});
