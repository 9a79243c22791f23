import { beforeAll, describe, expect, it } from "vitest";
import { runGit } from "../../src/adapters/local/run-git.ts";
import type { FerryRun } from "../support/run-ferry.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { commitToStateBranch, stateHead } from "../support/state-branch.ts";
import { commitFiles, tempRepo } from "../support/temp-repo.ts";
import { LOCAL_WEB_MANIFEST as WEB, STACK_LINE } from "../support/cli-fixtures.ts";

const cli = (repo: string, args: readonly string[]) => runFerryInProcess(["--repo", repo, ...args]);

const lines = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

/** What every bad input must give: the exit code, one line on stderr saying why, and no stack. */
function expectOneLineError(ran: FerryRun, code: number, message: RegExp): void {
  expect(ran.stderr).not.toMatch(STACK_LINE);
  expect(lines(ran.stderr)).toHaveLength(1);
  expect(ran.stderr.trim()).toMatch(message);
  expect(ran.code).toBe(code);
}

const interval = (value: string) =>
  new RegExp(
    `^error: option '--interval <seconds>' argument '${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}' is invalid\\. Expected a number of seconds from 1 to 86400\\.$`,
  );
const count = (value: string) =>
  new RegExp(
    `^error: option '-n, --limit <count>' argument '${value.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}' is invalid\\. Expected a whole number of transitions from 1 to 10000\\.$`,
  );

/**
 * Bad command lines, each with its exit code: 2 for what the command line alone shows to be
 * wrong (commander's usage errors), 1 for a well-formed value this repository has nothing for.
 */
const CASES: readonly { args: readonly string[]; code: 1 | 2; message: RegExp }[] = [
  {
    args: ["plan", "--since", "nope"],
    code: 1,
    message: /^ferry: unknown revision "nope" for --since: give a commit, branch or tag of /,
  },
  { args: ["plan", "--since", ""], code: 1, message: /^ferry: unknown revision "" for --since/ },
  { args: ["plan", "--since=--all"], code: 1, message: /^ferry: unknown revision "--all" for --since/ },
  { args: ["plan", "--since", "HEAD~5"], code: 1, message: /^ferry: unknown revision "HEAD~5" for --since/ },
  { args: ["deploy", "web", "--version", "nope"], code: 1, message: /^ferry: unknown version "nope"$/ },
  ...["abc", "0", "-1", "0.5", "1e3", "0x10", "86401", "", " 5", "Infinity", "99999999999999999999"].map((value) => ({
    args: ["sync", "--watch", `--interval=${value}`],
    code: 2 as const,
    message: interval(value),
  })),
  { args: ["sync", "--watch", "--interval", "abc"], code: 2, message: interval("abc") },
  { args: ["sync", "--interval", "0"], code: 2, message: interval("0") },
  ...["abc", "0", "-3", "1.5", "10001", "", "1e2", "99999999999999999999"].map((value) => ({
    args: ["history", "web", `--limit=${value}`],
    code: 2 as const,
    message: count(value),
  })),
  { args: ["history", "web", "-n", "abc"], code: 2, message: count("abc") },
  { args: ["history", "web", "-n", "0"], code: 2, message: count("0") },
  { args: ["history", "web", "--json", "-n", "abc"], code: 2, message: count("abc") },
];

describe("bad input: one line on stderr, the right exit code, never a stack", () => {
  let repo: string;
  beforeAll(async () => {
    repo = await tempRepo({ ".ferry/deployments/web.yml": WEB });
  });

  it.each(CASES.map((c) => [c.args.join(" "), c] as const))("ferry %s", async (_, { args, code, message }) => {
    const ran = await cli(repo, args);
    expectOneLineError(ran, code, message);
    // Rejected before anything ran: no polling loop started, nothing synced, nothing written.
    expect(ran.stdout).toBe("");
    expect(await stateHead(repo)).toBe("");
  });

  it("sync --watch with a bad interval returns at once instead of polling", async () => {
    // Were the loop started, this would never resolve and the test would time out.
    const ran = await cli(repo, ["sync", "--watch", "--interval", "0"]);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe("");
    expect(await stateHead(repo)).toBe("");
  });

  it("good values are still taken: history -n 1 of a deployment not deployed yet", async () => {
    const ran = await cli(repo, ["history", "web", "-n", "1"]);
    expect(ran).toEqual({ code: 0, stderr: "", stdout: "web has no recorded transitions yet\n" });
  });

  it("an unexpected error (a sync cursor naming a commit that is gone) is one line, exit 1", async () => {
    const own = await tempRepo({ ".ferry/deployments/web.yml": WEB });
    await commitToStateBranch(
      own,
      "sync/main.json",
      JSON.stringify({ branch: "main", commit: "0".repeat(40), at: "2026-01-01T00:00:00.000Z" }),
      "hand edit",
    );
    const head = await stateHead(own);
    for (const args of [["sync"], ["plan"]]) {
      const ran = await cli(own, args);
      expectOneLineError(ran, 1, /^ferry: git rev-list .* exited 128: fatal: .* \(set FERRY_DEBUG=1 for details\)$/);
    }
    expect(await stateHead(own)).toBe(head);
  });

  it("FERRY_DEBUG=1 adds the stack, for whoever is fixing ferry", async () => {
    const own = await tempRepo({ ".ferry/deployments/web.yml": WEB });
    await commitToStateBranch(
      own,
      "sync/main.json",
      JSON.stringify({ branch: "main", commit: "0".repeat(40), at: "2026-01-01T00:00:00.000Z" }),
      "hand edit",
    );
    const before = process.env.FERRY_DEBUG;
    process.env.FERRY_DEBUG = "1";
    try {
      const ran = await cli(own, ["plan"]);
      expect(ran.code).toBe(1);
      expect(ran.stderr).toMatch(/^ferry: GitCommandError: git rev-list/);
      expect(ran.stderr).toMatch(STACK_LINE);
    } finally {
      if (before === undefined) delete process.env.FERRY_DEBUG;
      else process.env.FERRY_DEBUG = before;
    }
  });

  it(
    "sync exits 1 when a deployment it touched is blocked by a corrupt state file, naming it and why",
    { timeout: 120_000 },
    async () => {
      const own = await tempRepo({ ".ferry/deployments/web.yml": WEB });
      expect((await cli(own, ["sync"])).code).toBe(0);
      const corrupt = '{"schemaVersion": 1, "deployment": "web", "regions": ';
      await commitToStateBranch(own, "deployments/web.json", corrupt, "hand edit");
      await commitFiles(
        own,
        { ".ferry/deployments/web.yml": WEB.replace("installing", "now installing") },
        "change web",
      );
      const ran = await cli(own, ["sync"]);
      expect(ran.stderr).not.toMatch(STACK_LINE);
      expect(ran.code).toBe(1);
      // The event's own line says what was refused as it happens; the last line is the verdict.
      expect(lines(ran.stderr)[0]).toMatch(
        /^ {2}web: blocked: state file deployments\/web\.json is corrupt \(not-json\)/,
      );
      expect(lines(ran.stderr).at(-1)).toMatch(
        /^ferry: blocked: web \(state file deployments\/web\.json is corrupt \(not-json\); fix or delete it on the ferry\/state branch\)/,
      );
      expect(lines(ran.stderr)).toHaveLength(2);
      expect((await runGit(own, ["show", "ferry/state:deployments/web.json"])).stdout).toBe(corrupt);
    },
  );
});
