import type { Clock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";
import { hintFor } from "./github-hints.ts";
import type { RepoWorker } from "./repo-workers.ts";

/** Ticks every 30 s: a timer fires at most that long after its deadline, well within a minute. */
export const DEFAULT_TIMER_INTERVAL_MS = 30_000;
/** How often the app looks for state branches it has not seen (another replica's work, a restart). */
export const DEFAULT_RESCAN_MS = 10 * 60_000;

export interface TimerLoopOptions {
  readonly clock: Clock;
  readonly log: Logger;
  /** Every repository worker the app has now. */
  readonly workers: () => Promise<RepoWorker[]>;
  /** Finds every repository of every installation and makes sure it has a worker. */
  readonly discover: () => Promise<RepoWorker[]>;
  readonly intervalMs?: number;
  readonly rescanMs?: number;
}

/**
 * Reconciles each repository at its interval (`reconcile.intervalMinutes`, default 5; at once
 * after a start or restart) and fires the timers in the state files: pause-after and drop-after,
 * stage deadlines and retry backoffs. Timers live in the state branch, not in memory, so after a restart the loop
 * rebuilds its view by listing installations and their repositories and reading each state
 * branch; then it fires a repository only when its earliest timer is due, which costs nothing
 * between deadlines. Replicas may fire the same timer: its event id is its name and due time,
 * so the engine applies it once.
 */
export class TimerLoop {
  private interval: ReturnType<typeof setInterval> | undefined;
  private ticking: Promise<void> | undefined;
  private lastRescan: number | undefined;

  constructor(private readonly options: TimerLoopOptions) {}

  /** Starts ticking (the interval does not keep the process alive). */
  start(): void {
    if (this.interval) return;
    // Fire and forget, with the error logged: a failed pass must not become an unhandled rejection.
    const tick = () =>
      void this.tick().catch((error: unknown) =>
        this.options.log.error({ err: error }, "timer pass failed; the next tick tries again"),
      );
    this.interval = setInterval(tick, this.options.intervalMs ?? DEFAULT_TIMER_INTERVAL_MS);
    this.interval.unref();
    tick();
  }

  stop(): void {
    if (this.interval) clearInterval(this.interval);
    this.interval = undefined;
  }

  /**
   * Resolves once no pass is running, the one `start()` fires included: until then a repository created meanwhile
   * may still be found and reconciled, so whoever waits for the app to be quiet must wait for the pass too.
   */
  async idle(): Promise<void> {
    while (this.ticking) await this.ticking.catch(() => undefined);
  }

  /** One pass: rescan when due, then reconcile the repositories due for it and fire those whose earliest timer is due. Overlapping calls share a pass. */
  tick(): Promise<void> {
    this.ticking ??= this.pass().finally(() => {
      this.ticking = undefined;
    });
    return this.ticking;
  }

  private async pass(): Promise<void> {
    const { clock, log } = this.options;
    const now = clock.now();
    const nowMs = Date.parse(now);
    if (this.lastRescan === undefined || nowMs - this.lastRescan >= (this.options.rescanMs ?? DEFAULT_RESCAN_MS)) {
      this.lastRescan = nowMs;
      await this.rescan();
    }
    const workers = await this.options.workers();
    // Reconcile first: a lost merge is deployed, a lost stage result read, before timers judge the state.
    const reconciling = workers
      .filter((w) => w.reconcileDue === undefined || w.reconcileDue <= now)
      .map((worker) => worker.enqueue("reconcile", () => worker.reconcile(now)));
    const due = workers.filter((w) => w.nextDue !== undefined && w.nextDue <= now);
    await Promise.all([
      ...reconciling,
      ...due.map((worker) =>
        worker.enqueue("due timers", async () => {
          const outcomes = await worker.fireDueTimers(now);
          const applied = outcomes.filter((o) => o.kind === "applied").length;
          if (applied > 0)
            log.info({ repo: worker.fullName, applied }, `fired ${applied} timer${applied === 1 ? "" : "s"}`);
        }),
      ),
    ]);
  }

  private async rescan(): Promise<void> {
    let workers: RepoWorker[];
    try {
      workers = await this.options.discover();
    } catch (error) {
      const hint = hintFor(error);
      this.options.log.error(
        { err: error, ...(hint ? { hint } : {}) },
        "could not list the app's installations and repositories; timers of repositories without webhooks wait for the next rescan",
      );
      return;
    }
    await Promise.all(workers.map((worker) => worker.enqueue("reading the state branch", () => worker.rescan())));
  }
}
