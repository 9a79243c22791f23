import type { FerryEvent } from "../../core/ferry-event.ts";
import type { Clock } from "../../ports/clock.ts";
import type { StageCancel, StageRequest, StageRunner, StageStart } from "../../ports/stage-runner.ts";

export type ScriptedOutcome = { readonly ok: true; readonly message?: string } | { readonly ok: false; readonly message: string };

type Submit = (events: { deployment: string; event: FerryEvent }[]) => Promise<unknown>;

/**
 * A runner that decides each stage's outcome with a function and reports it back through
 * `submit` on the next tick, the way a real runner reports later. For demos and dry runs.
 */
export class ScriptedRunner implements StageRunner {
  private submit: Submit | undefined;
  private pending = 0;
  private readonly waiters: (() => void)[] = [];

  constructor(
    private readonly outcome: (request: StageRequest) => ScriptedOutcome,
    private readonly clock: Clock,
  ) {}

  /** Where results go; set once the engine exists (the engine needs the runner first). */
  connect(submit: Submit): void {
    this.submit = submit;
  }

  async start(request: StageRequest): Promise<StageStart> {
    const submit = this.submit;
    if (!submit) return { ok: false, message: "scripted runner is not connected to an engine" };
    this.pending++;
    setImmediate(() => {
      const result = this.outcome(request);
      const stage = { runId: request.runId, attempt: request.attempt, stage: request.stage, ...(result.message ? { message: result.message } : {}) };
      const type = result.ok ? "stage.succeeded" : "stage.failed";
      const event: FerryEvent = { type, id: `scripted:${request.deployment}:${request.runId}:${request.attempt}:${request.stage}`, at: this.clock.now(), actor: "runner", cause: "runner", stage };
      void submit([{ deployment: request.deployment, event }]).finally(() => {
        this.pending--;
        if (this.pending === 0) this.waiters.splice(0).forEach((w) => w());
      });
    });
    return { ok: true, externalId: `scripted-${request.runId}-${request.attempt}-${request.stage}` };
  }

  async cancel(_request: StageCancel): Promise<void> {}

  /** Resolves when every started stage has reported. */
  idle(): Promise<void> {
    return this.pending === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
