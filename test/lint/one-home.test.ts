import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * ferry's one home (README, "Installing"): the GitHub repository ferry/ferry, a placeholder until
 * ferry is published. Every URL and reference that names where ferry lives names it, so moving ferry
 * means replacing one name. Editors' `$schema` lines are paths that exist, never URLs.
 */
const REPOSITORY = "ferry/ferry";
const HOME = `https://github.com/${REPOSITORY}`;
const ACTION = `${REPOSITORY}@v0`;
const SCHEMA_HOME = `${HOME}/raw/v0/schemas`;

const root = fileURLToPath(new URL("../../", import.meta.url));
const self = "test/lint/one-home.test.ts";
/** Generated copies (dist/, checked by check:dist), the lock file, and the changelog's history. */
const skipped = (path: string) =>
  path === self || path === "package-lock.json" || path === "CHANGELOG.md" || path.startsWith("dist/");

const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
  cwd: root,
  encoding: "utf8",
})
  .split("\0")
  .filter((path) => path !== "" && !skipped(path) && existsSync(join(root, path)))
  .map((path) => ({ path, text: readFileSync(join(root, path), "utf8") }))
  .filter(({ text }) => !text.includes("\0"));

/** Every match of `pattern` in the repository's files, as `path:line: match` (group 1 when there is one). */
function found(pattern: RegExp): { where: string; value: string }[] {
  return files.flatMap(({ path, text }) =>
    [...text.matchAll(pattern)].map((m) => ({
      where: `${path}:${text.slice(0, m.index).split("\n").length}`,
      value: m[1] ?? m[0],
    })),
  );
}

describe("one home for every URL", () => {
  it("the repository's files hold none of the old homes", () => {
    const old = /ferry\.dev\b|ferry-deploy|raw\.githubusercontent\.com\/[\w.-]+\/ferry\b|<owner>\/ferry/g;
    expect(found(old).map(({ where, value }) => `${where}: ${value}`)).toEqual([]);
  });

  it("every GitHub URL, git URL and `uses:` of ferry names its home", () => {
    const urls = found(/https?:\/\/(?:www\.)?github\.com\/([\w.-]+\/ferry)(?![\w-])/g);
    const gitUrls = found(/\bgithub:([\w.-]+\/ferry)(?![\w-])/g);
    const uses = found(/\buses:\s*["']?([\w.-]+\/ferry(?:@[\w.-]+)?)(?![\w-])/g);
    // The scan does find them: the README names each kind.
    expect([urls.length, gitUrls.length, uses.length].every((n) => n > 0)).toBe(true);
    for (const { where, value } of [...urls, ...gitUrls]) expect(value, where).toBe(REPOSITORY);
    for (const { where, value } of uses) expect(value, where).toBe(ACTION);
  });

  it("each schema's $id is its file at the home", () => {
    const schemas = files.filter(({ path }) => /^schemas\/[^/]+\.schema\.json$/.test(path));
    expect(schemas.length).toBeGreaterThan(0);
    for (const { path, text } of schemas)
      expect((JSON.parse(text) as { $id: string }).$id).toBe(`${SCHEMA_HOME}/${path.slice("schemas/".length)}`);
  });

  it("app.yml's url and package.json's homepage and repository are the home", () => {
    const text = (path: string) => files.find((f) => f.path === path)?.text ?? "";
    expect(/^url: (\S+)$/m.exec(text("app.yml"))?.[1]).toBe(HOME);
    const pkg = JSON.parse(text("package.json")) as { homepage: string; repository: { url: string }; bugs: string };
    expect([pkg.homepage, pkg.repository.url, pkg.bugs]).toEqual([HOME, `git+${HOME}.git`, `${HOME}/issues`]);
  });

  it("every $schema line or key in a YAML file is a path to a file that exists", () => {
    const lines = found(/^(?:# yaml-language-server: \$schema=|\$schema: )(\S+)$/gm).filter(({ where }) =>
      /\.ya?ml:\d+$/.test(where),
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const { where, value } of lines) {
      expect(value, where).not.toMatch(/^[a-z]+:/);
      const file = where.slice(0, where.lastIndexOf(":"));
      expect(existsSync(resolve(dirname(join(root, file)), value)), `${where}: ${value}`).toBe(true);
    }
  });
});
