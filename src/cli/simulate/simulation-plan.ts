import { resolveAmount } from "../../core/fleet-batches.ts";
import { compareInstanceIds, type FleetAmount } from "../../core/fleet-state.ts";
import { sample, seededRandom } from "./seeded-random.ts";

/** What `ferry fleet simulate` was asked for. */
export interface SimulationSettings {
  readonly instances: number;
  readonly batchSize: FleetAmount;
  readonly failureThreshold: FleetAmount;
  /** The share of instances whose update to the second version fails, 0 to 1 (rounded to whole instances). */
  readonly failRate: number;
  /** The share that reports DEGRADED once after that update, then recovers. */
  readonly degradedRate: number;
  readonly seed: number;
}

/** The simulation's three rollouts: the first version everywhere, a broken second, and the lifecycle's rollback. */
export const SIMULATED_VERSIONS = { good: "v1", broken: "v2" } as const;

/**
 * The simulated fleet, decided before it runs: which instances fail and which degrade (drawn with
 * the seed), and what the lifecycle says must then happen, worked out here by counting, apart from
 * the machines it checks: v1 completes in ⌈n / batch⌉ batches; v2 reaches batch after batch until
 * the failures among the instances reached meet the threshold, then fails with exactly those.
 */
export interface SimulationPlan {
  readonly settings: SimulationSettings;
  /** Instance ids in batch order. */
  readonly ids: readonly string[];
  readonly failing: ReadonlySet<string>;
  readonly degraded: ReadonlySet<string>;
  readonly batchSize: number;
  readonly threshold: number;
  readonly expected: {
    readonly goodBatches: number;
    /** The batch during which v2 crosses the threshold, the instances it reached by then, and those that failed. */
    readonly broken: {
      readonly batches: number;
      readonly reached: readonly string[];
      readonly failed: readonly string[];
    };
  };
}

export type PlanResult =
  { readonly ok: true; readonly plan: SimulationPlan } | { readonly ok: false; readonly reason: string };

export function planSimulation(settings: SimulationSettings): PlanResult {
  const n = settings.instances;
  const width = Math.max(2, String(n).length);
  const ids = Array.from({ length: n }, (_, i) => `sim-${String(i + 1).padStart(width, "0")}`).sort(compareInstanceIds);
  const random = seededRandom(settings.seed);
  const failingIds = sample(ids, Math.round(settings.failRate * n), random);
  const failing = new Set(failingIds);
  const rest = ids.filter((id) => !failing.has(id));
  const degraded = new Set(sample(rest, Math.min(rest.length, Math.round(settings.degradedRate * n)), random));
  const batchSize = resolveAmount(settings.batchSize, n);
  const threshold = resolveAmount(settings.failureThreshold, n);

  let reached = 0;
  let batches = 0;
  let failed: string[] = [];
  while (reached < n && failed.length < threshold) {
    const batch = ids.slice(reached, reached + batchSize);
    reached += batch.length;
    batches++;
    failed = [...failed, ...batch.filter((id) => failing.has(id))];
  }
  if (failed.length < threshold)
    return {
      ok: false,
      reason: `a fail rate of ${settings.failRate} fails ${failing.size} of ${n} instances, fewer than the failure threshold (${threshold}): v2 would wait for them to recover instead of rolling back. Raise --fail-rate or lower --failure-threshold`,
    };
  return {
    ok: true,
    plan: {
      settings,
      ids,
      failing,
      degraded,
      batchSize,
      threshold,
      expected: {
        goodBatches: Math.ceil(n / batchSize),
        broken: { batches, reached: ids.slice(0, reached), failed },
      },
    },
  };
}
