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

  it("keeps each instance's last report sequence, so a resend to the other replica changes nothing", async () => {
    const [a, b] = replicas as [LocalFleetServer, LocalFleetServer];
    const report = (replica: LocalFleetServer, status: string, number: number) =>
      call(replica.url, "PUT", "/ferry/v1/deployments/api/instances/api-05/heartbeat", {
        token,
        body: JSON.stringify({ version: "v0", status, sequence: { boot: "boot-api-05", number } }),
      });
    expect((await report(a, "FAILED", 3)).body).toMatchObject({ status: "FAILED" });
    // As a rollback's reset would: the record, key included, read back from Redis and written again as UNKNOWN.
    const store = new RedisFleetInventory(new Redis(redis.url));
    const scope = { repository: "local", deployment: "api" };
    const stored = await store.get(scope, "api-05");
    expect(stored).toMatchObject({ status: "FAILED", lastReport: { boot: "boot-api-05", number: 3 } });
    await store.put(scope, [{ ...stored!, status: "UNKNOWN" }]);
    // The resend reaches the other replica: answered, and nothing changes.
    expect((await report(b, "FAILED", 3)).body).toMatchObject({ status: "UNKNOWN" });
    expect(await store.get(scope, "api-05")).toEqual({ ...stored, status: "UNKNOWN" });
    // The agent's next report applies, wherever it lands.
    expect((await report(b, "HEALTHY", 4)).body).toMatchObject({ status: "HEALTHY" });
    expect((await store.get(scope, "api-05"))?.lastReport).toEqual({ boot: "boot-api-05", number: 4 });
    await store.close();
  });

  it("drops a record whose report sequence is not one ferry wrote", async () => {
    const redisClient = new Redis(redis.url);
    const store = new RedisFleetInventory(redisClient);
    const scope = { repository: "local", deployment: "bounds" };
    const record = {
      id: "x-1",
      currentVersion: "v1",
      status: "HEALTHY",
      message: null,
      lastSeen: new Date().toISOString(),
    };
    const key = "ferry:fleet:local:bounds";
    const bad = [
      { boot: "short", number: 1 },
      { boot: "boot-x-1", number: 0 },
      { boot: "boot-x-1", number: 1.5 },
      { boot: "boot-x-1" },
      "boot-x-1",
    ];
    for (const lastReport of bad) {
      await redisClient.hset(key, "x-1", JSON.stringify({ ...record, lastReport }));
      expect({ lastReport, read: await store.get(scope, "x-1") }).toEqual({ lastReport, read: undefined });
    }
    await redisClient.hset(key, "x-1", JSON.stringify({ ...record, lastReport: { boot: "boot-x-1", number: 2 } }));
    expect(await store.get(scope, "x-1")).toEqual({ ...record, lastReport: { boot: "boot-x-1", number: 2 } });
    await redisClient.hset(key, "x-1", JSON.stringify(record));
    expect(await store.get(scope, "x-1")).toEqual(record);
    await store.close();
  });
});
