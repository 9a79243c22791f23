import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BUILTIN_LIFECYCLES } from "../../src/manifest/builtin-lifecycles.ts";
import { runFerry } from "../support/run-ferry.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { tempRepo } from "../support/temp-repo.ts";
import { LOCAL_WEB_MANIFEST as WEB, STACK_LINE } from "../support/cli-fixtures.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

/** Starting `bin/ferry.js` (compiled, lib/) and running a command takes seconds on a loaded machine. */
const PROCESS_TIMEOUT_MS = 90_000;

/**
 * The real `bin/ferry.js` in a process of its own, once per command group: proof that the compiled build,
 * `main.ts`, the exit code and stdout and stderr are wired up. What each command does is tested
 * in-process through `runCli` in the other files; `ferry serve` has its own process test in
 * `serve-command.test.ts`.
 */
describe("ferry as a process", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("init writes the example files", async () => {
    const repo = await tempRepo();
    const ran = await runFerry(["--repo", repo, "init"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toContain("wrote .ferry/deployments/web.yml");
  });

  it("validate prints file:line:col errors on stderr and exits 1", async () => {
    const repo = await tempRepo({
      ".ferry/deployments/web.yml":
        "lifecycle: standard\nstages:\n  install:\n    steps:\n      - run: echo\n    timeout: soon\n",
    });
    const ran = await runFerry(["--repo", repo, "validate"]);
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/^\.ferry\/deployments\/web\.yml:6:14 /m);
  });

  it("local mode (plan, sync, status, history, show): sync runs the stages; a failure is one line on stderr and exit 1, never a stack", async () => {
    const repo = await tempRepo({ ".ferry/deployments/web.yml": WEB });
    const synced = await runFerry(["--repo", repo, "sync"]);
    expect(synced.code).toBe(0);
    expect(synced.stdout).toMatch(/^ {2}web: running on \w{7} \(run 1\)/m);
    const failed = await runFerry(["--repo", repo, "plan", "--since", "nope"]);
    expect(failed.stderr).not.toMatch(STACK_LINE);
    expect(failed.stderr.trim().split("\n")).toHaveLength(1);
    expect(failed.stderr).toMatch(/^ferry: unknown revision "nope" for --since/);
    expect(failed.code).toBe(1);
  });

  it("label actions (deploy, pause, resume, rollback, stop, retry, drop): pause", async () => {
    const repo = await tempRepo({ ".ferry/deployments/web.yml": WEB });
    // Only the command under test needs a process; getting web running does not.
    expect((await runFerryInProcess(["--repo", repo, "sync"])).code).toBe(0);
    const ran = await runFerry(["--repo", repo, "pause", "web"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^ {2}web: running on \w{7} \(run 1\) — paused$/m);
  });

  it("lifecycle: runs as `npx ferry` from the project root", async () => {
    const { stdout } = await run("npx", ["ferry", "lifecycle", "list"], { cwd: root });
    for (const name of BUILTIN_LIFECYCLES) expect(stdout).toContain(name);
  });
});
