import type { Lifecycle } from "../core/lifecycle.ts";
import type { Promotion } from "../core/promotion-fact.ts";
import type { TransitionContext } from "../core/transition-context.ts";

/** What the manifest in force says about one deployment, as the engine needs it. */
export interface DeploymentSpec {
  readonly name: string;
  readonly lifecycle: Lifecycle;
  readonly context: TransitionContext;
  readonly environment: string;
  /** Secret values to redact from everything ferry writes. */
  readonly secretValues: readonly string[];
  /** Manifest `promotion`: the engine reads the source's state and tells `transition()` what it promoted. */
  readonly promotion?: Promotion;
}

/** The deployments a repository declares, from its manifests (last valid ones stay in force). */
export interface DeploymentCatalog {
  get(deployment: string): Promise<DeploymentSpec | undefined>;
  /** The deployments in force whose manifest promotes from `source` (`promotion.from`), by name. */
  promotedFrom(source: string): Promise<readonly string[]>;
}
