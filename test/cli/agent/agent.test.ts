import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { EventEmitter } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { MemoryFleetInventory } from "../../../src/adapters/memory/memory-fleet-inventory.ts";
import type { AgentAction } from "../../../src/cli/agent/agent-decision.ts";
import { runAgent, type AgentExit } from "../../../src/cli/agent/run-agent.ts";
import { startLocalFleetServer, type LocalFleetServer } from "../../../src/cli/local/local-fleet.ts";
import { call, FLEET_MANIFEST } from "../../support/fleet-http.ts";
import { runFerryInProcess } from "../../support/run-ferry-in-process.ts";
import { tempRepo } from "../../support/temp-repo.ts";
import { localFleetDeploy } from "../../support/local-fleet-deploy.ts";

const silent = { out: () => {}, err: () => {}, terminal: false };
const IDS = ["api-01", "api-02", "api-03"];

/** Each instance's update command appends what it was asked to deploy to its own file; v2 is broken. */
const UPDATE = `echo "$FERRY_VERSION $FERRY_DEPLOYMENT $FERRY_INSTANCE" >> "$OUT/$FERRY_INSTANCE"
if [ "$FERRY_VERSION" = v2 ]; then echo "v2 is broken" >&2; exit 3; fi
echo "deployed $FERRY_VERSION"`;

describe("ferry agent against `ferry serve --local`", () => {
  const stops: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  async function fleet() {
    const repo = await tempRepo({ ".ferry/deployments/api.yml": FLEET_MANIFEST });
    const token = (await runFerryInProcess(["--repo", repo, "fleet", "token", "api"])).stdout.trim();
    // The server ticks by itself, as `ferry serve --local` does, only faster.
    const server = await startLocalFleetServer({ repo, io: silent, tickMs: 20, inventory: new MemoryFleetInventory() });
    stops.push(() => server.close());
    return { repo, token, server };
  }

  /** Every agent's decisions and log lines; `until` re-checks a condition each time an agent acts. */
  const acted = new EventEmitter().setMaxListeners(50);
  const logs = new Map<string, string[]>();
  const until = <T>(check: () => Promise<T | undefined>): Promise<T> =>
    new Promise((resolve, reject) => {
      let busy = false;
      const look = () => {
        if (busy) return;
        busy = true;
        check().then(
          (value) => {
            busy = false;
            if (value === undefined) return;
            acted.off("action", look);
            resolve(value);
          },
          (error: unknown) => {
            acted.off("action", look);
            reject(error as Error);
          },
        );
      };
      acted.on("action", look);
      look();
    });

  function startAgents(
    server: LocalFleetServer,
    token: string,
    out: string,
    fetchOf: (instance: string) => typeof fetch = () => fetch,
  ): Promise<AgentExit>[] {
    const controller = new AbortController();
    const runs = IDS.map((instance) => {
      logs.set(instance, []);
      return runAgent({
        server: server.url,
        token,
        deployment: "api",
        instance,
        update: `OUT=${out}\n${UPDATE}`,
        intervalMs: 30,
        version: "v0",
        signal: controller.signal,
        log: (line) => logs.get(instance)?.push(line),
        onAction: (action: AgentAction) => acted.emit("action", instance, action),
        fetch: fetchOf(instance),
      });
    });
    stops.push(async () => {
      controller.abort();
      await Promise.all(runs);
    });
    return runs;
  }

  const deploy = localFleetDeploy;
  const listing = async (server: LocalFleetServer, token: string) =>
    (await call(server.url, "GET", "/ferry/v1/deployments/api/instances", { token })).body as {
      rollout: { version: string; phase: string } | null;
      instances: { id: string; currentVersion: string; status: string; message?: string }[];
    };
  const fleetCommits = async (repo: string) =>
    (await runGit(repo, ["log", "--format=%s", "ferry/state"], { check: false })).stdout
      .trim()
      .split("\n")
      .filter((s) => s.includes("fleet"))
      .reverse();

  it("rolls v1 out through the agents' update command, then a failing v2 is reported FAILED and rolled back", async () => {
    const { repo, token, server } = await fleet();
    const out = mkdtempSync(join(tmpdir(), "ferry-agent-"));
    const runs = startAgents(server, token, out);
    await until(async () => ((await listing(server, token)).instances.length === 3 ? true : undefined));

    await deploy(server, "v1");
    const v1 = await until(async () => {
      const now = await listing(server, token);
      return now.rollout?.version === "v1" && now.rollout.phase === "completed" ? now : undefined;
    });
    expect(v1.instances.map((i) => [i.id, i.currentVersion, i.status])).toEqual(IDS.map((id) => [id, "v1", "HEALTHY"]));
    for (const id of IDS) {
      expect(readFileSync(join(out, id), "utf8")).toBe(`v1 api ${id}\n`);
      expect(logs.get(id)).toEqual(expect.arrayContaining(["updating to v1", "  deployed v1", "updated to v1"]));
    }

    await deploy(server, "v2");
    // Batch 1 (api-01, api-02) fails: two failures reach the threshold, the lifecycle rolls back to v1,
    // and the rollback asks both to update back, which they do with the same command.
    // Waits for the rollback's end: the second completed rollout of v1 on the state branch.
    const commits = await until(async () => {
      const now = await fleetCommits(repo);
      return now.filter((c) => c.startsWith("api: fleet rollout of v1 completed")).length === 2 ? now : undefined;
    });
    expect(commits).toEqual([
      "api: fleet rollout of v1 started (run 1) [skip ci]",
      "api: fleet batch 2 of v1 started (1 instances) [skip ci]",
      "api: fleet rollout of v1 completed [skip ci]",
      "api: fleet rollout of v2 started (run 2) [skip ci]",
      "api: fleet rollout of v2 failed: 2 failed, threshold 2 [skip ci]",
      "api: fleet rollback of v1 started (run 3) [skip ci]",
      "api: fleet rollout of v1 completed [skip ci]",
    ]);
    // What ferry recorded when it failed: both FAILED, with the update command's last line.
    const failedAt = (
      await runGit(repo, ["log", "--format=%H", "--grep=fleet rollout of v2 failed", "ferry/state"])
    ).stdout.trim();
    const report = (await runGit(repo, ["show", `${failedAt}:reports/api.md`])).stdout;
    expect(report).toMatch(/\| `api-01` \| FAILED \| v2 is broken \|/);
    expect(report).toMatch(/\| `api-02` \| FAILED \| v2 is broken \|/);
    for (const id of ["api-01", "api-02"]) {
      expect(readFileSync(join(out, id), "utf8")).toBe(`v1 api ${id}\nv2 api ${id}\nv1 api ${id}\n`);
      expect(logs.get(id)).toContain("update to v2 failed: v2 is broken");
    }
    // The rollout never reached api-03.
    expect(readFileSync(join(out, "api-03"), "utf8")).toBe("v1 api api-03\n");
    const after = await listing(server, token);
    expect(after.instances.map((i) => [i.id, i.currentVersion, i.status])).toEqual(
      IDS.map((id) => [id, "v1", "HEALTHY"]),
    );

    await stops.pop()?.();
    expect(await Promise.all(runs)).toEqual(IDS.map(() => ({ kind: "stopped" })));
  });

  it("resends a FAILED report whose answer was lost, and the rollback's reset of it sticks", async () => {
    const { repo, token, server } = await fleet();
    const out = mkdtempSync(join(tmpdir(), "ferry-agent-"));
    const failedReports: string[] = [];
    let answered: (answer: unknown) => void = () => {};
    const resentAnswer = new Promise<unknown>((resolve) => (answered = resolve));
    // api-01's network: its first FAILED report reaches ferry but the answer is lost on the way back;
    // the resend is held until the rollback has reset api-01, the moment the bug needed.
    const lossy: typeof fetch = async (input, init) => {
      const body = String(init?.body);
      if (!body.includes('"FAILED"')) return fetch(input, init);
      failedReports.push(body);
      if (failedReports.length === 1) {
        await fetch(input, init);
        throw new TypeError("fetch failed", { cause: { code: "ECONNRESET" } });
      }
      await until(async () =>
        (await listing(server, token)).instances.find((i) => i.id === "api-01")?.status === "UNKNOWN"
          ? true
          : undefined,
      );
      const response = await fetch(input, init);
      answered(await response.clone().json());
      return response;
    };
    const runs = startAgents(server, token, out, (id) => (id === "api-01" ? lossy : fetch));
    await until(async () => ((await listing(server, token)).instances.length === 3 ? true : undefined));
    await deploy(server, "v1");
    await until(async () => ((await listing(server, token)).rollout?.phase === "completed" ? true : undefined));

    await deploy(server, "v2");
    // ferry answers the resend from the reset record: go back to v1 (before the fix it made api-01 FAILED again).
    expect(await resentAnswer).toMatchObject({ desiredVersion: "v1", updateNeeded: true, status: "UNKNOWN" });
    await until(async () => {
      const now = await fleetCommits(repo);
      return now.filter((c) => c.startsWith("api: fleet rollout of v1 completed")).length === 2 ? now : undefined;
    });
    // The resend was the same request, sequence included.
    expect(failedReports).toHaveLength(2);
    expect(failedReports[1]).toBe(failedReports[0]);
    expect(JSON.parse(failedReports[0]!)).toMatchObject({
      version: "v2",
      status: "FAILED",
      sequence: { boot: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/) as string, number: expect.any(Number) as number },
    });
    expect(readFileSync(join(out, "api-01"), "utf8")).toBe("v1 api api-01\nv2 api api-01\nv1 api api-01\n");
    expect((await listing(server, token)).instances.map((i) => [i.id, i.currentVersion, i.status])).toEqual(
      IDS.map((id) => [id, "v1", "HEALTHY"]),
    );
    await stops.pop()?.();
    expect(await Promise.all(runs)).toEqual(IDS.map(() => ({ kind: "stopped" })));
  });

  it("exits 2 with a clear message when the server refuses the token", async () => {
    const { server } = await fleet();
    const run = await runFerryInProcess([
      "agent",
      "--server",
      server.url,
      "--token",
      "ferry_fleet_v1.bad.token",
      "--deployment",
      "api",
      "--instance",
      "api-01",
      "--",
      "true",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the server refused the token (401)");
  });

  it("runs as a process (bin/ferry.js): registers, and exits 0 on SIGTERM", async () => {
    const { token, server } = await fleet();
    const bin = new URL("../../../bin/ferry.js", import.meta.url).pathname;
    const child = spawn(
      process.execPath,
      [
        bin,
        "agent",
        "--server",
        server.url,
        "--deployment",
        "api",
        "--instance",
        "api-07",
        "--interval",
        "1",
        "--",
        "true",
      ],
      { env: { ...process.env, FERRY_FLEET_TOKEN: token }, stdio: ["ignore", "pipe", "pipe"] },
    );
    let stdout = "";
    child.stdout.on("data", (c: Buffer) => (stdout += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    // Its registration is the event to wait on: the line it prints once the server answered.
    await new Promise<void>((resolve) => {
      const look = () => {
        if (!stdout.includes("api/api-07: registered with")) return;
        child.stdout.off("data", look);
        resolve();
      };
      child.stdout.on("data", look);
    });
    expect((await listing(server, token)).instances.map((i) => i.id)).toContain("api-07");
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(stdout).toContain("api/api-07: stopped");
  });

  it("has help with examples", async () => {
    const help = await runFerryInProcess(["agent", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toContain("--health <command>");
  });

  it("backs off while the server is away, and stops on its signal", async () => {
    const { token, server } = await fleet();
    const url = server.url;
    await stops.pop()?.(); // the server is gone: its port refuses connections
    const controller = new AbortController();
    const actions: AgentAction[] = [];
    const exit = await runAgent({
      server: url,
      token,
      deployment: "api",
      instance: "api-01",
      update: "true",
      intervalMs: 30,
      signal: controller.signal,
      log: () => {},
      random: () => 0,
      onAction: (action) => {
        actions.push(action);
        if (actions.length === 3) controller.abort();
      },
    });
    expect(exit).toEqual({ kind: "stopped" });
    // 500 ms, 1 s, 2 s: exponential, with the jitter at its floor; the third wait is cut short by the stop.
    expect(actions).toEqual([
      { kind: "retry", ms: 500 },
      { kind: "retry", ms: 1000 },
      { kind: "retry", ms: 2000 },
    ]);
  });
});
