import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lifecycleMermaid } from "../../src/core/lifecycle-mermaid.ts";
import { lifecycleDocs } from "../../src/cli/lifecycle-docs.ts";
import { BUILTIN_LIFECYCLES, builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { parseMermaid } from "../support/parse-mermaid.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";

const root = new URL("../../", import.meta.url).pathname;

/**
 * A repository's own `.ferry/lifecycles/` wins over the built-ins, so the built-ins are shown
 * from an empty folder rather than from wherever the tests happen to run.
 */
const cli = (args: readonly string[]) =>
  runFerryInProcess(["--repo", mkdtempSync(join(tmpdir(), "ferry-lc-")), ...args]);

describe("ferry lifecycle", () => {
  it("list names every built-in lifecycle", async () => {
    const { code, stdout } = await cli(["lifecycle", "list"]);
    expect(code).toBe(0);
    for (const name of BUILTIN_LIFECYCLES) expect(stdout).toContain(name);
  });

  it.each(BUILTIN_LIFECYCLES)("show %s prints every transition as a table row", async (name) => {
    const { code, stdout } = await cli(["lifecycle", "show", name]);
    expect(code).toBe(0);
    const lifecycle = builtinLifecycle(name);
    for (const region of Object.values(lifecycle.regions)) {
      for (const [state, def] of Object.entries(region.states)) {
        expect(stdout).toMatch(new RegExp(`^(\\S+\\s+)?${state}\\s+${def.kind}`, "m"));
      }
    }
  });

  it.each(BUILTIN_LIFECYCLES)("show %s --mermaid is a diagram the Mermaid parser accepts", async (name) => {
    const { code, stdout } = await cli(["lifecycle", "show", name, "--mermaid"]);
    expect(code).toBe(0);
    expect(stdout.startsWith("stateDiagram-v2")).toBe(true);
    await parseMermaid(stdout);
  });

  it("highlights the current state in every region", async () => {
    const text = lifecycleMermaid(builtinLifecycle("stack-migration"), {
      current: { stack: "stable", deployment: "done" },
    });
    expect(text).toContain("class stack_stable current");
    expect(text).toContain("class deployment_done current");
    await parseMermaid(text);
  });

  it("the Mermaid parser rejects a broken diagram, so the checks above can fail", async () => {
    await expect(parseMermaid("stateDiagram-v2\n  state x {\n  a --> b")).rejects.toThrow();
  });

  it("validate prints file:line:col errors and exits 1", async () => {
    const dir = mkdtempSync(join(tmpdir(), "ferry-lc-"));
    const file = join(dir, "bad.yml");
    writeFileSync(
      file,
      "name: bad\ndescription: x\nconcurrency: queue\ninitial: a\nstates:\n  a:\n    kind: steady\n    on:\n      deploy: nowhere\n",
    );
    const { code, stderr } = await cli(["lifecycle", "validate", file]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${file}:9:15 target state "nowhere" does not exist`);
  });

  it("validate exits 0 for the built-in files", async () => {
    const files = BUILTIN_LIFECYCLES.map((n) => join(root, "lifecycles", `${n}.yml`));
    const { code, stdout } = await cli(["lifecycle", "validate", ...files]);
    expect(code).toBe(0);
    expect(stdout.match(/: ok/g)).toHaveLength(files.length);
  });

  it("usage errors exit 2 and unknown lifecycles exit 1", async () => {
    expect((await cli(["lifecycle", "frobnicate"])).code).toBe(2);
    expect((await cli(["lifecycle", "show"])).code).toBe(2);
    const unknown = await cli(["lifecycle", "show", "nope"]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown lifecycle "nope"');
  });

  it("docs/lifecycles.md is what the CLI generates (run `npm run docs` after changing a lifecycle)", () => {
    expect(readFileSync(join(root, "docs", "lifecycles.md"), "utf8")).toBe(lifecycleDocs());
  });
});

describe("ferry lifecycle list in a repository with its own lifecycles", () => {
  const lifecycle = (name: string, description: string) =>
    `name: ${name}\ndescription: ${description}\nconcurrency: reject\ninitial: idle\nstates:\n  idle:\n    kind: steady\n    on:\n      deploy: done\n  done:\n    kind: final\n`;

  it("lists .ferry/lifecycles/ beside the built-ins, marked by source, invalid ones included", async () => {
    const repo = mkdtempSync(join(tmpdir(), "ferry-lc-"));
    mkdirSync(join(repo, ".ferry", "lifecycles"), { recursive: true });
    writeFileSync(join(repo, ".ferry", "lifecycles", "canary.yml"), lifecycle("canary", "Ours. More text."));
    writeFileSync(join(repo, ".ferry", "lifecycles", "standard.yaml"), lifecycle("standard", "Our own standard."));
    writeFileSync(join(repo, ".ferry", "lifecycles", "broken.yml"), "name: broken\n");
    const { code, stdout } = await runFerryInProcess(["--repo", repo, "lifecycle", "list"]);
    expect(code).toBe(0);
    const rows = stdout
      .trim()
      .split("\n")
      .map((line) => line.split(/\s{2,}/));
    expect(rows[0]).toEqual(["NAME", "SOURCE", "CONCURRENCY", "REGIONS", "DESCRIPTION"]);
    const byName = (name: string) => rows.filter((r) => r[0] === name);
    for (const name of BUILTIN_LIFECYCLES.filter((n) => n !== "standard"))
      expect(byName(name).map((r) => r[1])).toEqual(["built-in"]);
    expect(byName("standard").map((r) => r.slice(0, 3))).toEqual([
      ["standard", "built-in (replaced by the repository's)", builtinLifecycle("standard").concurrency],
      ["standard", ".ferry/lifecycles/standard.yaml", "reject"],
    ]);
    expect(byName("canary")).toEqual([["canary", ".ferry/lifecycles/canary.yml", "reject", "main", "Ours."]]);
    expect(byName("broken")).toEqual([
      [
        "broken",
        ".ferry/lifecycles/broken.yml",
        "-",
        "-",
        "invalid (4 error(s)): ferry lifecycle validate .ferry/lifecycles/broken.yml",
      ],
    ]);
  });

  it("marks every built-in as such where the repository has none of its own", async () => {
    const { code, stdout } = await cli(["lifecycle", "list"]);
    expect(code).toBe(0);
    for (const name of BUILTIN_LIFECYCLES) expect(stdout).toMatch(new RegExp(`^${name}\\s+built-in\\s`, "m"));
  });
});
