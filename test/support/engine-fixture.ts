import type { DeploymentState } from "../../src/core/deployment-state.ts";
import type { FerryEvent } from "../../src/core/ferry-event.ts";
import { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import { MemoryCatalog } from "../../src/adapters/memory/memory-catalog.ts";
import { MemoryReporter } from "../../src/adapters/memory/memory-reporter.ts";
import { MemoryRunner } from "../../src/adapters/memory/memory-runner.ts";
import { Engine } from "../../src/engine/engine.ts";
import type { DeploymentEvent } from "../../src/engine/deployment-event.ts";
import { builtinLifecycle, type BuiltinLifecycleName } from "../../src/manifest/builtin-lifecycles.ts";
import type { DeploymentSpec } from "../../src/ports/deployment-catalog.ts";
import type { Reporter } from "../../src/ports/reporter.ts";
import type { StateStore } from "../../src/ports/state-store.ts";

/** A spec for a built-in lifecycle with the given stages defined. */
export function specFor(
  name: string,
  lifecycle: BuiltinLifecycleName,
  stages: readonly string[],
  secretValues: readonly string[] = [],
): DeploymentSpec {
  return {
    name,
    lifecycle: builtinLifecycle(lifecycle),
    context: { stages: Object.fromEntries(stages.map((s) => [s, {}])) },
    environment: name,
    runsOn: { default: "ubuntu-latest", stages: {} },
    secretValues,
  };
}

/** An engine over the given store with memory runner, reporter, catalog and a manual clock. */
export function engineWith<R extends Reporter = MemoryReporter>(
  store: StateStore,
  specs: readonly DeploymentSpec[],
  options: { coalesceMs?: number; reporter?: R } = {},
) {
  const clock = new ManualClock();
  const runner = new MemoryRunner();
  const reporter = (options.reporter ?? new MemoryReporter()) as R;
  const catalog = new MemoryCatalog(specs);
  const engine = new Engine({
    store,
    catalog,
    runner,
    reporter,
    clock,
    ...(options.coalesceMs === undefined ? {} : { coalesceMs: options.coalesceMs }),
  });
  return { engine, clock, runner, reporter, catalog };
}

let counter = 0;

/** Event builders with unique ids. */
export const events = {
  deploy(deployment: string, version: string, extra: Partial<FerryEvent> = {}): DeploymentEvent {
    return {
      deployment,
      event: {
        type: "deploy",
        id: `d-${++counter}`,
        at: "2026-01-01T00:00:00.000Z",
        actor: "alice",
        cause: "merge",
        version,
        ...extra,
      } as FerryEvent,
    };
  },
  stage(
    deployment: string,
    type: "stage.succeeded" | "stage.failed",
    state: DeploymentState,
    message?: string,
  ): DeploymentEvent {
    const active = state.stages.findLast((s) => s.status === "dispatching" || s.status === "running");
    if (!active) throw new Error(`no stage running for ${deployment}`);
    return {
      deployment,
      event: {
        type,
        id: `s-${++counter}`,
        at: "2026-01-01T00:01:00.000Z",
        actor: "runner",
        cause: "runner",
        stage: { runId: active.runId, attempt: active.attempt, stage: active.stage, ...(message ? { message } : {}) },
      },
    };
  },
};
