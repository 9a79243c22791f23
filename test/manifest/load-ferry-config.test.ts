import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DEFAULT_FERRY_CONFIG, ferryConfigFromValue, loadFerryConfig } from "../../src/manifest/load-ferry-config.ts";

const dir = new URL("../fixtures/ferry-config/", import.meta.url);
const read = (kind: "valid" | "invalid", file: string) => readFileSync(new URL(`${kind}/${file}`, dir), "utf8");
const ymlIn = (kind: "valid" | "invalid") =>
  readdirSync(new URL(`${kind}/`, dir))
    .filter((f) => f.endsWith(".yml"))
    .sort();

const cases: Readonly<Record<string, { line: number; column: number; path: string; message: string }>> = {
  "state-branch.yml": {
    line: 2,
    column: 1,
    path: "/stateBranch",
    message: 'unknown key "stateBranch": the state branch is always ferry/state',
  },
  "bad-permission.yml": {
    line: 1,
    column: 20,
    path: "/minimumPermission",
    message: 'must be one of "write", "maintain", "admin"',
  },
  "misspelt-nested.yml": {
    line: 2,
    column: 3,
    path: "/previews/enable",
    message: 'unknown key "enable"; did you mean "enabled"?',
  },
  "allow-forks-string.yml": { line: 1, column: 13, path: "/allowForks", message: 'must be true or false, not "no"' },
  "reconcile-too-often.yml": { line: 2, column: 20, path: "/reconcile/intervalMinutes", message: "must be at least 1" },
  "yaml-error.yml": { line: 3, column: 1, path: "", message: "All mapping items must start at the same column" },
};

describe("loadFerryConfig", () => {
  it("gives the defaults for a missing or empty file", () => {
    expect(loadFerryConfig(null, ".github/ferry.yml")).toEqual({ ok: true, config: DEFAULT_FERRY_CONFIG });
    expect(loadFerryConfig(read("valid", "empty.yml"), ".github/ferry.yml")).toEqual({
      ok: true,
      config: DEFAULT_FERRY_CONFIG,
    });
  });

  it("reads every setting", () => {
    expect(loadFerryConfig(read("valid", "full.yml"), ".github/ferry.yml")).toEqual({
      ok: true,
      config: {
        minimumPermission: "maintain",
        allowForks: false,
        previews: { enabled: true },
        labels: { enabled: false },
        reconcile: { intervalMinutes: 2 },
      },
    });
    expect(loadFerryConfig(read("valid", "extends.yml"), ".github/ferry.yml")).toEqual({
      ok: true,
      config: { ...DEFAULT_FERRY_CONFIG, minimumPermission: "admin" },
    });
  });

  it("has a case for every invalid fixture and a fixture for every case", () => {
    expect(ymlIn("invalid")).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))("refuses %s", (file, expected) => {
    const result = loadFerryConfig(read("invalid", file), ".github/ferry.yml");
    expect(
      result.ok ? [] : result.errors.map(({ line, column, path, message }) => ({ line, column, path, message })),
    ).toEqual([expected]);
  });

  it("checks settings Probot already parsed", () => {
    expect(ferryConfigFromValue(null, ".github/ferry.yml")).toEqual({ ok: true, config: DEFAULT_FERRY_CONFIG });
    expect(ferryConfigFromValue({ allowForks: true }, ".github/ferry.yml")).toEqual({
      ok: true,
      config: { ...DEFAULT_FERRY_CONFIG, allowForks: true },
    });
    const result = ferryConfigFromValue({ labels: { enabled: "yes" } }, ".github/ferry.yml");
    expect(result.ok ? [] : result.errors.map((e) => [e.path, e.message])).toEqual([
      ["/labels/enabled", 'must be true or false, not "yes"'],
    ]);
  });
});
