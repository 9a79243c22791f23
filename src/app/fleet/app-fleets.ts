import type { Probot } from "probot";
import { defaultBranchOf, repositoryInstallation } from "../../adapters/github/app-installations.ts";
import type { GitHubClient } from "../../adapters/github/github-client.ts";
import { GitHubReporter } from "../../adapters/github/github-reporter.ts";
import { MemoryFleetInventory } from "../../adapters/memory/memory-fleet-inventory.ts";
import { FleetService } from "../../engine/fleet-service.ts";
import type { Clock } from "../../ports/clock.ts";
import type { FleetInventoryStore } from "../../ports/fleet-inventory-store.ts";
import type { Logger } from "../../ports/logger.ts";
import type { RepoWorker, RepoWorkers } from "../repo-workers.ts";
import { fleetHttpHandler } from "./fleet-http.ts";

/** Fleet services kept at once, one per repository; the oldest is dropped past it (it is rebuilt on demand). */
const SERVICES_LIMIT = 1_000;

export interface AppFleetsOptions {
  readonly app: Probot;
  readonly workers: RepoWorkers;
  readonly clock: Clock;
  readonly log: Logger;
  readonly key: Uint8Array | undefined;
  /** Shared across replicas when `REDIS_URL` is set; else this process's memory. */
  readonly inventory: () => Promise<FleetInventoryStore | undefined>;
}

/**
 * The App's fleets: the API handler for Probot's `addHandler`, and one fleet service per repository
 * a token names, over that repository's worker (its state store, catalog and engine). Services hold
 * no state that decides anything: a dropped one is rebuilt from `ferry/state` and the inventory.
 */
export class AppFleets {
  private readonly services = new Map<string, Promise<FleetService | undefined>>();
  private inventory: Promise<FleetInventoryStore> | undefined;

  constructor(private readonly options: AppFleetsOptions) {}

  readonly handler = () =>
    fleetHttpHandler({
      key: () => Promise.resolve(this.options.key),
      serviceFor: (repository) => this.serviceFor(repository),
    });

  /** Decides every fleet heard from since the last tick. */
  async tickAll(): Promise<void> {
    const settled = await Promise.allSettled(this.services.values());
    for (const s of settled) if (s.status === "fulfilled" && s.value) await s.value.tickAll();
  }

  async close(): Promise<void> {
    if (this.inventory) await (await this.inventory).close();
  }

  private serviceFor(repository: string): Promise<FleetService | undefined> {
    const key = repository.toLowerCase();
    let service = this.services.get(key);
    if (!service) {
      service = this.build(repository);
      service.then(
        (s) => s ?? this.services.delete(key),
        () => this.services.delete(key),
      );
      this.services.set(key, service);
      if (this.services.size > SERVICES_LIMIT) this.services.delete(this.services.keys().next().value as string);
    }
    return service;
  }

  private async build(repository: string): Promise<FleetService | undefined> {
    const worker = await this.workerOf(repository);
    if (!worker) return undefined;
    this.inventory ??= this.options.inventory().then((shared) => shared ?? new MemoryFleetInventory());
    return new FleetService({
      repository: worker.fullName,
      store: worker.store,
      catalog: worker.catalog,
      reporter: new GitHubReporter(worker.client, worker.ref, this.options.log),
      engine: worker.engine,
      inventory: await this.inventory,
      clock: this.options.clock,
      log: this.options.log,
    });
  }

  /** The repository's worker: one this replica has, or one built from the App's installation on it. */
  private async workerOf(repository: string): Promise<RepoWorker | undefined> {
    const known = (await this.options.workers.all()).find((w) => w.fullName.toLowerCase() === repository.toLowerCase());
    if (known) return known;
    const [owner, repo, ...rest] = repository.split("/");
    if (!owner || !repo || rest.length > 0) return undefined;
    try {
      const installation = await repositoryInstallation((await this.options.app.auth()) as GitHubClient, {
        owner,
        repo,
      });
      const client = (await this.options.app.auth(installation)) as GitHubClient;
      const defaultBranch = await defaultBranchOf(client, { owner, repo });
      return await this.options.workers.get(installation, { owner, repo }, defaultBranch);
    } catch (error) {
      this.options.log.warn({ err: error, repository }, "fleet request for a repository the App is not installed on");
      return undefined;
    }
  }
}
