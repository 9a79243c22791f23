import { describe, expect, it } from "vitest";
import { checkSimulation } from "../../../src/cli/simulate/check-simulation.ts";
import type { RolloutResult } from "../../../src/cli/simulate/rollout-tracker.ts";
import { planSimulation, type SimulationPlan } from "../../../src/cli/simulate/simulation-plan.ts";
import { runFerryInProcess } from "../../support/run-ferry-in-process.ts";

interface SimulationJson {
  drawn: { batchSize: number; failureThreshold: number; failing: number; degraded: number };
  rollouts: RolloutResult[];
  heartbeats: { count: number; p50Ms: number; p99Ms: number };
  stateCommits: { fleet: number; lifecycle: number };
  ok: boolean;
  problems: string[];
}

const SETTINGS = ["--instances", "12", "--batch-size", "3", "--failure-threshold", "2", "--fail-rate", "0.25"];

describe("ferry fleet simulate", () => {
  it("with a fixed seed: v1 completes batch by batch, v2 crosses the threshold in its third batch and rolls back to v1", async () => {
    const run = await runFerryInProcess([
      "fleet",
      "simulate",
      ...SETTINGS,
      "--degraded-rate",
      "0.1",
      "--seed",
      "3",
      "--json",
    ]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as SimulationJson;
    expect(result.drawn).toEqual({ batchSize: 3, failureThreshold: 2, failing: 3, degraded: 1 });
    expect(result.rollouts.map((r) => [r.version, r.kind, r.outcome, r.batches, r.failedInstances])).toEqual([
      ["v1", "deploy", "completed", 4, []],
      // sim-01..03 hold one failure (sim-02), sim-04..06 none, sim-07..09 two: the threshold of 2 is crossed in batch 3.
      ["v2", "deploy", "rolled-back", 3, ["sim-02", "sim-07", "sim-09"]],
      ["v1", "rollback", "completed", 1, []],
    ]);
    // Coalesced: the start, each batch advance and the end, never a commit per heartbeat.
    expect(result.rollouts.map((r) => r.stateCommits)).toEqual([5, 4, 2]);
    expect(result.stateCommits.fleet).toBe(11);
    // The degraded instance held its batch one round: v2 took a round more than its batches.
    expect(result.rollouts[1]?.rounds).toBe(4);
    // Register once, then a heartbeat per instance per round, plus one per update or health report.
    expect(result.heartbeats.count).toBeGreaterThan(12 * 7);
    expect(result.heartbeats.p99Ms).toBeGreaterThanOrEqual(result.heartbeats.p50Ms);
    expect(result.ok).toBe(true);
    expect(result.problems).toEqual([]);
  }, 120_000);

  it("prints the rollouts for a person and says the fleet behaved", async () => {
    const run = await runFerryInProcess(["fleet", "simulate", ...SETTINGS, "--seed", "3"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "12 simulated instances, batches of 3, failure threshold 2; on v2 3 fail and 0 degrade (seed 3)",
    );
    expect(run.stdout).toMatch(/^v2 +deploy +rolled-back +3 +4 +\d+ +sim-02, sim-07, sim-09$/m);
    expect(run.stdout).toContain("the fleet behaved as the lifecycle says");
  }, 120_000);

  it("refuses settings whose failures cannot reach the threshold (exit 2), before running anything", async () => {
    const run = await runFerryInProcess([
      "fleet",
      "simulate",
      "--instances",
      "10",
      "--fail-rate",
      "0.1",
      "--failure-threshold",
      "3",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("fails 1 of 10 instances, fewer than the failure threshold (3)");
  });

  it("has help with examples", async () => {
    const help = await runFerryInProcess(["fleet", "simulate", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--fail-rate <r>");
    expect(help.stdout).toContain("Examples:");
  });
});

describe("the simulation's plan and check", () => {
  const settings = {
    instances: 12,
    batchSize: { kind: "count", count: 3 },
    failureThreshold: { kind: "count", count: 2 },
    failRate: 0.25,
    degradedRate: 0,
    seed: 3,
  } as const;
  const plan = (() => {
    const planned = planSimulation(settings);
    if (!planned.ok) throw new Error(planned.reason);
    return planned.plan;
  })();

  it("draws the same instances for the same seed, and others for another", () => {
    const again = planSimulation(settings);
    const other = planSimulation({ ...settings, seed: 4 });
    expect(again.ok && [...again.plan.failing]).toEqual([...plan.failing]);
    expect(other.ok && [...other.plan.failing].sort()).not.toEqual([...plan.failing].sort());
  });

  /** What a correct run observes, to be spoiled one way at a time. */
  function observed(rollouts: RolloutResult[], plan: SimulationPlan) {
    const reached = new Set(plan.expected.broken.reached);
    return {
      rollouts,
      instances: plan.ids.map((id) => ({
        id,
        currentVersion: "v1",
        status: "HEALTHY" as const,
        message: null,
        lastSeen: "",
      })),
      updates: new Map(plan.ids.map((id) => [id, reached.has(id) ? ["v1", "v2", "v1"] : ["v1"]])),
      exits: [],
    };
  }
  const rollout = (r: Partial<RolloutResult> & Pick<RolloutResult, "version" | "kind" | "outcome" | "batches">) => ({
    stateCommits: r.batches + 1,
    failedInstances: [],
    rounds: 1,
    ...r,
  });
  const good = [
    rollout({ version: "v1", kind: "deploy", outcome: "completed", batches: 4 }),
    rollout({
      version: "v2",
      kind: "deploy",
      outcome: "rolled-back",
      batches: 3,
      failedInstances: ["sim-02", "sim-07", "sim-09"],
    }),
    rollout({ version: "v1", kind: "rollback", outcome: "completed", batches: 1 }),
  ];

  it.each([
    ["nothing wrong", good, []],
    [
      "v2 completed instead of rolling back",
      [good[0]!, { ...good[1]!, outcome: "completed" as const }],
      ["rollouts (kind version outcome)"],
    ],
    [
      "v2 went one batch too far",
      [good[0]!, { ...good[1]!, batches: 4, stateCommits: 5 }, good[2]!],
      ["v2: batch that crossed"],
    ],
    [
      "a commit per heartbeat",
      [{ ...good[0]!, stateCommits: 40 }, good[1]!, good[2]!],
      ["deploy of v1: 40 fleet commits"],
    ],
  ])("finds %s", (_, rollouts, wanted) => {
    const problems = checkSimulation(plan, observed(rollouts, plan));
    expect(problems.map((p) => wanted.find((w) => p.startsWith(w)) ?? p)).toEqual(wanted);
  });
});
