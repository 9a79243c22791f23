import { afterEach, describe, expect, it } from "vitest";
import { MemoryFleetInventory } from "../../src/adapters/memory/memory-fleet-inventory.ts";
import { startLocalFleetServer } from "../../src/cli/local/local-fleet.ts";
import { runCli } from "../../src/cli/run-cli.ts";
import { call, FLEET_MANIFEST } from "../support/fleet-http.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { tempRepo } from "../support/temp-repo.ts";

const silent = { out: () => {}, err: () => {}, terminal: false };

describe("ferry fleet status", () => {
  const stops: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  /** `ferry serve --local` over a fleet repository, with three instances heard from. */
  async function fleet() {
    const repo = await tempRepo({ ".ferry/deployments/api.yml": FLEET_MANIFEST });
    const server = await startLocalFleetServer({ repo, io: silent, tickMs: 0, inventory: new MemoryFleetInventory() });
    stops.push(() => server.close());
    const token = (await runFerryInProcess(["--repo", repo, "fleet", "token", "api"])).stdout.trim();
    const report = (id: string, body: object) =>
      call(server.url, "POST", `/ferry/v1/deployments/api/instances/${id}`, { token, body: JSON.stringify(body) });
    expect((await report("api-02", { version: "v1", status: "HEALTHY" })).status).toBe(201);
    expect((await report("api-01", { version: "v1", status: "DEGRADED", message: "slow disk" })).status).toBe(201);
    expect((await report("api-03", { version: "v0", status: "FAILED", message: "exit 3" })).status).toBe(201);
    return { repo, server, token };
  }

  it("prints the inventory as a table, in batch order, with the counts (the local token by default)", async () => {
    const { repo, server } = await fleet();
    const run = await runFerryInProcess(["--repo", repo, "fleet", "status", "api", "--server", server.url]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^INSTANCE +STATUS +CURRENT +DESIRED +UPDATE +LAST HEARD +MESSAGE$/);
    expect(lines.slice(2, 5)).toEqual([
      expect.stringMatching(/^api-01 +DEGRADED +v1 +v1 +not-needed +(just now|\d+s ago) +slow disk$/),
      expect.stringMatching(/^api-02 +HEALTHY +v1 +v1 +not-needed +(just now|\d+s ago)$/),
      expect.stringMatching(/^api-03 +FAILED +v0 +v0 +not-needed +(just now|\d+s ago) +exit 3$/),
    ]);
    expect(run.stdout).toContain("3 instances: 1 HEALTHY, 1 DEGRADED, 1 FAILED");
    expect(run.stdout).toContain("update: 3 not-needed");
    expect(run.stdout).toContain("no rollout yet");
  });

  it("on a terminal the table fits its width, cutting MESSAGE with …; a pipe gets the whole message", async () => {
    const { repo, server, token } = await fleet();
    const long = "the health check timed out after 30 seconds waiting for the service to answer on port 8080";
    const body = JSON.stringify({ version: "v1", status: "DEGRADED", message: long });
    expect((await call(server.url, "POST", "/ferry/v1/deployments/api/instances/api-04", { token, body })).status).toBe(
      201,
    );
    let out = "";
    const terminal = { out: (t: string) => (out += `${t}\n`), err: () => {}, terminal: true, columns: 90 };
    expect(await runCli(["--repo", repo, "fleet", "status", "api", "--server", server.url], terminal)).toBe(0);
    const table = out.split("\n\n")[0]?.split("\n") ?? [];
    expect(table.find((line) => line.startsWith("api-04"))).toMatch(/ the health check.*…$/);
    for (const line of table) expect(line.length, line).toBeLessThanOrEqual(90);
    const piped = await runFerryInProcess(["--repo", repo, "fleet", "status", "api", "--server", server.url]);
    expect(piped.stdout).toContain(long);
  });

  it("--json gives stable fields for every instance", async () => {
    const { repo, server, token } = await fleet();
    const run = await runFerryInProcess([
      "--repo",
      repo,
      "fleet",
      "status",
      "api",
      "--server",
      server.url,
      "--token",
      token,
      "--json",
    ]);
    expect(run.code).toBe(0);
    const listing = JSON.parse(run.stdout) as Record<string, unknown> & { instances: Record<string, unknown>[] };
    expect(Object.keys(listing)).toEqual(["server", "deployment", "rollout", "counts", "instances"]);
    expect(listing).toMatchObject({
      server: server.url,
      deployment: "api",
      rollout: null,
      counts: { total: 3, byStatus: { HEALTHY: 1, DEGRADED: 1, FAILED: 1, UNKNOWN: 0 } },
    });
    expect(listing.instances.map((i) => Object.keys(i))).toEqual(
      listing.instances.map(() => [
        "id",
        "status",
        "currentVersion",
        "desiredVersion",
        "update",
        "lastSeen",
        "message",
      ]),
    );
    expect(listing.instances[1]).toEqual({
      id: "api-02",
      status: "HEALTHY",
      currentVersion: "v1",
      desiredVersion: "v1",
      update: "not-needed",
      lastSeen: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      message: null,
    });
  });

  it("says clearly when no server answers, or the token is refused", async () => {
    const { repo, server } = await fleet();
    const url = server.url;
    const refused = await runFerryInProcess([
      "--repo",
      repo,
      "fleet",
      "status",
      "api",
      "--server",
      url,
      "--token",
      "ferry_fleet_v1.x.y",
    ]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("refused the token for api (401)");
    await stops.pop()?.();
    const away = await runFerryInProcess(["--repo", repo, "fleet", "status", "api", "--server", url]);
    expect(away.code).toBe(1);
    expect(away.stderr).toContain(`no fleet server answered at ${url}`);
    expect(away.stderr).toContain("start `ferry serve --local`");
  });
});
