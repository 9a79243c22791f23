import { ActionsRunner, FERRY_STAGE_WORKFLOW } from "../adapters/github/actions-runner.ts";
import { GitHubCatalog, type RecordedManifest } from "../adapters/github/github-catalog.ts";
import type { GitHubClient, RepoRef } from "../adapters/github/github-client.ts";
import { GitHubReporter } from "../adapters/github/github-reporter.ts";
import { GitHubStateStore } from "../adapters/github/github-state-store.ts";
import { pendingApproval } from "../adapters/github/pending-approval.ts";
import type { Dispatcher } from "../adapters/github/stage-run-name.ts";
import type { ApprovalRequest } from "../core/ferry-event.ts";
import type { DeploymentState } from "../core/deployment-state.ts";
import { Engine, timerEventId } from "../engine/engine.ts";
import type { DeploymentEvent } from "../engine/deployment-event.ts";
import type { EventOutcome } from "../engine/event-outcome.ts";
import type { Clock } from "../ports/clock.ts";
import { WorkCounter } from "../engine/work-counter.ts";
import type { Logger } from "../ports/logger.ts";
import { parseSyncCursor } from "../manifest/sync-cursor.ts";
import { hintFor } from "./github-hints.ts";
import { BoundedSet } from "./bounded-set.ts";
import { reconcileRepository } from "./repo-reconcile.ts";

export interface RepoWorkerOptions {
  readonly clock: Clock;
  readonly log: Logger;
  /** The runner workflow's file name; default `ferry-stage.yml`. */
  readonly workflow?: string;
  /** Events arriving within this window share one state commit. */
  readonly coalesceMs?: number;
  /** An Octokit authenticated as the installation (Probot's `app.auth(id)`, which renews its token). */
  readonly clientFor: (installationId: number) => Promise<GitHubClient>;
  /** The repository's reconcile interval in minutes (`.github/ferry.yml`); default 5. */
  readonly reconcileMinutes?: (worker: RepoWorker) => Promise<number>;
  /** Who dispatches ferry's stage runs, so a run's title may place its stage; without it only recorded run ids do. */
  readonly dispatcher?: () => Promise<Dispatcher | undefined>;
}

/** What a worker needs besides its options: the app-wide count of work in flight. */
interface WorkerContext extends RepoWorkerOptions {
  readonly work: WorkCounter;
}

/**
 * One repository's engine and the queue in front of it. Work for a repository runs one task at a
 * time, in arrival order, so a webhook is judged against the state the previous one left; work for
 * different repositories runs side by side. Each task waits for the engine's follow-up events
 * (stage dispatches) before the next starts, so a workflow webhook finds the run id it refers to.
 */
export class RepoWorker {
  readonly ref: RepoRef;
  readonly store: GitHubStateStore;
  readonly catalog: GitHubCatalog;
  readonly engine: Engine;
  /** Deployments this worker has seen in the state branch or sent events to. */
  private readonly known = new Set<string>();
  private listed = false;
  /** Ids of timer events the core refused (e.g. a timer left in a final state), not fired again by this replica. */
  private readonly refusedTimers = new BoundedSet<string>();
  private tail: Promise<void> = Promise.resolve();
  /** The earliest timer due in the state files as last read; the timer loop fires the worker then. */
  nextDue: string | undefined;
  /** When the timer loop reconciles this repository next; undefined until its first reconcile (start-up). */
  reconcileDue: string | undefined;
  /** When this replica last began reconciling the repository (webhooks reconcile at most once a minute). */
  lastReconciled: string | undefined;

  constructor(
    readonly installationId: number,
    ref: RepoRef,
    public defaultBranch: string,
    readonly client: GitHubClient,
    private readonly options: WorkerContext,
  ) {
    this.ref = { owner: ref.owner, repo: ref.repo };
    const log = options.log;
    this.store = new GitHubStateStore(client, this.ref);
    this.catalog = new GitHubCatalog(client, this.ref, {
      defaultBranch: () => this.defaultBranch,
      recorded: (d) => this.recorded(d),
    });
    this.engine = new Engine({
      store: this.store,
      catalog: this.catalog,
      // The default branch comes with every webhook: no request to look it up.
      runner: new ActionsRunner(client, this.ref, {
        ...(options.workflow ? { workflow: options.workflow } : {}),
        dispatchRef: () => this.defaultBranch,
        log,
      }),
      reporter: new GitHubReporter(client, this.ref, log),
      clock: options.clock,
      log,
      ...(options.coalesceMs === undefined ? {} : { coalesceMs: options.coalesceMs }),
    });
  }

  get log(): Logger {
    return this.options.log;
  }

  /** The runner workflow's file name. */
  get workflow(): string {
    return this.options.workflow ?? FERRY_STAGE_WORKFLOW;
  }

  /** Who dispatches ferry's stage runs (see {@link Dispatcher}); undefined when unknown. */
  dispatcher(): Promise<Dispatcher | undefined> {
    return this.options.dispatcher?.() ?? Promise.resolve(undefined);
  }

  get fullName(): string {
    return `${this.ref.owner}/${this.ref.repo}`;
  }

  /**
   * Queues a task behind this repository's earlier ones and returns at once with a promise of its
   * end. Failures are logged with a hint a person can act on; the promise never rejects. The task
   * counts as work in flight from now until it and the engine work it started have ended.
   */
  enqueue(what: string, task: () => Promise<void>): Promise<void> {
    this.options.work.begin();
    const run = async () => {
      // One webhook's reads of the state branch cost one request: see GitHubStateStore.beginTask.
      this.store.beginTask();
      try {
        await task();
        await this.engine.idle();
        await this.updateNextDue();
      } catch (error) {
        const hint = hintFor(error);
        this.options.log.error(
          { err: error, repo: this.fullName, ...(hint ? { hint } : {}) },
          `ferry could not handle ${what} for ${this.fullName}${hint ? `: ${hint}` : ""}`,
        );
      } finally {
        this.store.endTask();
        this.options.work.end();
      }
    };
    this.tail = this.tail.then(run);
    return this.tail;
  }

  /** Submits events to the engine and remembers the deployments they address. */
  submit(events: readonly DeploymentEvent[]): Promise<EventOutcome[]> {
    for (const { deployment } of events) this.known.add(deployment);
    return this.engine.submit(events);
  }

  /**
   * The valid state files of every known deployment; `fresh` asks GitHub instead of this replica's
   * memory (once per task: later fresh reads in the same task answer from that read and its writes).
   */
  async states(options: { fresh?: boolean } = {}): Promise<DeploymentState[]> {
    // Listing reads the whole branch, so the read after it answers from that fresh copy.
    if (options.fresh || !this.listed) await this.list();
    const snapshot = await this.store.read([...this.known]);
    const states: DeploymentState[] = [];
    for (const read of snapshot.deployments.values()) if (read.kind === "ok") states.push(read.state);
    return states;
  }

  /** The environment and reviewers a held workflow run waits for, if it waits for a reviewer. */
  pendingApproval(workflowRunId: number): Promise<ApprovalRequest | undefined> {
    return pendingApproval(this.client, this.ref, workflowRunId);
  }

  /**
   * Fires the timers that are due now and waits for the work they started; timer ids are
   * deterministic, so replicas apply each once. Counted as work in flight even outside a task.
   */
  fireDueTimers(now: string): Promise<EventOutcome[]> {
    return this.options.work.track(() => this.fireDue(now));
  }

  private async fireDue(now: string): Promise<EventOutcome[]> {
    const outcomes = await this.engine.fireDueTimers(now);
    await this.engine.idle();
    for (const outcome of outcomes) {
      this.known.add(outcome.deployment);
      // A timer the lifecycle refuses stays in the state file; firing it every tick would only cost requests.
      if (outcome.kind !== "applied" && outcome.kind !== "duplicate") this.refusedTimers.add(outcome.eventId);
    }
    return outcomes;
  }

  /**
   * Processes what no webhook delivered: the commits of the trigger branches after their cursors
   * and the overdue stages (src/app/repo-reconcile.ts). Run inside a task, like a webhook.
   */
  async reconcile(now: string, options: { readonly webhook?: boolean } = {}): Promise<void> {
    const minutes = options.webhook ? undefined : await this.reconcileMinutes();
    await reconcileRepository(this, now, minutes);
  }

  /** The interval from the repository's settings; the default when they cannot be read. */
  async reconcileMinutes(): Promise<number> {
    try {
      return (await this.options.reconcileMinutes?.(this)) ?? DEFAULT_RECONCILE_MINUTES;
    } catch (error) {
      this.options.log.warn(
        { err: error, repo: this.fullName },
        "could not read the settings; reconciling every 5 minutes",
      );
      return DEFAULT_RECONCILE_MINUTES;
    }
  }

  /** The branches that have a sync cursor on the state branch. */
  async cursorBranches(): Promise<string[]> {
    const branches: string[] = [];
    for (const text of (await this.store.syncFiles()).values()) {
      const parsed = parseSyncCursor(text);
      if (parsed.kind === "ok") branches.push(parsed.cursor.branch);
    }
    return branches;
  }

  /** Reads the state branch again (after a restart, or to see other replicas' work) and sets {@link nextDue}. */
  async rescan(): Promise<void> {
    await this.list();
    await this.updateNextDue();
  }

  private async list(): Promise<void> {
    const { deployments } = await this.store.list();
    for (const name of deployments) this.known.add(name);
    this.listed = true;
  }

  private async updateNextDue(): Promise<void> {
    if (this.known.size === 0 && this.listed) {
      this.nextDue = undefined;
      return;
    }
    const timers = (await this.states()).flatMap((s) =>
      s.timers.map((t) => ({ id: timerEventId(s.deployment, t), due: t.due })),
    );
    const dues = timers
      .filter((t) => !this.refusedTimers.has(t.id))
      .map((t) => t.due)
      .sort();
    this.nextDue = dues[0];
  }

  /** What a deployment's state file records about its manifest, from the store (its copy of the state branch). */
  private async recorded(deployment: string): Promise<RecordedManifest | undefined> {
    const read = (await this.store.read([deployment])).deployments.get(deployment);
    if (read?.kind !== "ok") return undefined;
    const { manifest, run } = read.state;
    return { ...(manifest ? { manifest } : {}), ...(run ? { version: run.version } : {}) };
  }
}

/** How often a repository is reconciled without webhooks when its settings do not say. */
export const DEFAULT_RECONCILE_MINUTES = 5;

/** The repository workers of one app process, created on first use and kept. */
export class RepoWorkers {
  private readonly workers = new Map<string, Promise<RepoWorker>>();
  /** Tasks queued or running (with the engine work they started) and timer firings, across every repository. */
  private readonly work = new WorkCounter();

  constructor(private readonly options: RepoWorkerOptions) {}

  /** The worker of a repository (keyed by installation and name: a repository moves with its installation). */
  get(installationId: number, ref: RepoRef, defaultBranch: string): Promise<RepoWorker> {
    const key = `${installationId}/${ref.owner}/${ref.repo}`.toLowerCase();
    let worker = this.workers.get(key);
    if (!worker) {
      worker = this.options
        .clientFor(installationId)
        .then(
          (client) => new RepoWorker(installationId, ref, defaultBranch, client, { ...this.options, work: this.work }),
        );
      worker.catch(() => this.workers.delete(key));
      this.workers.set(key, worker);
    }
    return worker.then((w) => {
      // The default branch can be renamed; webhooks carry the current name.
      w.defaultBranch = defaultBranch;
      return w;
    });
  }

  /** Every worker created so far. */
  async all(): Promise<RepoWorker[]> {
    const settled = await Promise.allSettled(this.workers.values());
    return settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  }

  /** Resolves once no repository has queued or running work (tests wait on this instead of sleeping). */
  idle(): Promise<void> {
    return this.work.idle();
  }
}
