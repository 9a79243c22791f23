import { existsSync, readFileSync } from "node:fs";
import picomatch from "picomatch";
import { describe, expect, it } from "vitest";

/**
 * Docker is not run by the tests; these read the Dockerfile as `docker build` would use it: what it
 * copies must be in the build context (.dockerignore), and the image must run as the README says.
 */
const root = new URL("../../", import.meta.url);
const dockerfile = readFileSync(new URL("Dockerfile", root), "utf8");
const ignored = readFileSync(new URL(".dockerignore", root), "utf8")
  .split("\n")
  .map((line) => line.trim())
  .filter((line) => line !== "" && !line.startsWith("#"));
const isIgnored = picomatch(ignored.flatMap((pattern) => [pattern, `${pattern}/**`]));
const instructions = dockerfile
  .replace(/\\\n/g, " ")
  .split("\n")
  .filter((line) => /^[A-Z]+ /.test(line));
const packageJson = JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { files: string[] };

describe("the Dockerfile", () => {
  it("builds on Node 24 in every stage", () => {
    const bases = instructions.filter((line) => line.startsWith("FROM "));
    expect(bases.length).toBeGreaterThan(0);
    for (const base of bases) expect(base).toMatch(/^FROM node:24([-.]\w+)*( AS \w+)?$/);
  });

  it("copies only what exists and what .dockerignore leaves in the build context", () => {
    const sources = instructions
      .filter((line) => line.startsWith("COPY ") && !line.includes("--from="))
      .flatMap((line) => line.split(/\s+/).slice(1, -1));
    expect(sources).toContain("scripts");
    for (const source of sources) {
      expect(existsSync(new URL(source, root)), source).toBe(true);
      expect(isIgnored(source), `${source} is in .dockerignore`).toBe(false);
    }
  });

  it("ships what the package ships (app.yml included: ferry serve reads it from the package root)", () => {
    const copied = instructions
      .filter((line) => line.startsWith("COPY "))
      .flatMap((line) => line.split(/\s+/).slice(1, -1))
      .filter((word) => !word.startsWith("--"))
      .map((path) => path.replace(/^\/build\//, ""));
    // A `!` entry leaves a file out of the package (lib/cli/demo.js, the quick start's demo); the image copies lib/
    // whole, so it carries that one extra file, which nothing in the image runs.
    const shipped = packageJson.files.filter((entry) => !entry.startsWith("!"));
    expect(shipped).toContain("lib");
    expect(copied).toEqual(expect.arrayContaining(shipped));
  });

  it("runs node itself as PID 1, as an unprivileged user, with the credentials from the environment", () => {
    expect(instructions.at(-1)).toBe('CMD ["node", "bin/ferry.js", "serve"]');
    expect(instructions.filter((line) => line.startsWith("USER ")).at(-1)).toBe("USER node");
    // In production Probot refuses to start without credentials instead of serving its setup page (README, Docker).
    expect(dockerfile).toMatch(/NODE_ENV=production/);
    expect(ignored).toEqual(expect.arrayContaining([".env", "*.pem"]));
  });
});
