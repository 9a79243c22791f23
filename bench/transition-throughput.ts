import { initialDeploymentState } from "../src/core/deployment-state.ts";
import type { Lifecycle } from "../src/core/lifecycle.ts";
import { transition } from "../src/core/transition.ts";
import { nextHappyEvent, timeOf } from "./happy-path-driver.ts";

export interface ThroughputRow {
  readonly lifecycle: string;
  readonly events: number;
  readonly eventsPerSecond: number;
  readonly microsPerEvent: number;
}

/**
 * Events per second through `transition()` on one core, along the lifecycle's happy path: the
 * median of `rounds` timed rounds, since one round on a shared virtual machine is noisy.
 */
export function measureThroughput(lifecycle: Lifecycle, events = 200_000, rounds = 5): ThroughputRow {
  const rows = Array.from({ length: rounds }, () => measureRound(lifecycle, events)).sort(
    (a, b) => a.eventsPerSecond - b.eventsPerSecond,
  );
  return rows[Math.floor(rows.length / 2)]!;
}

function measureRound(lifecycle: Lifecycle, events: number): ThroughputRow {
  const stages = {};
  let state = initialDeploymentState(lifecycle, "bench", "2026-01-01T00:00:00.000Z");
  // Warm up the JIT and the guard cache before timing.
  for (let i = 0; i < 5_000; i++) {
    const result = transition(lifecycle, state, nextHappyEvent(state, i), stages);
    if (result.ok) state = result.state;
  }
  // Event times are made before timing: the benchmark measures transition(), not Date formatting.
  const times: string[] = [];
  for (let i = 0; i < events; i++) times.push(timeOf(10_000 + i));
  let applied = 0;
  const started = performance.now();
  for (let i = 0; i < events; i++) {
    const result = transition(lifecycle, state, nextHappyEvent(state, 10_000 + i, times[i]), stages);
    if (result.ok) {
      state = result.state;
      applied++;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  if (applied !== events) throw new Error(`${lifecycle.name}: only ${applied} of ${events} events applied`);
  return {
    lifecycle: lifecycle.name,
    events,
    eventsPerSecond: Math.round(events / seconds),
    microsPerEvent: (seconds * 1e6) / events,
  };
}
