import type { FleetAmount } from "../../core/fleet-state.ts";
import { formatFleetAmount } from "../fleet-amount-option.ts";
import { formatTable } from "../format-table.ts";
import type { SimulationResult } from "./run-simulation.ts";
import type { SimulationPlan } from "./simulation-plan.ts";

/** `fleet simulate --json`: the settings, what the seed drew, each rollout, and the heartbeats' latency. */
export function simulationJson(plan: SimulationPlan, result: SimulationResult): object {
  const { settings } = plan;
  return {
    settings: {
      instances: settings.instances,
      batchSize: formatFleetAmount(settings.batchSize),
      failureThreshold: formatFleetAmount(settings.failureThreshold),
      failRate: settings.failRate,
      degradedRate: settings.degradedRate,
      seed: settings.seed,
    },
    drawn: {
      batchSize: plan.batchSize,
      failureThreshold: plan.threshold,
      failing: plan.failing.size,
      degraded: plan.degraded.size,
    },
    rollouts: result.rollouts,
    rounds: result.rounds,
    heartbeats: result.heartbeats,
    stateCommits: result.stateCommits,
    ok: result.problems.length === 0,
    problems: result.problems,
    ...(result.repository === null ? {} : { repository: result.repository }),
  };
}

/** What a person reads: the setup in one line, a row per rollout, the figures, and the verdict. */
export function simulationText(plan: SimulationPlan, result: SimulationResult): string {
  const { settings } = plan;
  const lines = [
    `${settings.instances} simulated instances, batches of ${describe(settings.batchSize, plan.batchSize)}, failure threshold ${describe(settings.failureThreshold, plan.threshold)}; on v2 ${plan.failing.size} fail and ${plan.degraded.size} degrade (seed ${settings.seed})`,
    "",
    formatTable(
      ["VERSION", "KIND", "OUTCOME", "BATCHES", "FLEET COMMITS", "ROUNDS", "FAILED INSTANCES"],
      result.rollouts.map((r) => [
        r.version,
        r.kind,
        r.outcome,
        String(r.batches),
        String(r.stateCommits),
        String(r.rounds),
        listed(r.failedInstances),
      ]),
    ),
    "",
    `heartbeats: ${result.heartbeats.count.toLocaleString("en-US")} over HTTP, p50 ${result.heartbeats.p50Ms} ms, p99 ${result.heartbeats.p99Ms} ms`,
    `state commits: ${result.stateCommits.fleet} by the fleet, ${result.stateCommits.lifecycle} by the lifecycle; ${result.rounds} heartbeat rounds (each a simulated 10 s interval)`,
  ];
  if (result.repository !== null) lines.push(`repository kept: git -C ${result.repository} log --oneline ferry/state`);
  lines.push(
    result.problems.length === 0
      ? "the fleet behaved as the lifecycle says: v1 completed, v2 crossed the threshold and rolled back to v1"
      : `the fleet did NOT behave as the lifecycle says:\n${result.problems.map((p) => `  - ${p}`).join("\n")}`,
  );
  return lines.join("\n");
}

function describe(amount: FleetAmount, resolved: number): string {
  return amount.kind === "count" ? String(resolved) : `${amount.percent}% (${resolved})`;
}

function listed(ids: readonly string[]): string {
  if (ids.length <= 5) return ids.join(", ");
  return `${ids.slice(0, 5).join(", ")} and ${ids.length - 5} more`;
}
