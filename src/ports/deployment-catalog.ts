import type { ManifestSource } from "../core/deployment-state.ts";
import type { FleetPolicy } from "../core/fleet-state.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import type { Promotion } from "../core/promotion-fact.ts";
import type { TransitionContext } from "../core/transition-context.ts";
import type { RunsOn } from "../manifest/manifest.ts";

/** Where each stage's job runs: by the stage name the lifecycle dispatches, else `default`. */
export interface StageRunsOn {
  readonly default: RunsOn;
  readonly stages: Readonly<Record<string, RunsOn>>;
}

/** What the manifest in force says about one deployment, as the engine needs it. */
export interface DeploymentSpec {
  readonly name: string;
  readonly lifecycle: Lifecycle;
  readonly context: TransitionContext;
  /** The GitHub environment of the stage jobs and recorded deployments. */
  readonly environment: string;
  /** Where people open the deployed environment, when the manifest says (`environment-url`). */
  readonly environmentUrl?: string;
  readonly runsOn: StageRunsOn;
  /** Secret values to redact from everything ferry writes. */
  readonly secretValues: readonly string[];
  /** Manifest `promotion`: the engine reads the source's state and tells `transition()` what it promoted. */
  readonly promotion?: Promotion;
  /** Where the manifest was read (GitHub: a commit and a path); the engine records it in the state. */
  readonly source?: ManifestSource;
  /** Manifest `strategy` with `fleet: true`: the fleet runs the `rollout` stage (docs/fleet.md). */
  readonly fleet?: FleetPolicy;
}

/** The deployments a repository declares, from its manifests (last valid ones stay in force). */
export interface DeploymentCatalog {
  /**
   * The deployment's spec: from the manifest at `source` when given (the one its state records, or
   * the one its event brings into force), else from the manifest this catalog holds in force.
   */
  get(deployment: string, source?: ManifestSource): Promise<DeploymentSpec | undefined>;
  /** The deployments in force whose manifest promotes from `source` (`promotion.from`), by name. */
  promotedFrom(source: string): Promise<readonly string[]>;
}
