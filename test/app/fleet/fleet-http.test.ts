import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fleetToken } from "../../../src/app/fleet/fleet-token.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { startLocalFleetServer, type LocalFleetServer } from "../../../src/cli/local/local-fleet.ts";
import { MemoryFleetInventory } from "../../../src/adapters/memory/memory-fleet-inventory.ts";
import { runFerryInProcess } from "../../support/run-ferry-in-process.ts";
import { call, FLEET_MANIFEST } from "../../support/fleet-http.ts";
import { tempRepo } from "../../support/temp-repo.ts";

const silent = { out: () => {}, err: () => {}, terminal: false };

describe("the fleet API, served by `ferry serve --local` through a real HTTP server", () => {
  let repo: string;
  let server: LocalFleetServer;
  let token: string;
  const inventory = new MemoryFleetInventory();

  beforeAll(async () => {
    repo = await tempRepo({
      ".ferry/deployments/api.yml": FLEET_MANIFEST,
      ".ferry/deployments/web.yml": "lifecycle: rolling\nstrategy:\n  fleet: true\n",
    });
    server = await startLocalFleetServer({ repo, io: silent, tickMs: 0, inventory });
    const printed = await runFerryInProcess(["--repo", repo, "fleet", "token", "api"]);
    expect(printed).toMatchObject({ code: 0, stderr: "" });
    token = printed.stdout.trim();
  });
  afterAll(async () => {
    await server?.close();
  });

  /** `auth` null sends no Authorization header at all. */
  const heartbeat = (id: string, body: unknown, auth: string | null = token) =>
    call(server.url, "PUT", `/ferry/v1/deployments/api/instances/${id}/heartbeat`, {
      ...(auth === null ? {} : { token: auth }),
      body: JSON.stringify(body),
    });
  const listing = async () => (await call(server.url, "GET", "/ferry/v1/deployments/api/instances", { token })).body;

  it("prints a token scoped to the deployment, signed with a key kept under .git/ferry/", async () => {
    expect(token).toMatch(/^ferry_fleet_v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const scope = Buffer.from(token.split(".")[1]!, "base64url").toString();
    expect(scope).toBe("local/api/1");
    const key = await runGit(repo, ["rev-parse", "--path-format=absolute", "--git-common-dir"]);
    const mode = (await import("node:fs")).statSync(`${key.stdout.trim()}/ferry/fleet-secret`).mode & 0o777;
    expect(mode).toBe(0o600);
    // The same key signs the same token: printing it again changes nothing.
    expect((await runFerryInProcess(["--repo", repo, "fleet", "token", "api"])).stdout.trim()).toBe(token);
  });

  it("registers an instance and answers its heartbeat", async () => {
    const registered = await call(server.url, "POST", "/ferry/v1/deployments/api/instances/api-01", {
      token,
      body: JSON.stringify({ version: "v0" }),
    });
    expect(registered).toEqual({
      status: 201,
      body: { desiredVersion: "v0", updateNeeded: false, status: "UNKNOWN", rollout: null },
    });
    expect(await heartbeat("api-01", { version: "v0", status: "HEALTHY" })).toEqual({
      status: 200,
      body: { desiredVersion: "v0", updateNeeded: false, status: "HEALTHY", rollout: null },
    });
    expect(await listing()).toMatchObject({
      deployment: "api",
      rollout: null,
      counts: { total: 1, byStatus: { HEALTHY: 1 } },
      instances: [{ id: "api-01", currentVersion: "v0", status: "HEALTHY", update: "not-needed" }],
    });
  });

  it("answers 401 to a missing, altered, foreign or other-deployment token, and changes nothing", async () => {
    const before = await listing();
    const [prefix, scope, mac] = token.split(".") as [string, string, string];
    const flipped = `${prefix}.${scope}.${mac.startsWith("A") ? "B" : "A"}${mac.slice(1)}`;
    const otherScope = `${prefix}.${Buffer.from("local/web/1").toString("base64url")}.${mac}`;
    const web = (await runFerryInProcess(["--repo", repo, "fleet", "token", "web"])).stdout.trim();
    const foreignKey = fleetToken(Buffer.alloc(32, 7), { repository: "local", deployment: "api", generation: 1 });
    const nextGeneration = fleetToken(Buffer.alloc(32, 7), { repository: "local", deployment: "api", generation: 2 });
    for (const bad of [null, "", "nonsense", flipped, otherScope, web, foreignKey, nextGeneration]) {
      const answer = await heartbeat("api-02", { version: "v9", status: "FAILED" }, bad);
      expect({ bad, answer }).toEqual({ bad, answer: { status: 401, body: { error: "unauthorized" } } });
    }
    expect(await call(server.url, "GET", "/ferry/v1/deployments/api/instances", { token: web })).toMatchObject({
      status: 401,
    });
    expect(await listing()).toEqual(before);
  });

  it("refuses a body over 4 KiB with 413 before parsing it, declared or streamed", async () => {
    const big = JSON.stringify({ version: "v1", status: "HEALTHY", message: "x".repeat(5000) });
    expect(await heartbeat("api-01", JSON.parse(big))).toEqual({
      status: 413,
      body: { error: "body-too-large", limit: 4096 },
    });
    // Not JSON at all, and no length declared: still 413, not a parse error.
    const streamed = await call(server.url, "PUT", "/ferry/v1/deployments/api/instances/api-01/heartbeat", {
      token,
      chunks: ["{", "y".repeat(3000), "z".repeat(3000)],
    });
    expect(streamed).toEqual({ status: 413, body: { error: "body-too-large", limit: 4096 } });
    expect((await listing()).instances).toMatchObject([{ id: "api-01", currentVersion: "v0", message: null }]);
  });

  it("validates bodies against the schema, with the path of each problem", async () => {
    expect(await heartbeat("api-01", { status: "OK", extra: 1 })).toEqual({
      status: 400,
      body: {
        error: "invalid-body",
        problems: [
          { path: "", message: 'missing required key "version"' },
          { path: "/extra", message: 'unknown key "extra"' },
          { path: "/status", message: 'must be one of "UNKNOWN", "HEALTHY", "DEGRADED", "FAILED"' },
        ],
      },
    });
    const notJson = await call(server.url, "PUT", "/ferry/v1/deployments/api/instances/api-01/heartbeat", {
      token,
      body: "{version:",
    });
    expect(notJson).toEqual({ status: 400, body: { error: "not-json" } });
  });

  it("routes only what it serves: bad ids, unknown paths and wrong methods", async () => {
    const bad = await call(server.url, "POST", "/ferry/v1/deployments/api/instances/-dash", { token, body: "{}" });
    expect(bad.status).toBe(404);
    expect((await call(server.url, "DELETE", "/ferry/v1/deployments/api/instances/api-01", { token })).status).toBe(
      405,
    );
    expect((await call(server.url, "GET", "/ferry/v2/anything", { token })).status).toBe(404);
  });
});
