import { describe, expect, it } from "vitest";
import { MemoryStateStore } from "../../src/adapters/memory/memory-state-store.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { promotionTriggers } from "../../src/engine/promotion-triggers.ts";
import { engineWith, events, specFor } from "../support/engine-fixture.ts";

const stages = ["install", "rollback"];
const V1 = "1".repeat(40);
const V2 = "2".repeat(40);

async function stateOf(store: MemoryStateStore, name: string): Promise<DeploymentState> {
  const read = (await store.read([name])).deployments.get(name);
  if (read?.kind !== "ok") throw new Error(`no state for ${name}: ${JSON.stringify(read)}`);
  return read.state;
}

/** staging (standard) and production, which deploys only what reached `running` on staging. */
function world() {
  const store = new MemoryStateStore();
  const production = { ...specFor("production", "standard", stages), promotion: { from: "staging", state: "running" } };
  const fixture = engineWith(store, [specFor("staging", "standard", stages), production]);
  return { store, ...fixture };
}

describe("Engine: promotion between deployments", () => {
  it("refuses a version staging has not run, then deploys it to production once staging runs it", async () => {
    const { store, engine, runner } = world();
    // A merge triggers both: staging starts, production refuses.
    const outcomes = await engine.submit([events.deploy("staging", V1), events.deploy("production", V1)]);
    expect(outcomes.map((o) => [o.deployment, o.kind])).toEqual([
      ["staging", "applied"],
      ["production", "refused"],
    ]);
    expect(outcomes[1]).toMatchObject({
      reason: "not-promoted",
      detail:
        "1111111 has not reached running in staging (staging runs 1111111 in installing); it deploys here once it has",
    });
    await engine.idle();
    expect((await store.read(["production"])).deployments.get("production")).toEqual({ kind: "absent" });

    // staging reaches running: the engine sends production the version, cause `promotion`.
    await engine.submit([events.stage("staging", "stage.succeeded", await stateOf(store, "staging"))]);
    await engine.idle();
    const production = await stateOf(store, "production");
    expect(production.regions["main"]?.state).toBe("installing");
    expect(production.run).toMatchObject({ version: V1, cause: "promotion", actor: "alice" });
    expect(production.processed).toContain("promotion:staging:1");
    expect(runner.started.map((r) => [r.deployment, r.stage, r.version])).toEqual([
      ["staging", "install", V1],
      ["production", "install", V1],
    ]);
    // The promotion's commit is the last: production's dispatch records nothing.
    expect(store.writes.at(-1)?.message).toContain("Ferry-Event: deploy production");
  });

  it("a version staging runs deploys at once; a rollback on staging promotes nothing", async () => {
    const { store, engine } = world();
    await engine.submit([events.deploy("staging", V1)]);
    await engine.submit([events.stage("staging", "stage.succeeded", await stateOf(store, "staging"))]);
    await engine.idle();
    // Promoted already: the follow-up deployed it; an explicit trigger of V1 would now be a redeploy.
    expect((await stateOf(store, "production")).run).toMatchObject({ version: V1, cause: "promotion" });
    await engine.submit([events.stage("production", "stage.succeeded", await stateOf(store, "production"))]);
    // V2 fails on staging and staging rolls back to V1: production is not sent anything.
    await engine.submit([events.deploy("staging", V2)]);
    await engine.submit([events.stage("staging", "stage.failed", await stateOf(store, "staging"))]);
    await engine.submit([events.stage("staging", "stage.succeeded", await stateOf(store, "staging"))]);
    await engine.idle();
    expect((await stateOf(store, "staging")).run).toMatchObject({ kind: "rollback", version: V1 });
    const production = await stateOf(store, "production");
    expect(production.run).toMatchObject({ id: 1, version: V1 });
    expect(production.regions["main"]?.state).toBe("running");
    const [refused] = await engine.submit([events.deploy("production", V2, { cause: "label" })]);
    expect(refused).toMatchObject({ kind: "refused", reason: "not-promoted" });
  });

  it("promotionTriggers: only a newly promoted version of a deploy run, with an id per source run", async () => {
    const { store, engine } = world();
    await engine.submit([events.deploy("staging", V1)]);
    const installing = await stateOf(store, "staging");
    await engine.submit([events.stage("staging", "stage.succeeded", installing)]);
    const running = await stateOf(store, "staging");
    const promoters = [{ deployment: "production", promotion: { from: "staging", state: "running" } }];
    expect(promotionTriggers("staging", installing, running, promoters)).toEqual([
      {
        deployment: "production",
        event: {
          type: "deploy",
          id: "promotion:staging:1",
          at: running.updatedAt,
          actor: "alice",
          cause: "promotion",
          version: V1,
        },
      },
    ]);
    expect(promotionTriggers("staging", running, running, promoters)).toEqual([]);
    expect(promotionTriggers("staging", undefined, installing, promoters)).toEqual([]);
    expect(promotionTriggers("staging", installing, running, [])).toEqual([]);
  });
});
