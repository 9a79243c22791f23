import type { DeploymentState } from "../src/core/deployment-state.ts";
import type { FerryEvent } from "../src/core/ferry-event.ts";

/**
 * The next event on a lifecycle's happy path: the running stage succeeds, or, when nothing
 * runs, a new version is deployed. Drives any lifecycle forever without scripting it.
 */
export function nextHappyEvent(state: DeploymentState, n: number, at: string = timeOf(n)): FerryEvent {
  const running =
    state.run &&
    state.stages.findLast((s) => s.runId === state.run!.id && (s.status === "dispatching" || s.status === "running"));
  if (running) {
    return {
      type: "stage.succeeded",
      id: `e${n}`,
      at,
      actor: "bench",
      cause: "runner",
      stage: { runId: running.runId, attempt: running.attempt, stage: running.stage },
    };
  }
  return { type: "deploy", id: `e${n}`, at, actor: "bench", cause: "merge", version: `v${n}` };
}

/** The event time for step `n`: one second apart from 2026-01-01. */
export function timeOf(n: number): string {
  return new Date(Date.UTC(2026, 0, 1) + n * 1000).toISOString();
}
