import type { FleetInstance } from "../../core/fleet-state.ts";
import type { AgentExit } from "../agent/run-agent.ts";
import type { RolloutResult } from "./rollout-tracker.ts";
import { SIMULATED_VERSIONS, type SimulationPlan } from "./simulation-plan.ts";

export interface SimulationObserved {
  readonly rollouts: readonly RolloutResult[];
  /** The inventory at the end. */
  readonly instances: readonly FleetInstance[];
  /** The versions each instance's update command deployed, in order. */
  readonly updates: ReadonlyMap<string, readonly string[]>;
  readonly exits: readonly { readonly id: string; readonly exit: AgentExit }[];
}

/**
 * Where the simulated fleet did not do what the lifecycle says, one sentence each; empty when it
 * did. What is expected comes from the plan's own counting, not from the machines checked.
 */
export function checkSimulation(plan: SimulationPlan, observed: SimulationObserved): string[] {
  const { good, broken } = SIMULATED_VERSIONS;
  const problems: string[] = [];
  const expect = (what: string, actual: unknown, wanted: unknown) => {
    if (JSON.stringify(actual) !== JSON.stringify(wanted))
      problems.push(`${what}: expected ${JSON.stringify(wanted)}, got ${JSON.stringify(actual)}`);
  };
  const [first, second, third, ...more] = observed.rollouts;
  expect(
    "rollouts (kind version outcome)",
    observed.rollouts.map((r) => `${r.kind} ${r.version} ${r.outcome}`),
    [`deploy ${good} completed`, `deploy ${broken} rolled-back`, `rollback ${good} completed`],
  );
  if (first) {
    expect(`${good}: batches`, first.batches, plan.expected.goodBatches);
    expect(`${good}: failed instances`, first.failedInstances, []);
  }
  if (second) {
    expect(`${broken}: batch that crossed the threshold`, second.batches, plan.expected.broken.batches);
    expect(`${broken}: failed instances`, second.failedInstances, plan.expected.broken.failed);
  }
  if (third) expect(`rollback to ${good}: failed instances`, third.failedInstances, []);
  if (more.length > 0) problems.push(`${more.length} rollouts more than the three expected`);
  // Coalesced commits: the start, one per batch advance, the end.
  for (const r of observed.rollouts)
    if (r.stateCommits > r.batches + 1)
      problems.push(
        `${r.kind} of ${r.version}: ${r.stateCommits} fleet commits for ${r.batches} batches (at most ${r.batches + 1})`,
      );

  const reached = new Set(plan.expected.broken.reached);
  for (const id of plan.ids) {
    const wanted = reached.has(id) ? [good, broken, good] : [good];
    expect(`${id}: versions its update command deployed`, observed.updates.get(id) ?? [], wanted);
  }
  const byId = new Map(observed.instances.map((i) => [i.id, i]));
  const stray = plan.ids.filter((id) => {
    const instance = byId.get(id);
    return instance?.currentVersion !== good || instance.status !== "HEALTHY";
  });
  if (stray.length > 0)
    problems.push(
      `${stray.length} instances do not end on ${good} and HEALTHY: ${stray.slice(0, 5).join(", ")}${stray.length > 5 ? ", …" : ""}`,
    );
  for (const { id, exit } of observed.exits)
    problems.push(`agent ${id} stopped: ${exit.kind === "exit" ? exit.message : exit.kind}`);
  // Only the first few: one broken rule tends to break every instance the same way.
  return problems.length > 20 ? [...problems.slice(0, 20), `… and ${problems.length - 20} more`] : problems;
}
