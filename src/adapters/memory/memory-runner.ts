import type { StageCancel, StageRequest, StageRunner, StageStart } from "../../ports/stage-runner.ts";

/** Records stage requests and cancellations; tests and the in-memory demo answer them. */
export class MemoryRunner implements StageRunner {
  readonly started: StageRequest[] = [];
  readonly cancelled: StageCancel[] = [];
  /** Answer for the next `start` calls; defaults to a successful dispatch with a made-up id. */
  nextStart: StageStart | undefined;

  async start(request: StageRequest): Promise<StageStart> {
    this.started.push(request);
    return this.nextStart ?? { ok: true, externalId: `mem-${this.started.length}` };
  }

  async cancel(request: StageCancel): Promise<void> {
    this.cancelled.push(request);
  }
}
