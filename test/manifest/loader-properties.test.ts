import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseStateFile } from "../../src/manifest/parse-state-file.ts";
import { YAML_LOADERS, type LoaderErrors } from "./support/yaml-loaders.ts";

/**
 * Every loader, on any text at all, returns a structured result and never throws. Seeded, so a
 * failure is reproducible; each run is bounded by its count and by vitest's timeout.
 */
const SEED = 20261201;
const RUNS = 150;

const root = new URL("../../", import.meta.url);
const filesIn = (dir: string, ext: string) =>
  readdirSync(new URL(dir, root))
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => readFileSync(new URL(dir + f, root), "utf8"));

const validTexts = {
  manifest: filesIn("test/fixtures/manifests/valid/", ".yml").concat(filesIn("examples/", ".yml")),
  lifecycle: filesIn("lifecycles/", ".yml"),
  "ferry-config": filesIn("test/fixtures/ferry-config/valid/", ".yml"),
  "state-file": filesIn("test/fixtures/state/valid/", ".json"),
};

/** Pieces that mean something to YAML or JSON, so random texts reach past the first character. */
const SYNTAX = [
  "[",
  "]",
  "{",
  "}",
  ":",
  ": ",
  "- ",
  "? ",
  ",",
  "&a ",
  "*a",
  "!!str ",
  "!x ",
  "|",
  ">-",
  "'",
  '"',
  "\\",
  "#",
  "\n",
  "\n  ",
  "\t",
  "---\n",
  "...\n",
  "<<: ",
  "~",
  "null",
  "1e999",
  "-0",
  "key",
  "é",
  "\u0000",
  "\uFEFF",
];
/** Values that stay well-formed YAML but stress resolution: aliases without anchors, odd tags, merges. */
const VALUES = [
  "*a",
  "&a x",
  "[*a, *a]",
  "{k: *a}",
  "!!binary x",
  "!!int x",
  "!!float x",
  "!!timestamp x",
  "!!set {a}",
  "!!omap [a: 1]",
  "!!map []",
  "!x y",
  "~",
  "1e999",
  "0o19",
  "2001-02-30",
];
const syntaxSoup = fc.array(fc.constantFrom(...SYNTAX), { maxLength: 200 }).map((parts) => parts.join(""));
const anyText = fc.oneof(fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 400 }), syntaxSoup);

/** A valid file with a few random edits: insert syntax, cut a slice, repeat a line, shift indentation, or replace a value. */
function mutated(texts: readonly string[]): fc.Arbitrary<string> {
  const edit = fc.tuple(
    fc.nat(),
    fc.nat({ max: 40 }),
    fc.constantFrom(...SYNTAX),
    fc.constantFrom(...VALUES),
    fc.nat({ max: 5 }),
  );
  return fc.tuple(fc.constantFrom(...texts), fc.array(edit, { minLength: 1, maxLength: 3 })).map(([text, edits]) => {
    let out = text;
    for (const [at, length, piece, value, kind] of edits) {
      const i = out.length === 0 ? 0 : at % out.length;
      if (kind === 0) out = out.slice(0, i) + piece + out.slice(i);
      else if (kind === 1) out = out.slice(0, i) + out.slice(i + length);
      else if (kind === 2) {
        const start = out.lastIndexOf("\n", i) + 1;
        const end = out.indexOf("\n", i);
        const line = out.slice(start, end === -1 ? undefined : end + 1);
        out = out.slice(0, start) + line + line + out.slice(start + line.length);
      } else if (kind === 3) out = out.slice(0, i) + " ".repeat(length % 5) + out.slice(i);
      else {
        // (kinds 4 and 5) The value after the next `: `, so the file stays well-formed YAML around an alias, tag or anchor.
        const colon = out.indexOf(": ", i);
        const end = colon === -1 ? -1 : out.indexOf("\n", colon);
        if (end !== -1) out = out.slice(0, colon + 2) + value + out.slice(end);
      }
    }
    return out;
  });
}

function expectStructured(errors: LoaderErrors): void {
  for (const error of errors) {
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.column).toBeGreaterThanOrEqual(1);
    expect(error.message).toMatch(/\S/);
    expect(error.code).toMatch(/^[a-z-]+$/);
  }
}

describe("YAML loaders never throw", () => {
  it.each(Object.keys(YAML_LOADERS) as (keyof typeof YAML_LOADERS)[])(
    "%s: arbitrary and mutated-valid texts",
    (loader) => {
      const load = YAML_LOADERS[loader];
      expect(validTexts[loader].length).toBeGreaterThan(0);
      for (const text of validTexts[loader]) expect(load(text)).toEqual([]);
      fc.assert(
        fc.property(fc.oneof(anyText, mutated(validTexts[loader])), (text) => expectStructured(load(text))),
        { seed: SEED, numRuns: RUNS },
      );
    },
  );
});

describe("parseStateFile never throws", () => {
  it("arbitrary texts, JSON values and mutated valid state files", () => {
    const json = fc.jsonValue({ maxDepth: 50 }).map((v) => JSON.stringify(v));
    fc.assert(
      fc.property(fc.oneof(anyText, json, mutated(validTexts["state-file"])), (text) => {
        const result = parseStateFile(text, "web");
        expect(["ok", "corrupt"]).toContain(result.kind);
        if (result.kind === "corrupt") expect(result.detail).toMatch(/\S/);
      }),
      { seed: SEED, numRuns: RUNS * 2 },
    );
  });
});
