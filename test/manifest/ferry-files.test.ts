import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { deploymentOfPath, deploymentsTouched } from "../../src/manifest/deployments-touched.ts";
import { duplicateFerryFiles } from "../../src/manifest/duplicate-ferry-files.ts";
import { ferryFileName } from "../../src/manifest/ferry-file-name.ts";
import { loadManifest } from "../../src/manifest/load-manifest.ts";
import type { Manifest } from "../../src/manifest/manifest.ts";

const minimal = readFileSync(new URL("../fixtures/manifests/valid/minimal.yml", import.meta.url), "utf8");

function manifest(file: string, extra = ""): Manifest {
  const loaded = loadManifest(minimal + extra, file);
  if (!loaded.ok) throw new Error(loaded.errors.map((e) => e.message).join("\n"));
  return loaded.manifest;
}

describe("ferry file names: <name>.yml and <name>.yaml alike", () => {
  it.each([
    [".ferry/deployments/web.yml", "web"],
    [".ferry/deployments/web.yaml", "web"],
    ["web.yaml", "web"],
    ["C:\\repo\\.ferry\\deployments\\api.yaml", "api"],
    [".ferry/deployments/web.json", undefined],
    [".ferry/deployments/web.YML", undefined],
    [".ferry/deployments/.yaml", undefined],
    [".ferry/deployments/README.md", undefined],
  ])("%s declares %s", (path, name) => {
    expect(ferryFileName(path)).toBe(name);
  });

  it("a path under .ferry/deployments/ names its deployment by either suffix, never from a subfolder", () => {
    expect(deploymentOfPath(".ferry/deployments/web.yml")).toBe("web");
    expect(deploymentOfPath(".ferry/deployments/web.yaml")).toBe("web");
    expect(deploymentOfPath(".ferry/deployments/team/web.yaml")).toBeUndefined();
    expect(deploymentOfPath(".ferry/lifecycles/web.yaml")).toBeUndefined();
    expect(deploymentOfPath("site/web.yaml")).toBeUndefined();
  });

  it("deployments touched: a changed, added or removed .yaml manifest counts like a .yml one", () => {
    const manifests = new Map([
      ["web", manifest(".ferry/deployments/web.yaml")],
      ["api", manifest(".ferry/deployments/api.yml", 'triggers:\n  paths: ["api/**"]\n')],
    ]);
    expect(
      deploymentsTouched(manifests, [{ path: ".ferry/deployments/web.yaml", status: "modified" }], "main", "main"),
    ).toEqual({ triggered: ["web"], created: [], removed: [] });
    expect(
      deploymentsTouched(manifests, [{ path: ".ferry/deployments/web.yaml", status: "added" }], "main", "main"),
    ).toEqual({ triggered: ["web"], created: ["web"], removed: [] });
    expect(
      deploymentsTouched(manifests, [{ path: ".ferry/deployments/old.yaml", status: "removed" }], "main", "main"),
    ).toEqual({ triggered: [], created: [], removed: ["old"] });
    // Renamed from .yml to .yaml: still in force, so neither removed nor lost.
    const renamed = deploymentsTouched(
      manifests,
      [
        { path: ".ferry/deployments/web.yml", status: "removed" },
        { path: ".ferry/deployments/web.yaml", status: "added" },
      ],
      "main",
      "main",
    );
    expect(renamed).toEqual({ triggered: ["web"], created: ["web"], removed: [] });
  });

  it("two files declaring one name are each an error, and only they", () => {
    const { duplicates, errors } = duplicateFerryFiles([
      ".ferry/deployments/api.yml",
      ".ferry/deployments/web.yaml",
      ".ferry/deployments/web.yml",
      ".ferry/deployments/notes.txt",
    ]);
    expect([...duplicates]).toEqual([".ferry/deployments/web.yaml", ".ferry/deployments/web.yml"]);
    expect(errors).toEqual([
      {
        file: ".ferry/deployments/web.yaml",
        line: 1,
        column: 1,
        path: "",
        code: "duplicate-name",
        message:
          '"web" is declared twice: here and in .ferry/deployments/web.yml; keep one file (ferry reads neither until then)',
      },
      {
        file: ".ferry/deployments/web.yml",
        line: 1,
        column: 1,
        path: "",
        code: "duplicate-name",
        message:
          '"web" is declared twice: here and in .ferry/deployments/web.yaml; keep one file (ferry reads neither until then)',
      },
    ]);
    expect(duplicateFerryFiles([".ferry/deployments/web.yml"])).toEqual({ duplicates: new Set(), errors: [] });
  });
});
