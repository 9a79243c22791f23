import type { FerryEvent } from "../core/ferry-event.ts";
import type { Clock } from "../ports/clock.ts";
import type { DeploymentCatalog, DeploymentSpec } from "../ports/deployment-catalog.ts";
import { silentLogger, type Logger } from "../ports/logger.ts";
import type { DeploymentView, Reporter } from "../ports/reporter.ts";
import type { StageRunner } from "../ports/stage-runner.ts";
import type { StateSnapshot, StateStore } from "../ports/state-store.ts";
import { applyEvents, type AppliedBatch } from "./apply-events.ts";
import { viewsOf, withKnownSurfaces } from "./batch-views.ts";
import { commitMessage } from "./commit-message.ts";
import type { DeploymentEvent } from "./deployment-event.ts";
import type { EventOutcome } from "./event-outcome.ts";
import { executeEffects } from "./execute-effects.ts";
import { promotionTriggers, type Promoter } from "./promotion-triggers.ts";
import { WorkCounter } from "./work-counter.ts";

export interface EngineOptions {
  readonly store: StateStore;
  readonly catalog: DeploymentCatalog;
  readonly runner: StageRunner;
  readonly reporter: Reporter;
  readonly clock: Clock;
  readonly log?: Logger;
  /** How long to wait for more events before writing; events in the window share one commit. */
  readonly coalesceMs?: number;
  /** Compare-and-swap attempts before giving up on a batch. */
  readonly maxWriteAttempts?: number;
}

/**
 * The idempotency key of a timer's firing: its deployment, name and due time. Deterministic, so
 * replicas firing the same timer apply it once; the app uses it to recognise refused firings.
 */
export function timerEventId(deployment: string, timer: { readonly name: string; readonly due: string }): string {
  return `timer:${deployment}:${timer.name}:${timer.due}`;
}

/** The batch could not be written: the branch kept moving, or the store failed. Not an expected outcome. */
export class EngineWriteError extends Error {
  override readonly name = "EngineWriteError";
}

interface Pending {
  readonly events: readonly DeploymentEvent[];
  readonly resolve: (outcomes: EventOutcome[]) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * One engine serves one repository: load state → drop duplicates → transition → persist
 * (compare-and-swap, re-read and re-apply on conflict) → execute effects → report.
 * Events submitted close together are applied in order and written as one commit.
 */
export class Engine {
  private readonly log: Logger;
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Submissions not yet answered; a batch submits its follow-ups before it is answered. */
  private readonly work = new WorkCounter();

  constructor(private readonly options: EngineOptions) {
    this.log = options.log ?? silentLogger;
  }

  /** Applies events and resolves with one outcome per event, once written, executed and reported. */
  submit(events: readonly DeploymentEvent[]): Promise<EventOutcome[]> {
    if (events.length === 0) return Promise.resolve([]);
    this.work.begin();
    return new Promise<EventOutcome[]>((resolve, reject) => {
      this.queue.push({ events, resolve, reject });
      this.schedule();
    }).finally(() => this.work.end());
  }

  /** Waits until everything submitted so far, and the follow-up events it caused, is done. */
  idle(): Promise<void> {
    return this.work.idle();
  }

  /**
   * Fires every timer that is due: stage deadlines, retry backoffs, pause-after, drop-after.
   * Timer events are keyed by name and due time, so replicas firing the same timer apply it once.
   */
  async fireDueTimers(now: string = this.options.clock.now()): Promise<EventOutcome[]> {
    const { deployments } = await this.options.store.list();
    const snapshot = await this.options.store.read(deployments);
    const events: DeploymentEvent[] = [];
    for (const [deployment, read] of snapshot.deployments) {
      if (read.kind !== "ok") continue;
      for (const timer of read.state.timers) {
        if (timer.due > now) continue;
        const event: FerryEvent = {
          type: "timer",
          id: timerEventId(deployment, timer),
          at: now,
          actor: "ferry",
          cause: "timer",
          timer: { name: timer.name, due: timer.due },
        };
        events.push({ deployment, event });
      }
    }
    return this.submit(events);
  }

  private schedule(): void {
    if (this.timer || this.flushing) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.flushing = this.flush().finally(() => {
        this.flushing = undefined;
        if (this.queue.length > 0) this.schedule();
      });
    }, this.options.coalesceMs ?? 0);
  }

  private async flush(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    const events = batch.flatMap((p) => p.events);
    try {
      const outcomes = await this.process(events);
      let offset = 0;
      for (const pending of batch) {
        pending.resolve(outcomes.slice(offset, offset + pending.events.length));
        offset += pending.events.length;
      }
    } catch (error) {
      for (const pending of batch) pending.reject(error);
    }
  }

  private async process(events: readonly DeploymentEvent[]): Promise<EventOutcome[]> {
    const { store, clock } = this.options;
    const names = [...new Set(events.map((e) => e.deployment))];
    const specs = new Map<string, DeploymentSpec | undefined>();
    // The manifest an event brings is the one to read; else the catalog finds the one in force.
    const brought = (name: string) => events.findLast((e) => e.deployment === name && e.manifest)?.manifest;
    for (const name of names) specs.set(name, await this.options.catalog.get(name, brought(name)));
    // A promotion is decided by the source deployment's state: read it in the same snapshot.
    const sources = [...specs.values()].flatMap((spec) => (spec?.promotion ? [spec.promotion.from] : []));
    const read = [...new Set([...names, ...sources])];
    const attempts = this.options.maxWriteAttempts ?? 8;
    let result: AppliedBatch | undefined;
    let snapshot: StateSnapshot | undefined;
    let fresh = false;
    for (let attempt = 1; ; attempt++) {
      snapshot = await store.read(read, { fresh });
      await this.specsInForce(specs, events, snapshot);
      result = withKnownSurfaces(applyEvents(snapshot, events, specs), this.options.reporter);
      if (result.changed.size === 0) {
        // Nothing to write means nothing proves the remembered state current: refusals and
        // duplicates must be judged against the branch as it is, so ask once more.
        if (snapshot.cached && !fresh) {
          fresh = true;
          continue;
        }
        break;
      }
      const files = this.options.reporter.files?.(viewsOf(result, specs, snapshot, this.options.clock));
      const commit = {
        expectedHead: snapshot.head,
        states: [...result.changed.values()],
        message: commitMessage(result.applied, result.changed),
      };
      const outcome = await store.write(files ? { ...commit, files } : commit);
      if (outcome.ok) break;
      fresh = true;
      if (attempt >= attempts)
        throw new EngineWriteError(`state branch kept moving: gave up after ${attempts} attempts (${outcome.detail})`);
      // Another writer won the race: back off with jitter, then re-read and re-apply everything.
      this.log.info({ attempt, detail: outcome.detail }, "state branch moved; re-reading and re-applying");
      await clock.sleep(Math.round(clock.random() * 25 * 2 ** attempt));
    }
    // Report before executing effects: a run's surfaces exist before its first stage is
    // dispatched, so the move that stage causes finds them rather than racing their creation.
    await this.reportBatch(viewsOf(result, specs, snapshot, clock));
    const followUps = await executeEffects(result.effects, specs, this.options.runner, this.log, clock);
    followUps.push(...(await this.promotions(result, snapshot)));
    if (followUps.length > 0)
      void this.submit(followUps).catch((error: unknown) => this.log.error({ err: error }, "follow-up events failed"));
    return [...result.outcomes];
  }

  /**
   * The manifest in force is recorded in each state, so that every replica decides by the same
   * one: an event that brings a manifest (a commit that changed it) wins, else the state's record;
   * a state without one (its first move, an earlier build) takes the catalog's and records it.
   */
  private async specsInForce(
    specs: Map<string, DeploymentSpec | undefined>,
    events: readonly DeploymentEvent[],
    snapshot: StateSnapshot,
  ): Promise<void> {
    for (const [name, spec] of specs) {
      const read = snapshot.deployments.get(name);
      const brought = events.findLast((e) => e.deployment === name && e.manifest)?.manifest;
      const wanted = brought ?? (read?.kind === "ok" ? read.state.manifest : undefined);
      if (!wanted || (spec?.source?.commit === wanted.commit && spec.source.path === wanted.path)) continue;
      const found = await this.options.catalog.get(name, wanted);
      if (found) specs.set(name, found);
      else
        this.log.warn(
          { deployment: name, manifest: wanted },
          "the recorded manifest could not be read; the one in force here decides",
        );
    }
  }

  /** Deploys, to the deployments that promote from a changed one, the version it just promoted. */
  private async promotions(result: AppliedBatch, snapshot: StateSnapshot): Promise<DeploymentEvent[]> {
    const triggers: DeploymentEvent[] = [];
    for (const [source, after] of result.changed) {
      const promoters: Promoter[] = [];
      for (const deployment of await this.options.catalog.promotedFrom(source)) {
        const promotion = (await this.options.catalog.get(deployment))?.promotion;
        if (promotion) promoters.push({ deployment, promotion });
      }
      if (promoters.length === 0) continue;
      const before = snapshot.deployments.get(source);
      triggers.push(...promotionTriggers(source, before?.kind === "ok" ? before.state : undefined, after, promoters));
    }
    return triggers;
  }

  private async reportBatch(views: readonly DeploymentView[]): Promise<void> {
    if (views.length === 0) return;
    try {
      await this.options.reporter.report(views);
    } catch (error) {
      // The state is committed; reports are a projection of it, redone by the next event or timer.
      this.log.error(
        { err: error, deployments: [...new Set(views.map((v) => v.deployment))] },
        "reporting failed; the next event reports again",
      );
    }
  }
}
