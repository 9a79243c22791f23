import type { DeploymentState } from "../core/deployment-state.ts";
import { promotionFact, type Promotion } from "../core/promotion-fact.ts";
import type { DeploymentEvent } from "./deployment-event.ts";

/** A deployment whose manifest promotes from the one that changed. */
export interface Promoter {
  readonly deployment: string;
  readonly promotion: Promotion;
}

/**
 * The triggers a committed change of `source` owes the deployments that promote from it: when the
 * change promoted the version its deploy run is on (it reached the promotion state just now), each
 * of them is sent that version, cause `promotion`. A trigger refused earlier as `not-promoted` so
 * deploys once it may, without anyone remembering the refusal. A rollback run promotes nothing:
 * it returns to a version that was good before. Pure: `before` is the state the write replaced.
 * The event id names the source's run, so a repeated change sends nothing new.
 */
export function promotionTriggers(
  source: string,
  before: DeploymentState | undefined,
  after: DeploymentState,
  promoters: readonly Promoter[],
): DeploymentEvent[] {
  const run = after.run;
  if (!run || run.kind !== "deploy") return [];
  const triggers: DeploymentEvent[] = [];
  for (const { deployment, promotion } of promoters) {
    const now = promotionFact(promotion, after).versions.includes(run.version);
    const earlier = promotionFact(promotion, before).versions.includes(run.version);
    if (!now || earlier) continue;
    triggers.push({
      deployment,
      event: {
        type: "deploy",
        id: `promotion:${source}:${run.id}`,
        at: after.updatedAt,
        actor: run.actor,
        cause: "promotion",
        version: run.version,
      },
    });
  }
  return triggers;
}
