import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { BUILTIN_LIFECYCLES } from "../../src/manifest/builtin-lifecycles.ts";
import { runFerry } from "../support/run-ferry.ts";
import { tempRepo } from "../support/temp-repo.ts";

const run = promisify(execFile);
const root = new URL("../../", import.meta.url).pathname;

/** Starting `bin/ferry.js` through tsx takes about two seconds, many more on a loaded machine. */
const PROCESS_TIMEOUT_MS = 90_000;

/** A frame of a Node stack trace, as it would show on stderr. */
const STACK_LINE = /^ {4}at /m;

const WEB = `lifecycle: standard
stages:
  install:
    steps:
      - run: echo "installing $FERRY_VERSION"
  health-check:
    steps:
      - run: "true"
  rollback:
    steps:
      - run: echo "restoring $FERRY_VERSION"
`;

/**
 * The real `bin/ferry.js` in a process of its own, once per command group: proof that tsx,
 * `main.ts`, the exit code and stdout and stderr are wired up. What each command does is tested
 * in-process through `runCli` in the other files; `ferry serve` has its own process test in
 * `serve-command.test.ts`.
 */
describe("ferry as a process", { timeout: PROCESS_TIMEOUT_MS }, () => {
  it("local mode (plan, sync, status, history, show): a failure is one line on stderr and exit 1, never a stack", async () => {
    const repo = await tempRepo({ ".ferry/deployments/web.yml": WEB });
    const ran = await runFerry(["--repo", repo, "plan", "--since", "nope"]);
    expect(ran.stderr).not.toMatch(STACK_LINE);
    expect(ran.stderr.trim().split("\n")).toHaveLength(1);
    expect(ran.stderr).toMatch(/^ferry: unknown revision "nope" for --since/);
    expect(ran.code).toBe(1);
  });

  it("lifecycle: runs as `npx ferry` from the project root", async () => {
    const { stdout } = await run("npx", ["ferry", "lifecycle", "list"], { cwd: root });
    for (const name of BUILTIN_LIFECYCLES) expect(stdout).toContain(name);
  });
});
