import { execFile, spawn } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BUILTIN_LIFECYCLES } from "../../src/manifest/builtin-lifecycles.ts";
import { runFerry } from "../support/run-ferry.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { syncedRepo } from "../support/synced-repo.ts";
import { tempRepo } from "../support/temp-repo.ts";
import { LOCAL_WEB_MANIFEST as WEB, STACK_LINE } from "../support/cli-fixtures.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;
const bin = new URL("../../bin/ferry.js", import.meta.url).pathname;

/** Starting `bin/ferry.js` (compiled, lib/) and running a command takes seconds on a loaded machine. */
const PROCESS_TIMEOUT_MS = 90_000;

/**
 * `bin/ferry.js` with stdin and stdout on a pseudo-terminal (`script -qec`), `typed` written to it as
 * a person would type it; the terminal's whole output (both streams, the echo of what was typed) and the exit code.
 */
function onTerminal(args: readonly string[], typed: string): Promise<{ code: number | null; output: string }> {
  const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;
  const command = [process.execPath, bin, ...args].map(quote).join(" ");
  const child = spawn("script", ["-qec", command, "/dev/null"], { env: { ...process.env, NO_COLOR: "1" } });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stdin.end(typed);
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

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
    // Only the command under test needs a process; getting web running (a sync in-process) does not.
    const repo = await syncedRepo({ ".ferry/deployments/web.yml": WEB });
    const ran = await runFerry(["--repo", repo, "pause", "web"]);
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/^ {2}web: running on \w{7} \(run 1\) — paused$/m);
  });

  it("status honours FORCE_COLOR and NO_COLOR from the environment, into a pipe", async () => {
    const repo = await syncedRepo({ ".ferry/deployments/web.yml": WEB });
    const forced = await runFerry(["--repo", repo, "status"], { env: { FORCE_COLOR: "1", NO_COLOR: "" } });
    expect(forced.stdout).toContain("\u001b[32msucceeded\u001b[39m");
    const plain = await runFerry(["--repo", repo, "status"], { env: { FORCE_COLOR: "", NO_COLOR: "1" } });
    expect(plain.stdout).toMatch(/ succeeded /);
    expect(plain.stdout).not.toContain("\u001b[");
  });

  // A real pseudo-terminal from util-linux `script`, whose stdin is typed into it: Linux only (BSD's takes other flags).
  it.runIf(process.platform === "linux")(
    "stop on a real terminal asks: n leaves web running and exits 1, y stops it",
    async () => {
      const repo = await syncedRepo({ ".ferry/deployments/web.yml": WEB });
      const declined = await onTerminal(["--repo", repo, "stop", "web"], "n\n");
      expect(declined.code).toBe(1);
      expect(declined.output).toMatch(/Stop web \(running on \w{7} \(run 1\)\)\? \[y\/N\] /);
      expect(declined.output).toContain("ferry: stop web: not confirmed; nothing changed");
      expect((await runFerryInProcess(["--repo", repo, "status", "web", "--json"])).stdout).toMatch(
        /"state": "running"/,
      );
      const accepted = await onTerminal(["--repo", repo, "stop", "web"], "y\n");
      expect(accepted.code, accepted.output).toBe(0);
      expect((await runFerryInProcess(["--repo", repo, "status", "web", "--json"])).stdout).toMatch(
        /"state": "deleted"/,
      );
    },
  );

  it("lifecycle: runs as `npx ferry` from the project root", async () => {
    const { stdout } = await run("npx", ["ferry", "lifecycle", "list"], { cwd: root });
    for (const name of BUILTIN_LIFECYCLES) expect(stdout).toContain(name);
  });
});
