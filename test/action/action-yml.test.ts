import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;

describe("action.yml", () => {
  it("is valid YAML with the fixed inputs (docs/architecture.md), running dist/action.js on node24", () => {
    const action = parse(readFileSync(`${root}action.yml`, "utf8"), { strict: true, uniqueKeys: true }) as {
      runs: { using: string; main: string };
      inputs: Record<string, { description: string }>;
      outputs: Record<string, unknown>;
    };
    expect(action.runs).toEqual({ using: "node24", main: "dist/action.js" });
    for (const name of ["command", "deployment", "stage", "version", "run-id", "attempt", "secrets", "token"])
      expect(action.inputs[name]?.description).toBeTruthy();
    expect(Object.keys(action.outputs)).toEqual(expect.arrayContaining(["result", "duration-ms"]));
    expect(action.inputs["command"]!.description).toMatch(/`stage`.*`validate`.*`report`.*`engine`/s);
  });
});

describe("the other YAML files ferry ships", () => {
  it.each(["app.yml", ".github/workflows/ci.yml"])("%s is valid YAML", (file) => {
    expect(() => parse(readFileSync(`${root}${file}`, "utf8"), { strict: true, uniqueKeys: true })).not.toThrow();
  });
});
