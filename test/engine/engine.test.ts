import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/adapters/memory/memory-state-store.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { engineWith, events, specFor } from "../support/engine-fixture.ts";

const stages = ["install", "rollback"];

async function stateOf(store: MemoryStateStore, name: string): Promise<DeploymentState> {
  const read = (await store.read([name])).deployments.get(name);
  if (read?.kind !== "ok") throw new Error(`no state for ${name}: ${JSON.stringify(read)}`);
  return read.state;
}

describe("Engine", () => {
  it("runs the loop: transition, commit, dispatch the stage, report; the dispatch costs no commit", async () => {
    const store = new MemoryStateStore();
    const { engine, runner, reporter } = engineWith(store, [specFor("web", "standard", stages)]);
    const [outcome] = await engine.submit([events.deploy("web", "a".repeat(40))]);
    expect(outcome).toMatchObject({ kind: "applied", deployment: "web" });
    await engine.idle();
    expect(runner.started.map((r) => [r.stage, r.version, r.runId, r.attempt])).toEqual([
      ["install", "a".repeat(40), 1, 1],
    ]);
    let state = await stateOf(store, "web");
    expect(state.regions.main!.state).toBe("installing");
    expect(state.stages.at(-1)).toMatchObject({ stage: "install", status: "dispatching" });
    expect(state.stages.at(-1)).not.toHaveProperty("externalId");
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]!.message).toMatch(/^web: requested → installing \(run 1, aaaaaaa\) \[skip ci\]\n/);
    expect(store.writes[0]!.message).toContain("Ferry-Event: deploy web\nFerry-Delivery: d-");
    expect(store.writes[0]!.message).toContain("Ferry-Actor: alice");
    await engine.submit([events.stage("web", "stage.succeeded", state)]);
    state = await stateOf(store, "web");
    expect(state.regions.main!.state).toBe("running");
    expect(store.writes).toHaveLength(2);
    expect(reporter.latest("web")?.state.regions.main!.state).toBe("running");
  });

  it("asks the runner for the stage's job in the deployment's environment, on the stage's runs-on", async () => {
    const store = new MemoryStateStore();
    const labels = ["self-hosted", "linux"] as const;
    const preview = {
      ...specFor("web-pr-4", "standard", stages),
      environment: "production-pr-4",
      runsOn: { default: labels, stages: { install: "ubuntu-latest" } },
    };
    const api = { ...specFor("api", "standard", stages), runsOn: { default: labels, stages: {} } };
    const { engine, runner } = engineWith(store, [preview, api]);
    await engine.submit([events.deploy("web-pr-4", "a".repeat(40)), events.deploy("api", "b".repeat(40))]);
    await engine.idle();
    expect(runner.started.map((r) => [r.deployment, r.stage, r.environment, r.runsOn])).toEqual([
      ["web-pr-4", "install", "production-pr-4", "ubuntu-latest"],
      ["api", "install", "api", labels],
    ]);
  });

  it("drops a duplicate delivery, changes nothing, and reports the state again", async () => {
    const store = new MemoryStateStore();
    const { engine, reporter } = engineWith(store, [specFor("web", "standard", stages)]);
    const deploy = events.deploy("web", "v1");
    await engine.submit([deploy]);
    await engine.idle();
    const writes = store.writes.length;
    const reports = reporter.batches.length;
    expect(await engine.submit([deploy])).toEqual([{ kind: "duplicate", deployment: "web", eventId: deploy.event.id }]);
    expect(store.writes.length).toBe(writes);
    expect(reporter.batches.length).toBe(reports + 1);
  });

  it("coalesces events that arrive together into one commit and one report per deployment", async () => {
    const store = new MemoryStateStore();
    const names = Array.from({ length: 10 }, (_, i) => `svc-${i}`);
    const { engine, reporter } = engineWith(
      store,
      names.map((n) => specFor(n, "standard", stages)),
      { coalesceMs: 5 },
    );
    const burst = names.flatMap((n) => Array.from({ length: 10 }, (_, v) => events.deploy(n, `v${v}`)));
    const outcomes = await Promise.all(burst.map((e) => engine.submit([e])));
    // The first trigger per deployment starts a run; the other nine coalesce into one queued trigger, the newest.
    expect(outcomes.flat().every((o) => o.kind === "applied")).toBe(true);
    expect(store.writes).toHaveLength(1);
    expect(store.writes[0]!.states).toHaveLength(10);
    expect(reporter.batches[0]!.map((v) => v.deployment).sort()).toEqual([...names].sort());
    for (const n of names) expect((await stateOf(store, n)).queue).toMatchObject([{ version: "v9", coalesced: 8 }]);
    await engine.idle();
    // The ten dispatches record nothing: one commit for the whole burst.
    expect(store.writes).toHaveLength(1);
  });

  it("repairs the surfaces after a crash between commit and report with the redelivered event", async () => {
    const store = new MemoryStateStore();
    const { engine, reporter } = engineWith(store, [specFor("web", "standard", stages)]);
    reporter.failNext = true;
    const deploy = events.deploy("web", "v1");
    const [outcome] = await engine.submit([deploy]);
    expect(outcome!.kind).toBe("applied");
    await engine.idle();
    expect(reporter.latest("web")).toBeUndefined();
    expect(await engine.submit([deploy])).toMatchObject([{ kind: "duplicate" }]);
    expect(reporter.latest("web")?.state.regions.main!.state).toBe("installing");
    expect(store.writes).toHaveLength(1);
  });

  it("refuses a corrupt state file, leaves it untouched, and reports the deployment as blocked", async () => {
    const store = new MemoryStateStore();
    store.plantFile("deployments/web.json", '{"truncated": ');
    const { engine, reporter } = engineWith(store, [specFor("web", "standard", stages)]);
    const [outcome] = await engine.submit([events.deploy("web", "v1")]);
    expect(outcome).toMatchObject({ kind: "blocked", deployment: "web" });
    expect(store.writes).toHaveLength(0);
    expect((await store.read(["web"])).deployments.get("web")).toMatchObject({ kind: "corrupt" });
    expect(reporter.latest("web")?.blocked).toContain("will not overwrite");
  });

  it("redacts secret values and token-like strings before anything is written or reported", async () => {
    const store = new MemoryStateStore();
    const { engine, reporter } = engineWith(store, [specFor("web", "standard", stages, ["s3cr3t-value"])]);
    await engine.submit([events.deploy("web", "v1")]);
    await engine.idle();
    const state = await stateOf(store, "web");
    await engine.submit([
      events.stage(
        "web",
        "stage.failed",
        state,
        "login failed with s3cr3t-value and ghp_abcdefghijklmnopqrstuvwxyz123456",
      ),
    ]);
    const written = JSON.stringify(store.writes.map((w) => w.states));
    expect(written).not.toContain("s3cr3t-value");
    expect(written).not.toContain("ghp_abcdefghijklmnopqrstuvwxyz123456");
    expect((await stateOf(store, "web")).error?.message).toBe("login failed with [redacted] and [redacted]");
    expect(JSON.stringify(reporter.batches)).not.toContain("s3cr3t-value");
  });

  it("answers unknown deployments without writing", async () => {
    const store = new MemoryStateStore();
    const { engine } = engineWith(store, []);
    expect(await engine.submit([events.deploy("ghost", "v1")])).toMatchObject([
      { kind: "unknown-deployment", deployment: "ghost" },
    ]);
    expect(store.writes).toHaveLength(0);
  });

  it("fires due timers from the state files: a stage past its deadline times out and is cancelled", async () => {
    const store = new MemoryStateStore();
    const { engine, clock, runner } = engineWith(store, [specFor("web", "standard", stages)]);
    await engine.submit([events.deploy("web", "v1")]);
    await engine.idle();
    expect(await engine.fireDueTimers(clock.now())).toEqual([]);
    clock.advance(3600);
    const outcomes = await engine.fireDueTimers(clock.now());
    expect(outcomes).toMatchObject([{ kind: "applied", deployment: "web" }]);
    const state = await stateOf(store, "web");
    expect(state.regions.main!.state).toBe("failed");
    expect(state.error).toMatchObject({ step: "install" });
    // The dispatch recorded no runner id: the runner finds the stage's job from the stage itself.
    expect(runner.cancelled).toMatchObject([{ stage: "install", runId: 1, attempt: 1 }]);
    expect(runner.cancelled[0]).not.toHaveProperty("externalId");
    expect(await engine.fireDueTimers(clock.now())).toEqual([]);
  });

  it("turns a failed dispatch into a stage failure with the runner's message", async () => {
    const store = new MemoryStateStore();
    const { engine, runner } = engineWith(store, [specFor("web", "standard", stages)]);
    runner.nextStart = { ok: false, message: "workflow .github/workflows/ferry-stage.yml not found" };
    await engine.submit([events.deploy("web", "v1")]);
    await engine.idle();
    const state = await stateOf(store, "web");
    expect(state.regions.main!.state).toBe("failed");
    expect(state.error?.message).toContain("ferry-stage.yml not found");
  });
});
