import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RedisFleetInventory } from "../../../src/adapters/redis/redis-fleet-inventory.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { startLocalFleetServer, type LocalFleetServer } from "../../../src/cli/local/local-fleet.ts";
import { call, FLEET_MANIFEST } from "../../support/fleet-http.ts";
import { runFerryInProcess } from "../../support/run-ferry-in-process.ts";
import { tempRepo } from "../../support/temp-repo.ts";

const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;
const title = hasRedis
  ? "two replicas share one inventory through a real redis-server"
  : "SKIPPED: redis-server is not on PATH (CI installs Debian's redis-server in .ci/run; locally: apt-get install redis-server)";

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A throwaway redis-server on loopback: no persistence, gone with the test. */
async function startRedis(): Promise<{ url: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  await new Promise<void>((resolve, reject) => {
    let output = "";
    child.stdout?.on("data", (d: Buffer) => {
      output += d.toString();
      if (output.includes("Ready to accept connections")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`redis-server exited with ${String(code)}: ${output}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

const silent = { out: () => {}, err: () => {}, terminal: false };

describe.skipIf(!hasRedis)(title, () => {
  let redis: { url: string; stop: () => Promise<void> };
  let repo: string;
  let token: string;
  const replicas: LocalFleetServer[] = [];

  beforeAll(async () => {
    redis = await startRedis();
    repo = await tempRepo({ ".ferry/deployments/api.yml": FLEET_MANIFEST });
    token = (await runFerryInProcess(["--repo", repo, "fleet", "token", "api"])).stdout.trim();
    for (let i = 0; i < 2; i++) {
      const inventory = new RedisFleetInventory(new Redis(redis.url));
      replicas.push(await startLocalFleetServer({ repo, io: silent, tickMs: 0, inventory }));
    }
  });
  afterAll(async () => {
    await Promise.all(replicas.map((r) => r.close()));
    await redis?.stop();
  });

  const beat = (replica: LocalFleetServer, id: string, version: string, status: string) =>
    call(replica.url, "PUT", `/ferry/v1/deployments/api/instances/${id}/heartbeat`, {
      token,
      body: JSON.stringify({ version, status }),
    });

  it("an instance heard by one replica is in the other's inventory, and both decide one commit", async () => {
    const [a, b] = replicas as [LocalFleetServer, LocalFleetServer];
    expect((await beat(a, "api-01", "v0", "HEALTHY")).status).toBe(200);
    expect((await beat(b, "api-02", "v0", "HEALTHY")).status).toBe(200);
    const listed = await call(b.url, "GET", "/ferry/v1/deployments/api/instances", { token });
    expect((listed.body["instances"] as { id: string }[]).map((i) => i.id)).toEqual(["api-01", "api-02"]);

    await a.session.engine.submit([
      {
        deployment: "api",
        event: { type: "deploy", id: "test:v1", at: new Date().toISOString(), actor: "t", cause: "cli", version: "v1" },
      },
    ]);
    await beat(a, "api-01", "v0", "UNKNOWN");
    await beat(b, "api-02", "v0", "UNKNOWN");
    // Both replicas tick at once: compare-and-swap lets one write the start, the other finds it done.
    await Promise.all([a.tick(), b.tick()]);
    const started = (await runGit(repo, ["log", "--format=%s", "ferry/state"])).stdout
      .split("\n")
      .filter((s) => s.includes("fleet"));
    expect(started).toEqual(["api: fleet rollout of v1 started (run 1) [skip ci]"]);
    // Each replica answers from the same record: both instances of the first batch are told to update.
    await Promise.all([a.tick(), b.tick()]);
    expect((await beat(b, "api-01", "v0", "UNKNOWN")).body).toMatchObject({ desiredVersion: "v1", updateNeeded: true });
    expect((await beat(a, "api-02", "v0", "UNKNOWN")).body).toMatchObject({ desiredVersion: "v1", updateNeeded: true });
  });
});
