import type { DeploymentState } from "./deployment-state.ts";
import { shortVersion } from "./short-version.ts";

/**
 * A manifest's `promotion`: this deployment deploys only versions that reached `state` in the
 * deployment `from` (without `state`: versions `from` recorded good, its `good` list).
 */
export interface Promotion {
  readonly from: string;
  readonly state?: string;
}

/**
 * What the engine tells `transition()` about a promotion, read from the source deployment's state
 * file in the same snapshot: the versions that have been promoted, and how the source stands now
 * (for the refusal's text). The core never reads another deployment's state itself.
 */
export interface PromotionFact extends Promotion {
  readonly versions: readonly string[];
  /** One line on where the source is now, e.g. `staging runs abc1234 in deploying`. */
  readonly source: string;
}

/**
 * The versions `source` shows to have reached the promotion state. The state file tells it three
 * ways, all bounded by what the file keeps (docs/architecture.md#the-state-file):
 * - the current run's version, when a region is in that state now or the run's history entered it;
 * - a good version whose run's history (the last 50 transitions) entered that state;
 * - without `state`, every good version (the 10 newest).
 */
export function promotionFact(promotion: Promotion, source: DeploymentState | undefined): PromotionFact {
  if (!source) return { ...promotion, versions: [], source: `${promotion.from} has not deployed anything yet` };
  const versions = new Set<string>();
  const { state } = promotion;
  if (state === undefined) {
    for (const good of source.good) versions.add(good.version);
  } else {
    const entered = new Set(source.history.filter((h) => h.to === state && h.runId !== undefined).map((h) => h.runId));
    const run = source.run;
    if (run && (Object.values(source.regions).some((r) => r.state === state) || entered.has(run.id)))
      versions.add(run.version);
    for (const good of source.good) if (entered.has(good.runId)) versions.add(good.version);
  }
  return { ...promotion, versions: [...versions], source: describeSource(promotion.from, source) };
}

function describeSource(name: string, source: DeploymentState): string {
  const states = Object.values(source.regions)
    .map((r) => r.state)
    .join("+");
  if (!source.run) return `${name} is in ${states} with no run yet`;
  return `${name} runs ${shortVersion(source.run.version)} in ${states}`;
}
