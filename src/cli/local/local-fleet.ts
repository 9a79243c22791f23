import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { LocalReporter } from "../../adapters/local/local-reporter.ts";
import { runGit } from "../../adapters/local/run-git.ts";
import { systemClock } from "../../adapters/local/system-clock.ts";
import { MemoryFleetInventory } from "../../adapters/memory/memory-fleet-inventory.ts";
import { fleetHttpHandler } from "../../app/fleet/fleet-http.ts";
import { fleetInventoryFromEnv } from "../../app/fleet/fleet-inventory-from-env.ts";
import { localFleetSecret } from "../../app/fleet/fleet-token.ts";
import { FleetService } from "../../engine/fleet-service.ts";
import type { FleetInventoryStore } from "../../ports/fleet-inventory-store.ts";
import type { CliIo } from "../cli-io.ts";
import { LocalSession } from "./local-session.ts";

/** In local mode a token names this repository: the key is the repository's own (`.git/ferry/`). */
export const LOCAL_REPOSITORY = "local";

/** The repository's shared git directory (the main one, for a worktree), where local mode keeps its fleet key. */
export async function commonGitDir(repo: string): Promise<string> {
  const result = await runGit(repo, ["rev-parse", "--path-format=absolute", "--git-common-dir"]);
  return result.stdout.trim();
}

export interface LocalFleetServer {
  readonly url: string;
  readonly session: LocalSession;
  readonly service: FleetService;
  /** Takes in the manifests at the branch tip, fires due timers, and decides every fleet heard from. */
  tick(): Promise<void>;
  close(): Promise<void>;
}

export interface LocalFleetOptions {
  readonly repo: string;
  readonly io: CliIo;
  readonly port?: number;
  readonly host?: string;
  /** How often to tick; 0 leaves ticking to the caller (tests, the simulator). Default 1 s. */
  readonly tickMs?: number;
  /** Default: Redis when `REDIS_URL` is set, else the process's memory. */
  readonly inventory?: FleetInventoryStore;
}

/**
 * `ferry serve --local`: the fleet API over a plain git repository. Fleet records are committed to
 * its `ferry/state` branch by the same compare-and-swap as every local move; the rollout's end
 * drives the local engine like a stage's result would.
 */
export async function startLocalFleetServer(options: LocalFleetOptions): Promise<LocalFleetServer> {
  const session = await LocalSession.open(options.repo, options.io);
  await session.catalogAtTip();
  const key = await localFleetSecret(await commonGitDir(options.repo));
  const inventory = options.inventory ?? (await fleetInventoryFromEnv()) ?? new MemoryFleetInventory();
  const service = new FleetService({
    repository: LOCAL_REPOSITORY,
    store: session.store,
    catalog: session.catalog,
    reporter: new LocalReporter((line) => options.io.out(`  ${line}`)),
    engine: session.engine,
    inventory,
    clock: systemClock,
  });
  const handler = fleetHttpHandler({
    key: () => Promise.resolve(key),
    serviceFor: (repository) => Promise.resolve(repository === LOCAL_REPOSITORY ? service : undefined),
  });
  const server: Server = createServer((req, res) => {
    handler(req, res).then(
      (handled) => {
        if (!handled) res.writeHead(404, { "content-type": "application/json" }).end('{"error":"not-found"}');
      },
      (error: unknown) => {
        options.io.err(`ferry: fleet request failed: ${(error as Error).message}`);
        if (!res.headersSent) res.writeHead(500).end();
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, options.host ?? "127.0.0.1", resolve));
  const address = server.address() as AddressInfo;
  const tick = async () => {
    await session.catalogAtTip();
    await session.engine.fireDueTimers();
    await service.tickAll();
    await session.engine.idle();
  };
  let running: Promise<void> | undefined;
  const interval =
    options.tickMs === 0
      ? undefined
      : setInterval(() => {
          // One tick at a time: a slow commit must not pile ticks up behind it.
          running ??= tick()
            .catch((error: unknown) => options.io.err(`ferry: fleet tick failed: ${(error as Error).message}`))
            .finally(() => (running = undefined));
        }, options.tickMs ?? 1000);
  return {
    url: `http://${address.address}:${address.port}`,
    session,
    service,
    tick,
    close: async () => {
      if (interval) clearInterval(interval);
      await running;
      await new Promise((resolve) => server.close(resolve));
      await session.engine.idle();
      await session.close();
      await inventory.close();
    },
  };
}
