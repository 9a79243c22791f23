import type { Effect } from "../core/effect.ts";

/** What the engine asks a runner to do when a stage state is entered: the `runStage` effect, addressed to a deployment. */
export type StageRequest = Omit<Extract<Effect, { type: "runStage" }>, "type"> & { readonly deployment: string };

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
