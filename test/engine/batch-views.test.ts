/**
 * What the engine tells the reporter: every run a batch changed (each run it ended, then the
 * current one), whether this replica wrote the move or got a redelivery, which batch started a
 * run, what the previous commit showed, and the surface ids it learned riding with the next commit.
 */
import { describe, expect, it } from "vitest";
import { MemoryReporter } from "../../src/adapters/memory/memory-reporter.ts";
import { MemoryStateStore } from "../../src/adapters/memory/memory-state-store.ts";
import type { DeploymentState, RunSurfaces } from "../../src/core/deployment-state.ts";
import { engineWith, events, specFor } from "../support/engine-fixture.ts";

async function stateOf(store: MemoryStateStore, name: string): Promise<DeploymentState> {
  const read = (await store.read([name])).deployments.get(name);
  if (read?.kind !== "ok") throw new Error(`no state for ${name}`);
  return read.state;
}

/** A memory reporter that has learned surface ids for run 1, as the GitHub reporter does once it creates them. */
class LearningReporter extends MemoryReporter {
  surfacesOf(_deployment: string, runId: number): RunSurfaces | undefined {
    return runId === 1 ? { checkRun: 41, deployment: 7 } : undefined;
  }
}

/** The views of the last batch, in words. */
const shown = (reporter: MemoryReporter) =>
  reporter.batches.at(-1)!.map((v) => ({
    run: v.state.run?.id,
    basis: v.basis,
    started: v.started ?? false,
    previous: v.previous?.run?.id,
    ended: v.ended && `${v.ended.outcome}: ${v.ended.reason}`,
  }));

describe("the views a batch reports", () => {
  it("a failed run rolled back: the failed run's end first, then the rollback run it started", async () => {
    const store = new MemoryStateStore();
    const { engine, reporter } = engineWith(store, [specFor("web", "standard", ["install", "rollback"])]);
    await engine.submit([events.deploy("web", "v1")]);
    expect(shown(reporter)).toEqual([
      { run: 1, basis: "written", started: true, previous: undefined, ended: undefined },
    ]);
    await engine.submit([events.stage("web", "stage.succeeded", await stateOf(store, "web"))]);
    expect(shown(reporter)).toEqual([{ run: 1, basis: "written", started: false, previous: 1, ended: undefined }]);
    // A run that had already finished (v1 running) is not reported again when v2 starts.
    await engine.submit([events.deploy("web", "v2")]);
    expect(shown(reporter)).toEqual([
      { run: 2, basis: "written", started: true, previous: undefined, ended: undefined },
    ]);
    await engine.submit([events.stage("web", "stage.failed", await stateOf(store, "web"), "exit 1")]);
    expect(shown(reporter)).toEqual([
      {
        run: 2,
        basis: "written",
        started: false,
        previous: 2,
        ended: "failure: install failed; rolled back by run 3 (rollback)",
      },
      { run: 3, basis: "written", started: true, previous: undefined, ended: undefined },
    ]);
    const [failed] = reporter.batches.at(-1)!;
    expect(failed!.state.regions["main"]?.state).toBe("rollback_needed");
    expect(reporter.latest("web")?.state.run?.id).toBe(3);
  });

  it("a redelivered event is reported as such, and changes nothing", async () => {
    const store = new MemoryStateStore();
    const { engine, reporter } = engineWith(store, [specFor("web", "standard", ["install"])]);
    const deploy = events.deploy("web", "v1");
    await engine.submit([deploy]);
    await engine.idle();
    await engine.submit([deploy]);
    expect(shown(reporter)).toEqual([
      { run: 1, basis: "redelivered", started: false, previous: undefined, ended: undefined },
    ]);
  });

  it("surface ids the reporter learned ride with the run's next commit, not a commit of their own", async () => {
    const store = new MemoryStateStore();
    const { engine } = engineWith(store, [specFor("web", "standard", ["install"])], {
      reporter: new LearningReporter(),
    });
    await engine.submit([events.deploy("web", "v1")]);
    await engine.idle();
    const commits = (await store.history("web", 100)).length;
    await engine.submit([events.stage("web", "stage.succeeded", await stateOf(store, "web"))]);
    await engine.idle();
    expect((await stateOf(store, "web")).run?.surfaces).toEqual({ checkRun: 41, deployment: 7 });
    // One move, one commit: the ids took none of their own.
    expect((await store.history("web", 100)).length).toBe(commits + 1);
  });
});
