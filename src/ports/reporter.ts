import type { DeploymentState, HistoryEntry } from "../core/deployment-state.ts";
import type { Lifecycle } from "../core/lifecycle.ts";

/** Everything a surface needs to show one deployment; a projection of its state file. */
export interface DeploymentView {
  readonly deployment: string;
  readonly lifecycle: Lifecycle;
  readonly state: DeploymentState;
  /** GitHub environment name for deployments; the manifest's, or the deployment name. */
  readonly environment: string;
  /** Transitions this batch added (may be empty when re-reporting after a crash). */
  readonly transitions: readonly HistoryEntry[];
  /** Set when the state file is corrupt: the deployment is blocked until a person fixes it. */
  readonly blocked?: string;
}

/**
 * A reporting surface (commit status, check run, deployment status, terminal). Reports are
 * idempotent: the same view gives the same content, so reporting again is always safe.
 */
export interface Reporter {
  report(views: readonly DeploymentView[]): Promise<void>;
  /** Files to commit to the state branch with the state itself (the local `reports/` record), by path. */
  files?(views: readonly DeploymentView[]): Readonly<Record<string, string>>;
}
