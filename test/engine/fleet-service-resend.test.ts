import { afterEach, describe, expect, it } from "vitest";
import { MemoryFleetInventory } from "../../src/adapters/memory/memory-fleet-inventory.ts";
import { startLocalFleetServer, type LocalFleetServer } from "../../src/cli/local/local-fleet.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { call, FLEET_MANIFEST } from "../support/fleet-http.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { tempRepo } from "../support/temp-repo.ts";
import { localFleetDeploy } from "../support/local-fleet-deploy.ts";

const silent = { out: () => {}, err: () => {}, terminal: false };
const IDS = ["api-01", "api-02", "api-03", "api-04"];

interface Agent {
  readonly boot: string;
  sequence: number;
  version: string;
  /** The status its next report says: news once, then UNKNOWN. */
  news: string;
}

/**
 * An agent whose FAILED report was applied but whose answer was lost sends the same report again.
 * When the resend arrives after the rollback reset the instance, the report's sequence tells ferry
 * it is a resend: the instance stays reset, is told to go back, and the rollback completes.
 * Through `ferry serve --local`'s real HTTP server; ticks only when the test says.
 */
describe("a resent report, through the fleet API", () => {
  const servers: LocalFleetServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()));
  });

  it("changes nothing after the rollback's reset, and the rollback completes", async () => {
    const repo = await tempRepo({ ".ferry/deployments/api.yml": FLEET_MANIFEST });
    const token = (await runFerryInProcess(["--repo", repo, "fleet", "token", "api"])).stdout.trim();
    const server = await startLocalFleetServer({ repo, io: silent, tickMs: 0, inventory: new MemoryFleetInventory() });
    servers.push(server);
    const agents = new Map<string, Agent>(
      IDS.map((id) => [id, { boot: `boot-${id}`, sequence: 0, version: "v0", news: "HEALTHY" }]),
    );
    const agent = (id: string) => agents.get(id)!;

    const send = async (id: string, body: Record<string, unknown>) => {
      const answer = await call(server.url, "PUT", `/ferry/v1/deployments/api/instances/${id}/heartbeat`, {
        token,
        body: JSON.stringify(body),
      });
      expect(answer.status).toBe(200);
      return answer.body;
    };
    /** A new report: the next number of the agent's boot. */
    const report = (id: string, status: string, message?: string) => {
      const a = agent(id);
      a.sequence++;
      const body = {
        version: a.version,
        status,
        ...(message === undefined ? {} : { message }),
        sequence: { boot: a.boot, number: a.sequence },
      };
      return { body, answer: send(id, body) };
    };
    /** Every agent heartbeats once and does what it is told: updating to v2 fails, to anything else succeeds. */
    const failedReports = new Map<string, Record<string, unknown>>();
    const round = async () => {
      for (const id of IDS) {
        const a = agent(id);
        const answer = await report(id, a.news).answer;
        a.news = "UNKNOWN";
        if (answer["updateNeeded"] !== true) continue;
        a.version = String(answer["desiredVersion"]);
        if (a.version === "v2") {
          const sent = report(id, "FAILED", "v2 is broken");
          failedReports.set(id, sent.body);
          await sent.answer;
        } else await report(id, "HEALTHY").answer;
      }
      await server.tick();
    };
    const deploy = (version: string) => localFleetDeploy(server, version);
    const stateOf = async (): Promise<DeploymentState> => {
      const read = (await server.session.store.read(["api"])).deployments.get("api");
      if (read?.kind !== "ok") throw new Error("no state for api");
      return read.state;
    };
    const instances = async () =>
      (
        (await call(server.url, "GET", "/ferry/v1/deployments/api/instances", { token })).body["instances"] as {
          id: string;
          currentVersion: string;
          status: string;
        }[]
      ).map((i) => [i.id, i.currentVersion, i.status]);

    await round();
    await deploy("v1");
    await server.tick();
    for (let i = 0; i < 4 && (await stateOf()).fleet?.state.rollout?.phase !== "completed"; i++) await round();
    expect((await stateOf()).fleet?.state.rollout).toMatchObject({ version: "v1", phase: "completed" });

    // v2 reaches the first batch (api-01, api-02) and fails on both: the threshold of 2 is crossed.
    await deploy("v2");
    await round(); // the new run reaches the fleet at the tick after a heartbeat
    await round(); // both update, fail and report FAILED; the tick fails the stage and the lifecycle rolls back
    expect([...failedReports.keys()]).toEqual(["api-01", "api-02"]);
    await round(); // the rollback rollout reaches both at once and resets them
    expect((await stateOf()).fleet?.state.rollout).toMatchObject({ kind: "rollback", version: "v1", phase: "running" });
    expect(await instances()).toEqual([
      ["api-01", "v2", "UNKNOWN"],
      ["api-02", "v2", "UNKNOWN"],
      ["api-03", "v1", "HEALTHY"],
      ["api-04", "v1", "HEALTHY"],
    ]);

    // api-01's answer to its FAILED report was lost: its agent sends the very same request again.
    const resent = await send("api-01", failedReports.get("api-01")!);
    // Answered like any heartbeat, from the record as the reset left it: go back to v1.
    expect(resent).toEqual({
      desiredVersion: "v1",
      updateNeeded: true,
      status: "UNKNOWN",
      rollout: { version: "v1", phase: "running", batch: 1 },
    });
    await server.tick();
    expect((await instances())[0]).toEqual(["api-01", "v2", "UNKNOWN"]);

    // The agents go back to v1 and the rollback completes.
    await round();
    const state = await stateOf();
    expect(state.fleet?.state.rollout).toMatchObject({ kind: "rollback", version: "v1", phase: "completed" });
    expect(state.run).toMatchObject({ kind: "rollback", version: "v1" });
    expect(Object.values(state.regions)[0]?.state).toBe("completed");
    expect(await instances()).toEqual(IDS.map((id) => [id, "v1", "HEALTHY"]));
  });
});
