import { execFile } from "node:child_process";
import { describe, expect, it } from "vitest";
import { INPUT_LIMITS } from "../../src/manifest/input-limits.ts";
import { parseStateFile } from "../../src/manifest/parse-state-file.ts";
import { HOSTILE_YAML } from "./support/hostile-yaml.ts";
import { YAML_LOADERS, type LoaderErrors } from "./support/yaml-loaders.ts";

type Loader = keyof typeof YAML_LOADERS;
type Where = readonly [line: number, column: number, code: string, message: string];

/** Where each loader must point for each hostile text, and what it must say. Manifests and lifecycles share limits. */
const same = (where: Where): Record<Loader, Where> => ({ manifest: where, lifecycle: where, "ferry-config": where });
const expected: Readonly<Record<string, Record<Loader, Where>>> = {
  "unresolved alias": same([1, 12, "yaml", "Unresolved alias"]),
  "billion laughs": same([1, 1, "too-many-aliases", "aliases expand too far"]),
  "too many aliases": same([2, 405, "too-many-aliases", "more than 100 aliases"]),
  "1,000-deep flow sequence": {
    manifest: [1, 33, "too-deep", "nested more than 32 levels deep"],
    lifecycle: [1, 33, "too-deep", "nested more than 32 levels deep"],
    "ferry-config": [1, 17, "too-deep", "nested more than 16 levels deep"],
  },
  "1,000-deep flow map": {
    manifest: [1, 129, "too-deep", "nested more than 32 levels deep"],
    lifecycle: [1, 129, "too-deep", "nested more than 32 levels deep"],
    "ferry-config": [1, 65, "too-deep", "nested more than 16 levels deep"],
  },
  "1,000 compact sequence indicators": {
    manifest: [1, 65, "too-deep", "nested more than 32 levels deep"],
    lifecycle: [1, 65, "too-deep", "nested more than 32 levels deep"],
    "ferry-config": [1, 33, "too-deep", "nested more than 16 levels deep"],
  },
  // Line n holds key k(n-1) indented n-1 spaces: the 33rd level is line 33.
  "300 indented maps": {
    manifest: [33, 36, "too-deep", "nested more than 32 levels deep"],
    lifecycle: [33, 36, "too-deep", "nested more than 32 levels deep"],
    "ferry-config": [17, 20, "too-deep", "nested more than 16 levels deep"],
  },
  "10 MiB file": {
    manifest: [1, 1, "too-large", "file is 10.0 MiB; the limit is 256 KiB"],
    lifecycle: [1, 1, "too-large", "file is 10.0 MiB; the limit is 256 KiB"],
    "ferry-config": [1, 1, "too-large", "file is 10.0 MiB; the limit is 64 KiB"],
  },
  "5,000 keys, the last one repeated": {
    manifest: [5001, 1, "yaml", 'duplicate key "key00000"'],
    lifecycle: [5001, 1, "yaml", 'duplicate key "key00000"'],
    "ferry-config": [1, 1, "too-large", "file is 72 KiB; the limit is 64 KiB"],
  },
  "two documents": same([2, 1, "yaml", "a second YAML document"]),
  "control characters": same([3, 1, "yaml", "Flow sequence in block collection"]),
};

const FILES: Record<Loader, string> = {
  manifest: ".ferry/deployments/web.yml",
  lifecycle: ".ferry/lifecycles/custom.yml",
  "ferry-config": ".github/ferry.yml",
};

function expectPointedAt(errors: LoaderErrors, loader: Loader, where: Where): void {
  const [line, column, code, message] = where;
  expect(errors).toHaveLength(1);
  expect(errors[0]).toMatchObject({ file: FILES[loader], line, column, code });
  expect(errors[0]?.message).toContain(message);
}

describe("hostile YAML: every loader returns one error at file:line:col and never throws", () => {
  it("has an expectation for every hostile text", () => {
    expect(Object.keys(expected).sort()).toEqual(HOSTILE_YAML.map((h) => h.name).sort());
  });

  const inProcess = HOSTILE_YAML.filter((h) => !h.abortsNode).flatMap((h) =>
    (Object.keys(YAML_LOADERS) as Loader[]).map((loader) => [h.name, loader, h.text] as const),
  );
  it.each(inProcess)("%s (%s)", (name, loader, text) => {
    expectPointedAt(YAML_LOADERS[loader](text), loader, expected[name]![loader]);
  });

  // These aborted Node before depth was bounded; in a child, a regression fails this test instead of killing the runner.
  it("deep nesting, twice per loader in one child process", async () => {
    const deep = HOSTILE_YAML.filter((h) => h.abortsNode).map((h) => h.name);
    expect(deep.length).toBeGreaterThanOrEqual(4);
    const script = new URL("./support/load-hostile.ts", import.meta.url).pathname;
    const run = await new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>(
      (resolve) => {
        const child = execFile(
          process.execPath,
          ["--import", "tsx", script, ...deep],
          { timeout: 90_000, maxBuffer: 8 * 1024 * 1024 },
          (_error, stdout, stderr) => resolve({ code: child.exitCode, signal: child.signalCode, stdout, stderr }),
        );
      },
    );
    expect(run.stderr).not.toContain("FATAL ERROR");
    expect({ code: run.code, signal: run.signal }).toEqual({ code: 0, signal: null });
    const lines = run.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { name: string; loader: Loader; errors: LoaderErrors });
    expect(lines).toHaveLength(deep.length * 3 * 2);
    for (const line of lines) expectPointedAt(line.errors, line.loader, expected[line.name]![line.loader]);
  }, 120_000);
});

describe("hostile state files are corrupt, not a crash", () => {
  const { maxDepth } = INPUT_LIMITS["state-file"];
  const cases = [
    {
      name: "10,000-deep array",
      text: "[".repeat(10_000) + "]".repeat(10_000),
      detail: `nested more than ${maxDepth} levels deep (at offset ${maxDepth})`,
    },
    {
      name: "deep object inside a valid-looking file",
      text: `{"deployment":"web","x":${'{"a":'.repeat(100)}1${"}".repeat(100)}}`,
      detail: `nested more than ${maxDepth} levels deep`,
    },
    {
      name: "1 MiB",
      text: JSON.stringify({ deployment: "web", pad: "x".repeat(1024 * 1024) }),
      detail: "the limit is 512 KiB",
    },
  ];
  it.each(cases)("$name", ({ text, detail }) => {
    const result = parseStateFile(text, "web");
    expect(result).toMatchObject({ kind: "corrupt", reason: "over-limits" });
    if (result.kind === "corrupt") expect(result.detail).toContain(detail);
  });

  it("brackets and quotes inside strings do not count as nesting", () => {
    const result = parseStateFile(JSON.stringify({ deployment: "web", note: '[[[[{{{{\\"'.repeat(100) }), "web");
    expect(result).toMatchObject({ kind: "corrupt", reason: "schema" });
  });
});
