import { afterEach, describe, expect, it } from "vitest";
import { runGit } from "../../src/adapters/local/run-git.ts";
import { MemoryFleetInventory } from "../../src/adapters/memory/memory-fleet-inventory.ts";
import { startLocalFleetServer, type LocalFleetServer } from "../../src/cli/local/local-fleet.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { call, FLEET_MANIFEST } from "../support/fleet-http.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { tempRepo } from "../support/temp-repo.ts";
import { localFleetDeploy } from "../support/local-fleet-deploy.ts";

const silent = { out: () => {}, err: () => {}, terminal: false };
const IDS = ["api-01", "api-02", "api-03", "api-04"];

/** A fleet deployment in a temporary repository, served locally; ticks only when the test says. */
async function fleetRepo() {
  const repo = await tempRepo({ ".ferry/deployments/api.yml": FLEET_MANIFEST });
  const token = (await runFerryInProcess(["--repo", repo, "fleet", "token", "api"])).stdout.trim();
  return { repo, token };
}

async function stateCommits(repo: string): Promise<string[]> {
  const log = await runGit(repo, ["log", "--format=%s", "ferry/state"], { check: false });
  return log.stdout.trim().split("\n").filter(Boolean).reverse();
}

async function stateOf(server: LocalFleetServer): Promise<DeploymentState> {
  const read = (await server.session.store.read(["api"])).deployments.get("api");
  if (read?.kind !== "ok") throw new Error("no state for api");
  return read.state;
}

describe("a fleet deployment driven by heartbeats", () => {
  const servers: LocalFleetServer[] = [];
  afterEach(async () => {
    health.clear();
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  async function serve(repo: string, inventory = new MemoryFleetInventory()) {
    const server = await startLocalFleetServer({ repo, io: silent, tickMs: 0, inventory });
    servers.push(server);
    return server;
  }

  /**
   * Instances that reported their health once. After that a routine heartbeat says UNKNOWN, "no
   * news", which changes nothing ferry recorded: so a reset (FAILED → UNKNOWN) sticks, and the
   * instance hears it may update. Only an update's result reports a status again.
   */
  const health = new Map<string, string>();

  /** Every instance heartbeats once, doing what it was told: updating to v2 reports `outcome`, to any other version HEALTHY. */
  async function round(server: LocalFleetServer, token: string, running: Map<string, string>, outcome = "HEALTHY") {
    const answers = new Map<string, Record<string, unknown>>();
    for (const id of IDS) {
      const first = await call(server.url, "PUT", `/ferry/v1/deployments/api/instances/${id}/heartbeat`, {
        token,
        body: JSON.stringify({ version: running.get(id) ?? "v0", status: health.has(id) ? "UNKNOWN" : "HEALTHY" }),
      });
      health.set(id, "HEALTHY");
      let body = first.body;
      if (body["updateNeeded"] === true) {
        const to = String(body["desiredVersion"]);
        running.set(id, to);
        health.set(id, to === "v2" ? outcome : "HEALTHY");
        const after = await call(server.url, "PUT", `/ferry/v1/deployments/api/instances/${id}/heartbeat`, {
          token,
          body: JSON.stringify({ version: to, status: to === "v2" ? outcome : "HEALTHY", message: "updated" }),
        });
        body = after.body;
      }
      answers.set(id, body);
    }
    return answers;
  }

  const deploy = localFleetDeploy;

  it("rolls out in batches with one commit per deployment-level change, fails at the threshold and rolls back", async () => {
    const { repo, token } = await fleetRepo();
    const server = await serve(repo);
    const running = new Map<string, string>();
    await round(server, token, running);
    await server.tick();
    // Heartbeats are not commits: four instances registered, and no fleet state is on the branch yet.
    expect(await stateCommits(repo)).toEqual([]);

    await deploy(server, "v1");
    await server.tick(); // the rollout starts and assigns its first batch
    for (let i = 0; i < 4; i++) {
      await round(server, token, running);
      await server.tick();
    }
    expect(running).toEqual(new Map(IDS.map((id) => [id, "v1"])));
    let state = await stateOf(server);
    expect(Object.values(state.regions)[0]?.state).toBe("completed");
    expect(state.fleet?.state.rollout).toMatchObject({ version: "v1", phase: "completed", batches: 2 });
    const afterV1 = await stateCommits(repo);
    const fleetCommits = afterV1.filter((s) => s.includes("fleet"));
    expect(fleetCommits).toEqual([
      "api: fleet rollout of v1 started (run 1) [skip ci]",
      "api: fleet batch 2 of v1 started (2 instances) [skip ci]",
      "api: fleet rollout of v1 completed [skip ci]",
    ]);

    // Idle rounds commit nothing.
    await round(server, token, running);
    await server.tick();
    expect(await stateCommits(repo)).toEqual(afterV1);

    // v2 fails on every instance: the first batch's two failures reach the threshold of 2.
    await deploy(server, "v2");
    // The lifecycle's new run reaches the fleet at the first tick after a heartbeat: answers lag one round.
    await round(server, token, running);
    await server.tick();
    await round(server, token, running, "FAILED");
    await server.tick(); // threshold crossed → stage failed → the lifecycle rolls back to v1
    await round(server, token, running);
    await server.tick(); // the rollback rollout reaches both failed instances at once, and resets them
    expect(running.get("api-03")).toBe("v1");
    await round(server, token, running);
    await server.tick();
    state = await stateOf(server);
    expect(Object.values(state.regions)[0]?.state).toBe("completed");
    expect(state.run).toMatchObject({ kind: "rollback", version: "v1" });
    expect(state.fleet?.state.rollout).toMatchObject({
      kind: "rollback",
      version: "v1",
      phase: "completed",
      from: "v2",
    });
    expect(running).toEqual(new Map(IDS.map((id) => [id, "v1"])));
    const v2Commits = (await stateCommits(repo)).slice(afterV1.length).filter((s) => s.includes("fleet"));
    expect(v2Commits).toEqual([
      "api: fleet rollout of v2 started (run 2) [skip ci]",
      "api: fleet rollout of v2 failed: 2 failed, threshold 2 [skip ci]",
      "api: fleet rollback of v1 started (run 3) [skip ci]",
      "api: fleet rollout of v1 completed [skip ci]",
    ]);
    // The report committed with each fleet change shows the fleet: at the failure, the failed instances and their last word.
    const failedAt = (
      await runGit(repo, ["log", "--format=%H", "--grep=fleet rollout of v2 failed", "ferry/state"])
    ).stdout.trim();
    const report = (await runGit(repo, ["show", `${failedAt}:reports/api.md`])).stdout;
    expect(report).toContain("#### Fleet");
    expect(report).toContain("**Rollout** of `v2`: failed, batch 1.");
    expect(report).toContain(
      "**4 instances** — by status: 2 HEALTHY · 2 FAILED; by update: 2 needing-update · 2 failed.",
    );
    expect(report).toContain("| `api-01` | FAILED | updated |\n| `api-02` | FAILED | updated |");
    expect((await runGit(repo, ["show", "ferry/state:reports/api.md"])).stdout).toContain(
      "**Rollback** of `v1` from `v2`: completed",
    );
    // The stage's failure names the instances.
    const failed = state.stages.find((s) => s.runId === 2 && s.stage === "rollout");
    expect(failed).toMatchObject({ status: "failed", message: expect.stringContaining("2 of 4 instances failed") });
  });

  it("loses nothing on a restart that the next heartbeat round does not restore", async () => {
    const { repo, token } = await fleetRepo();
    const first = await serve(repo);
    const running = new Map<string, string>();
    await round(first, token, running);
    await deploy(first, "v1");
    await first.tick();
    const before = await first.service.inventory("api");
    const answersBefore = await round(first, token, new Map(running));
    await first.close();
    servers.splice(servers.indexOf(first), 1);

    // A new process with an empty inventory: one round refills it, and every answer is the same.
    const second = await serve(repo);
    const empty = await second.service.inventory("api");
    expect(empty.ok && empty.instances.size).toBe(0);
    const answersAfter = await round(second, token, new Map(running));
    // What to run is the same for every instance; the health ferry recorded returns with each instance's next report
    // (a routine heartbeat says "no news"), so it is compared apart.
    const what = (answers: Map<string, Record<string, unknown>>) =>
      [...answers].map(([id, { status: _, ...rest }]) => [id, rest]);
    expect(what(answersAfter)).toEqual(what(answersBefore));
    const after = await second.service.inventory("api");
    expect(after.ok && [...after.instances.keys()].sort()).toEqual(before.ok && [...before.instances.keys()].sort());
    expect(after.ok && after.record.state).toEqual(before.ok && before.record.state);
  });

  it("reads the fleet record once for requests that miss it together, and remembers it", async () => {
    const { repo } = await fleetRepo();
    const server = await serve(repo);
    const store = server.session.store;
    const read = store.read.bind(store);
    let reads = 0;
    store.read = (...args) => {
      reads++;
      return read(...args);
    };
    // Thousands of agents registering at once all miss the record a fresh process has not read yet.
    const records = await Promise.all(Array.from({ length: 5 }, () => server.service.recordOf("api")));
    expect(reads).toBe(1);
    expect(new Set(records).size).toBe(1);
    await server.service.recordOf("api");
    expect(reads).toBe(1);
  });
});
