import type { Effect } from "../core/effect.ts";
import type { RunsOn } from "../manifest/manifest.ts";

/**
 * What the engine asks a runner to do when a stage state is entered: the `runStage` effect,
 * addressed to a deployment, with where its job runs. Runners that do not run jobs on GitHub
 * Actions (local processes, memory) ignore `environment` and `runsOn`.
 */
export type StageRequest = Omit<Extract<Effect, { type: "runStage" }>, "type"> & {
  readonly deployment: string;
  /** The job's GitHub environment: its secrets and protection rules apply to the stage. */
  readonly environment: string;
  /** The job's `runs-on`. */
  readonly runsOn: RunsOn;
};

export type StageStart =
  | { readonly ok: true; readonly externalId?: string; readonly url?: string }
  | { readonly ok: false; readonly message: string };

export interface StageCancel {
  readonly deployment: string;
  readonly stage: string;
  readonly runId: number;
  readonly attempt: number;
  readonly externalId?: string;
}

/**
 * Runs stages somewhere (GitHub Actions, local processes, memory). `start` returns once the
 * work is dispatched; the outcome comes back later as stage events submitted to the engine.
 */
export interface StageRunner {
  start(request: StageRequest): Promise<StageStart>;
  cancel(request: StageCancel): Promise<void>;
}
