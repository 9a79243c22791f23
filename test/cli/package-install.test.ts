import { execFile } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmdirSync, rmSync, symlinkSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { tempRepo } from "../support/temp-repo.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;

/** npm resolves the dependencies of a tarball afresh; from its cache when it holds them (see `--prefer-offline`). */
const INSTALL_TIMEOUT_MS = 300_000;

/**
 * The package as a user gets it: `npm pack`, then `npm install -g` of the tarball into a
 * temporary prefix, then the installed `ferry` in a fresh repository. lib/ is built from the
 * sources under test by the e2e global setup, so packing skips `prepare`.
 */
describe("the npm package", { timeout: INSTALL_TIMEOUT_MS }, () => {
  const work = mkdtempSync(join(tmpdir(), "ferry-package-"));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("packs, installs from the tarball, and runs init, validate and sync in a fresh repository", async () => {
    const packed = await run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", work], {
      cwd: root,
    });
    const tarball = join(work, packed.stdout.trim().split("\n").at(-1) ?? "");
    const listing = (await run("tar", ["tzf", tarball])).stdout;
    expect(listing).toContain("package/lib/cli/ferry.js");
    expect(listing).toContain("package/schemas/manifest.schema.json");
    expect(listing).not.toContain("package/src/");
    // `npm run demo` runs from the same build but needs the repository's examples/: it stays out of the package.
    expect(listing).not.toContain("package/lib/cli/demo.js");
    const prefix = join(work, "prefix");
    // --prefer-offline: the packages npm ci already fetched come from its cache, so no network unless one is missing.
    await run(
      "npm",
      ["install", "-g", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error", tarball],
      { cwd: work, env: { ...process.env, npm_config_update_notifier: "false" } },
    );
    const ferry = join(prefix, "bin", "ferry");
    expect((await run(ferry, ["--version"])).stdout).toBe(`${version}\n`);
    const repo = await tempRepo();
    const init = await run(ferry, ["init"], { cwd: repo });
    expect(init.stdout).toContain("wrote .ferry/deployments/web.yml");
    // The editors' $schema lines init wrote load from the installed package (linked as `npm install -D` would).
    mkdirSync(join(repo, "node_modules"));
    symlinkSync(join(prefix, "lib", "node_modules", "ferry"), join(repo, "node_modules", "ferry"), "dir");
    for (const path of [".ferry/deployments/web.yml", ".github/ferry.yml"]) {
      const target = /^# yaml-language-server: \$schema=(\S+)$/m.exec(readFileSync(join(repo, path), "utf8"))?.[1];
      expect(existsSync(resolve(dirname(join(repo, path)), target ?? "missing")), `${path}: ${target}`).toBe(true);
    }
    unlinkSync(join(repo, "node_modules", "ferry"));
    rmdirSync(join(repo, "node_modules"));
    expect((await run(ferry, ["validate"], { cwd: repo })).stdout).toBe("1 deployment(s) valid\n");
    await run("git", ["add", "."], { cwd: repo });
    await run("git", ["-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "ferry"], {
      cwd: repo,
    });
    const synced = await run(ferry, ["sync"], { cwd: repo, env: { ...process.env, NO_COLOR: "1" } });
    expect(synced.stdout).toMatch(/^ {2}web: running on \w{7} \(run 1\)/m);
    const status = JSON.parse((await run(ferry, ["status", "web", "--json"], { cwd: repo })).stdout) as {
      outcome: string;
    };
    expect(status.outcome).toBe("succeeded");
  });
});
