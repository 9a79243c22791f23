import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * dist/ is split by command (scripts/build-action.mjs): a job loads only the chunks its command
 * imports. These follow the committed bundle's imports (check:dist keeps it what the build makes)
 * and check what each command's job loads.
 */
const dist = new URL("../../dist/", import.meta.url);
const read = (file: string) => readFileSync(new URL(file, dist), "utf8");

/** The chunks a module loads before it runs: itself and its static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const text = read(file);
  for (const match of text.matchAll(/^(?:import|export)\s(?:[^;"]*?\sfrom\s)?"\.\/([^"]+\.js)"/gm))
    staticClosure(match[1]!, seen);
  return seen;
}

/** The chunks a module imports on demand. */
function dynamicImports(file: string): string[] {
  return [...read(file).matchAll(/\bimport\("\.\/([^"]+\.js)"\)/g)].map((m) => m[1]!);
}

/** Whether any of the chunks bundles a file of `pkg` (esbuild names each bundled file in a comment). */
function bundles(files: Iterable<string>, pkg: string): boolean {
  const marker = new RegExp(`^// (?:\\S*/)?node_modules/${pkg.replace("/", "\\/")}/`, "m");
  return [...files].some((file) => marker.test(read(file)));
}

/** Everything a job of `command` loads: the entry's chunks, then the command's. */
function loadedBy(command: string): Set<string> {
  const entry = staticClosure("action.js");
  const chunk = [...entry].flatMap(dynamicImports).find((file) => file.startsWith(`${command}-command-`));
  if (!chunk) throw new Error(`dist/ has no chunk for the ${command} command`);
  return staticClosure(chunk, new Set(entry));
}

describe("dist/ chunks", () => {
  it.each(["validate", "stage"])("a %s job loads neither Probot, Octokit, undici nor ioredis", (command) => {
    const files = loadedBy(command);
    for (const pkg of ["probot", "@octokit/core", "undici", "ioredis"]) expect(bundles(files, pkg), pkg).toBe(false);
    expect(bundles(files, "yaml")).toBe(true);
  });

  it("an engine job loads Probot; a report job Octokit", () => {
    expect(bundles(loadedBy("engine"), "probot")).toBe(true);
    expect(bundles(loadedBy("report"), "@octokit/core")).toBe(true);
  });

  it("@actions/core's OIDC client (and undici) is in a chunk no command loads before getIDToken asks for it", () => {
    const entry = staticClosure("action.js");
    expect(bundles(entry, "@actions/core")).toBe(true);
    expect(bundles(entry, "undici")).toBe(false);
    const oidc = readdirSync(dist).filter((file) => /^oidc-utils-\w+\.js$/.test(file));
    expect(oidc).toHaveLength(1);
    expect(bundles(staticClosure(oidc[0]!), "undici")).toBe(true);
    for (const command of ["validate", "stage", "report", "engine"])
      expect(loadedBy(command).has(oidc[0]!)).toBe(false);
  });
});
