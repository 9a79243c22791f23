import { describe, expect, it } from "vitest";
import type { CatalogAt } from "../../src/adapters/github/github-catalog.ts";
import { annotationsOf, configCheckOutput } from "../../src/app/config-check.ts";
import type { SourceError } from "../../src/manifest/source-error.ts";

const error = (line: number): SourceError => ({
  file: ".ferry/deployments/web.yml",
  line,
  column: 3,
  path: "/stages",
  message: `bad at ${line}`,
  code: "schema",
});
const catalog = (errors: SourceError[]): CatalogAt => ({
  commit: "a".repeat(40),
  manifests: new Map(),
  lifecycles: new Map(),
  errors,
});

describe("the ferry/config check", () => {
  it("puts each error at its file and line as a failure annotation", () => {
    expect(annotationsOf([error(7)])).toEqual([
      {
        path: ".ferry/deployments/web.yml",
        start_line: 7,
        end_line: 7,
        start_column: 3,
        end_column: 3,
        annotation_level: "failure",
        title: "ferry: schema",
        message: "bad at 7",
      },
    ]);
  });

  it("summarises errors in file:line form, and says what is valid", () => {
    const failed = configCheckOutput(catalog([error(3), error(9)]));
    expect(failed.title).toBe("2 errors in ferry files");
    expect(failed.summary).toContain(".ferry/deployments/web.yml:9:3 bad at 9");
    expect(failed.summary).toContain("the last valid manifest of each deployment stays in force");
    expect(configCheckOutput(catalog([])).title).toBe("ferry files are valid");
  });
});
