import type { Lifecycle } from "../core/lifecycle.ts";
import type { TransitionContext } from "../core/transition-context.ts";

/** What the manifest in force says about one deployment, as the engine needs it. */
export interface DeploymentSpec {
  readonly name: string;
  readonly lifecycle: Lifecycle;
  readonly context: TransitionContext;
  readonly environment: string;
  /** Secret values to redact from everything ferry writes. */
  readonly secretValues: readonly string[];
}

/** The deployments a repository declares, from its manifests (last valid ones stay in force). */
export interface DeploymentCatalog {
  get(deployment: string): Promise<DeploymentSpec | undefined>;
}
