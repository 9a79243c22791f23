import type { ApplicationFunction, ApplicationFunctionOptions, Context, Probot } from "probot";
import type { GitHubClient, RepoRef } from "../adapters/github/github-client.ts";
import type { Dispatcher } from "../adapters/github/stage-run-name.ts";
import { appInstallations, appSlug, installationRepositories } from "../adapters/github/app-installations.ts";
import { boundConfigReads } from "../adapters/github/bound-config-reads.ts";
import { systemClock } from "../adapters/local/system-clock.ts";
import type { Clock } from "../ports/clock.ts";
import type { Logger } from "../ports/logger.ts";
import { handleWebhook } from "./handlers/handle-webhook.ts";
import type { FleetInventoryStore } from "../ports/fleet-inventory-store.ts";
import { AppFleets } from "./fleet/app-fleets.ts";
import { fleetInventoryFromEnv } from "./fleet/fleet-inventory-from-env.ts";
import { fleetSecretFromEnv } from "./fleet/fleet-token.ts";
import type { HandlerContext } from "./handlers/handler-context.ts";
import { PayloadError } from "./payload.ts";
import { RepoWorkers, type RepoWorker } from "./repo-workers.ts";
import { Settings, SETTINGS_FILE } from "./settings.ts";
import { TimerLoop } from "./timer-loop.ts";
import { isLanding, WEBHOOK_EVENTS, webhookFactsOf, type WebhookEvent } from "./webhook-facts/webhook-facts.ts";

/** The runner workflow's default file name (docs/architecture.md#names-fixed-for-users). */
const DEFAULT_WORKFLOW = "ferry-stage.yml";

export interface FerryAppOptions {
  /** Time for events and timers; tests pass a clock they move. Default: the system clock. */
  readonly clock?: Clock;
  /** How often the timer loop looks for due timers. Default 30 s. */
  readonly timerIntervalMs?: number;
  /** How often the timer loop lists installations and repositories again. Default 10 min. */
  readonly rescanMs?: number;
  /** The runner workflow's file name. Default `ferry-stage.yml`. */
  readonly workflow?: string;
  /** Events within this window share one state commit. Default: the engine's. */
  readonly coalesceMs?: number;
  /**
   * Token mode, for the Action's `command: engine`: Probot runs with a workflow's token, events
   * carry no installation, and there is no timer loop (a job is short-lived; a `schedule` event
   * calls `fireDueTimers` instead).
   */
  readonly tokenMode?: boolean;
  /** The fleet API's token key. Default: `FERRY_FLEET_SECRET`; without one the API answers 503. */
  readonly fleetSecret?: Uint8Array;
  /** The fleet inventory. Default: Redis when `REDIS_URL` is set, else this process's memory. */
  readonly fleetInventory?: FleetInventoryStore;
  /** How often fleets are decided (docs/fleet.md). Default 1 s. */
  readonly fleetTickMs?: number;
}

/** ferry's Probot application function, with handles for tests and shutdown. */
export interface FerryApp extends ApplicationFunction {
  /** Resolves once no timer pass is running and no repository has queued or running work. */
  idle(): Promise<void>;
  /** Runs the timer loop once now (rescanning when due) and waits for what it started. */
  tick(): Promise<void>;
  /** Stops the timer loop. */
  stop(): void;
  /** Fires the due timers of one repository now and waits for what they started (token mode's `schedule`). */
  fireDueTimers(ref: { owner: string; repo: string }, defaultBranch: string): Promise<void>;
  /** Decides every fleet heard from since the last tick, and waits for the engine work it started. */
  tickFleets(): Promise<void>;
}

/**
 * Builds the GitHub App. Webhooks are answered at once: each handler only queues its work on the
 * repository's serial queue (Probot awaits handlers, and GitHub wants an answer within 10 s);
 * the work goes on after the response. A timer loop fires due timers without any webhook.
 */
export function createFerryApp(options: FerryAppOptions = {}): FerryApp {
  const clock = options.clock ?? systemClock;
  const workflow = options.workflow ?? DEFAULT_WORKFLOW;
  let workers: RepoWorkers | undefined;
  let timers: TimerLoop | undefined;
  let fleets: AppFleets | undefined;
  let fleetTicks: ReturnType<typeof setInterval> | undefined;

  const appFn: ApplicationFunction = (app: Probot, probotOptions?: ApplicationFunctionOptions) => {
    const log = loggerOf(app.log);
    const settings = new Settings(log);
    const dispatcher = dispatcherOf(app, log, options.tokenMode === true);
    const repoWorkers = new RepoWorkers({
      clock,
      log,
      workflow,
      dispatcher,
      ...(options.coalesceMs === undefined ? {} : { coalesceMs: options.coalesceMs }),
      clientFor: (installationId) => app.auth(installationId) as Promise<GitHubClient>,
      reconcileMinutes: async (worker) =>
        (await settings.get(worker.fullName, () => configOf(worker.client, worker.ref))).reconcile.intervalMinutes,
    });
    workers = repoWorkers;

    // The one error path for untrusted payloads: a PayloadError, where the facts are read or later
    // in the handler (a workflow run's fields), ignores the delivery with a warning naming it.
    const ignored = (context: Context<WebhookEvent>, error: PayloadError) =>
      log.warn({ delivery: context.id, event: context.name }, `ignored webhook: ${error.message}`);
    // Context<WebhookEvent>, not a bare Context (every webhook GitHub has): typed with the six events it
    // listens to, the handler needs no comparison of all of GitHub's payload types when it is type-checked.
    app.on([...WEBHOOK_EVENTS], async (context: Context<WebhookEvent>) => {
      let entered;
      try {
        entered = webhookFactsOf(context.name as WebhookEvent, context.payload, context.id, {
          requireInstallation: !options.tokenMode,
        });
      } catch (error) {
        if (error instanceof PayloadError) return ignored(context, error);
        throw error;
      }
      const { origin, facts } = entered;
      const worker = await repoWorkers.get(
        origin.installationId,
        { owner: origin.owner, repo: origin.repo },
        origin.defaultBranch,
      );
      const ctx: HandlerContext = {
        worker,
        origin,
        deliveryId: context.id,
        settings: () =>
          settings.get(origin.fullName, () => {
            boundConfigReads(context.octokit);
            return context.config("ferry.yml");
          }),
        forgetSettings: () => settings.forget(origin.fullName),
        now: () => clock.now(),
        sleep: (ms) => clock.sleep(ms),
        workflow,
        dispatcher,
        log,
      };
      // Not awaited: the webhook is answered now; the repository's queue keeps the order and logs a task's error.
      void worker
        .enqueue(`${context.name} ${context.id}`, async () => {
          // Any webhook but a landing first does what lost or failed ones left undone (at most once a
          // minute per replica); a landing reconciles its own branch from the commit it announces.
          if (!isLanding(facts)) await worker.reconcile(clock.now(), { webhook: true });
          await handleWebhook(ctx, facts);
        })
        .catch((error: unknown) =>
          error instanceof PayloadError
            ? ignored(context, error)
            : log.error({ err: error, delivery: context.id }, "webhook task failed"),
        );
    });

    if (options.tokenMode) return;
    // The fleet API (docs/fleet.md), through Probot's server: the same handler `ferry serve --local` serves.
    fleets = new AppFleets({
      app,
      workers: repoWorkers,
      clock,
      log,
      key: options.fleetSecret ?? fleetSecretFromEnv(),
      inventory: () => (options.fleetInventory ? Promise.resolve(options.fleetInventory) : fleetInventoryFromEnv()),
    });
    if (typeof probotOptions?.addHandler === "function") probotOptions.addHandler(fleets.handler());
    const appFleets = fleets;
    fleetTicks = setInterval(() => void appFleets.tickAll(), options.fleetTickMs ?? 1000);
    fleetTicks.unref();
    timers = new TimerLoop({
      clock,
      log,
      workers: () => repoWorkers.all(),
      discover: () => discoverRepositories(app, repoWorkers),
      ...(options.timerIntervalMs === undefined ? {} : { intervalMs: options.timerIntervalMs }),
      ...(options.rescanMs === undefined ? {} : { rescanMs: options.rescanMs }),
    });
    timers.start();
  };

  return Object.assign(appFn, {
    idle: async () => {
      await timers?.idle();
      await workers?.idle();
    },
    tick: async () => {
      await timers?.tick();
      await workers?.idle();
    },
    stop: () => {
      timers?.stop();
      if (fleetTicks) clearInterval(fleetTicks);
    },
    tickFleets: async () => {
      await fleets?.tickAll();
      await workers?.idle();
    },
    fireDueTimers: async (ref: { owner: string; repo: string }, defaultBranch: string) => {
      if (!workers) throw new FerryAppNotLoadedError("fireDueTimers before the app was loaded into Probot");
      const worker = await workers.get(0, ref, defaultBranch);
      await worker.fireDueTimers(clock.now());
      await workers.idle();
    },
  });
}

/** The app was used before Probot loaded it: a wiring bug in the entry point. */
export class FerryAppNotLoadedError extends Error {
  override readonly name = "FerryAppNotLoadedError";
}

/** Every repository of every installation, each with its worker: what a restart rebuilds timers from. */
async function discoverRepositories(app: Probot, workers: RepoWorkers): Promise<RepoWorker[]> {
  const installations = await appInstallations((await app.auth()) as GitHubClient);
  const found: RepoWorker[] = [];
  for (const installation of installations) {
    const repositories = await installationRepositories((await app.auth(installation)) as GitHubClient);
    for (const { owner, repo, defaultBranch } of repositories)
      found.push(await workers.get(installation, { owner, repo }, defaultBranch));
  }
  return found;
}

/**
 * Who dispatches ferry's stage runs, so a run's title may name its stage: the app's bot
 * (`<slug>[bot]`, asked once per process with the app's JWT); in token mode whatever identity the
 * workflow's token has, which is not known in advance. A failed lookup is asked again next time.
 */
function dispatcherOf(app: Probot, log: Logger, tokenMode: boolean): () => Promise<Dispatcher | undefined> {
  if (tokenMode) return () => Promise.resolve("anyone");
  let identity: Promise<Dispatcher | undefined> | undefined;
  return () => {
    identity ??= app
      .auth()
      .then((octokit) => appSlug(octokit as GitHubClient))
      .then(
        (slug): Dispatcher | undefined => (slug ? { login: `${slug}[bot]` } : undefined),
        (error: unknown) => {
          identity = undefined;
          log.warn(
            { err: error },
            "could not read the app's identity; workflow runs are matched by recorded run ids only",
          );
          return undefined;
        },
      );
    return identity;
  };
}

/**
 * `.github/ferry.yml` through Probot's config plugin on the installation's Octokit, as
 * `context.config` reads it (with `_extends`), for work that has no webhook context (the timer loop).
 */
function configOf(client: GitHubClient, ref: RepoRef): Promise<unknown> {
  const octokit = client as GitHubClient & {
    config?: { get(options: { owner: string; repo: string; path: string }): Promise<{ config: unknown }> };
  };
  if (!octokit.config) return Promise.resolve({});
  boundConfigReads(octokit as unknown as Parameters<typeof boundConfigReads>[0]);
  return octokit.config.get({ ...ref, path: SETTINGS_FILE }).then((answer) => answer.config);
}

/** Probot's pino logger through ferry's small Logger port. */
function loggerOf(log: Probot["log"]): Logger {
  return {
    info: (object, message) => (typeof object === "string" ? log.info(object) : log.info(object, message)),
    warn: (object, message) => (typeof object === "string" ? log.warn(object) : log.warn(object, message)),
    error: (object, message) => (typeof object === "string" ? log.error(object) : log.error(object, message)),
  };
}
