import type { DeploymentState, HistoryEntry, RunSurfaces } from "../core/deployment-state.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import type { RunEnd } from "../core/run-end.ts";

/**
 * What the engine knows about the state a view shows, so a reporter never has to guess:
 * - `written`: this replica committed the move (compare-and-swap makes it the only one that did);
 * - `redelivered`: the batch wrote nothing for this deployment because its event was already
 *   applied — by this replica earlier, by a replica handling the same delivery right now, or
 *   before a crash that skipped the report;
 * - `blocked`: the state file is corrupt and was not written.
 */
export const REPORT_BASES = ["written", "redelivered", "blocked"] as const;
export type ReportBasis = (typeof REPORT_BASES)[number];

/** Everything a surface needs to show one run of one deployment; a projection of its state file. */
export interface DeploymentView {
  readonly deployment: string;
  readonly lifecycle: Lifecycle;
  /** The deployment as the shown run left it: the latest state, or the state when it ended. */
  readonly state: DeploymentState;
  /** GitHub environment name for deployments; the manifest's, or the deployment name. */
  readonly environment: string;
  /** Where people open the deployed environment (manifest `environment-url`), linked from the check run. */
  readonly environmentUrl?: string;
  /** Transitions this batch added (may be empty when re-reporting after a crash). */
  readonly transitions: readonly HistoryEntry[];
  readonly basis: ReportBasis;
  /**
   * The state as the previous commit left it, when it shows the same run: what the surfaces
   * already show, so a reporter writes only what changed. Absent when this batch started the run.
   */
  readonly previous?: DeploymentState;
  /** True when this batch started the shown run: its writer, and only it, creates the run's surfaces. */
  readonly started?: boolean;
  /** Set when this batch ended the shown run by starting a newer one: how and why it ended. */
  readonly ended?: Omit<RunEnd, "state">;
  /** Set when the state file is corrupt: the deployment is blocked until a person fixes it. */
  readonly blocked?: string;
}

/**
 * A reporting surface (commit status, check run, deployment status, terminal). Reports are
 * idempotent: the same view gives the same content, so reporting again is always safe. A batch
 * reports every run it changed: each run it ended (oldest first), then the current one.
 */
export interface Reporter {
  report(views: readonly DeploymentView[]): Promise<void>;
  /** Files to commit to the state branch with the state itself (the local `reports/` record), by path. */
  files?(views: readonly DeploymentView[]): Readonly<Record<string, string>>;
  /**
   * Surface ids this reporter learned for a run and the state does not record yet; the engine
   * writes them with the run's next commit. Answered from memory only: a speed-up, never a decision.
   */
  surfacesOf?(deployment: string, runId: number): RunSurfaces | undefined;
}
