import { readFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runGit } from "../../src/adapters/local/run-git.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { childProcesses, waitFor } from "../support/processes.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { commitFiles, tempRepo } from "../support/temp-repo.ts";

/** The canary example as a repository has it: staging, and web promoted from staging's `running`. */
const EXAMPLE = new URL("../../examples/canary/.ferry/", import.meta.url);
const example = (path: string) => readFileSync(new URL(path, EXAMPLE), "utf8");
const FILES = {
  ".ferry/lifecycles/canary.yml": example("lifecycles/canary.yml"),
  ".ferry/deployments/staging.yml": example("deployments/staging.yml"),
  ".ferry/deployments/web.yml": example("deployments/web.yml"),
  "site/index.html": "v1\n",
};

async function stateOf(repo: string, name: string): Promise<DeploymentState> {
  const shown = await runGit(repo, ["show", `ferry/state:deployments/${name}.json`]);
  return JSON.parse(shown.stdout) as DeploymentState;
}

const ferry = (repo: string, ...args: string[]) => runFerryInProcess(["--repo", repo, ...args]);

// Stages run as this process's children: none may outlive its test.
let childrenBefore: ReadonlySet<string> = new Set();
const newChildren = () => childProcesses().filter((child) => !childrenBefore.has(child));
beforeEach(() => {
  childrenBefore = new Set(childProcesses());
});
afterEach(async () => {
  await waitFor(() => newChildren().length === 0);
  expect(newChildren()).toEqual([]);
});

describe("ferry send and promotion, in local mode", () => {
  it("sync deploys staging, then web once staging runs the version; web waits at its gate until `ferry send web promote`", async () => {
    const repo = await tempRepo(FILES);
    const v1 = (await runGit(repo, ["rev-parse", "HEAD"])).stdout.trim();
    const synced = await ferry(repo, "sync");
    expect(synced.code).toBe(0);
    expect(synced.stderr).toContain(
      `web: refused (not-promoted): ${v1.slice(0, 7)} has not reached running in staging (staging runs ${v1.slice(0, 7)} in installing)`,
    );
    expect((await stateOf(repo, "staging")).regions["main"]?.state).toBe("running");
    const paused = await stateOf(repo, "web");
    expect(paused.regions["main"]?.state).toBe("paused");
    expect(paused.run).toMatchObject({ version: v1, cause: "promotion" });

    const sent = await ferry(repo, "send", "web", "promote");
    expect(sent.code).toBe(0);
    const web = await stateOf(repo, "web");
    expect(web.regions["main"]?.state).toBe("stable");
    expect(web.history.filter((h) => h.event === "promote").map((h) => [h.from, h.to])).toEqual([
      ["paused", "promoting"],
    ]);
    expect(web.good.map((g) => g.version)).toEqual([v1]);
    const log = await runGit(repo, ["log", "--format=%B", "-n", "20", "ferry/state"]);
    expect(log.stdout).toContain("Ferry-Event: promote web");
  }, 60_000);

  it("refuses what the lifecycle does not declare or the state does not take, and a version staging has not run", async () => {
    const repo = await tempRepo(FILES);
    expect((await ferry(repo, "sync")).code).toBe(0);
    const unknown = await ferry(repo, "send", "web", "approve");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(
      '"approve" is not an event of web: its lifecycle canary declares promote, abort; built-in: pause, resume, rollback, stop, retry, drop',
    );
    const standard = await ferry(repo, "send", "staging", "promote");
    expect(standard.code).toBe(1);
    expect(standard.stderr).toContain("its lifecycle standard declares no events of its own");
    const retry = await ferry(repo, "send", "web", "retry");
    expect(retry.code).toBe(1);
    expect(retry.stderr).toContain("retry web: refused (not-allowed-in-state): retry is not allowed in paused");
    expect((await ferry(repo, "send", "web", "abort")).code).toBe(0);
    expect((await stateOf(repo, "web")).regions["main"]?.state).toBe("aborted");

    // A new commit staging has not run: an explicit deploy to web is refused, and nothing runs.
    const v2 = await commitFiles(repo, { "site/index.html": "v2\n" }, "v2");
    const deploy = await ferry(repo, "deploy", "web", "--version", v2);
    expect(deploy.code).toBe(1);
    expect(deploy.stderr).toContain(`refused (not-promoted): ${v2.slice(0, 7)} has not reached running in staging`);
    expect((await stateOf(repo, "web")).run?.version).not.toBe(v2);
    expect((await ferry(repo, "send", "web", "nope", "extra")).code).toBe(2);
  }, 60_000);
});
