import { MemoryFleetInventory } from "../../adapters/memory/memory-fleet-inventory.ts";
import type { FleetRecord } from "../../core/fleet-record.ts";
import type { FleetInstance } from "../../core/fleet-state.ts";
import { startLocalFleetServer } from "../local/local-fleet.ts";

/**
 * The fleet server a simulation drives: `ferry serve --local`'s, in this process (the simulator)
 * or in another (the benchmark, so that the server's CPU and memory are its own).
 */
export interface SimulationServer {
  readonly url: string;
  /** One round of the server's loop: take in the manifests, fire timers, decide every fleet heard from. */
  tick(): Promise<void>;
  /** A deploy of `version`, as `ferry deploy` submits it. */
  deploy(deployment: string, version: string): Promise<void>;
  /** The deployment's fleet record as the server last decided it. */
  record(deployment: string): Promise<FleetRecord>;
  instances(deployment: string): Promise<FleetInstance[]>;
  close(): Promise<void>;
}

/** `ferry serve --local` over `repo`, in this process, ticked only by the caller, its inventory in memory. */
export async function inProcessServer(repo: string, onError: (line: string) => void): Promise<SimulationServer> {
  const server = await startLocalFleetServer({
    repo,
    io: { out: () => {}, err: onError },
    tickMs: 0,
    inventory: new MemoryFleetInventory(),
  });
  return {
    url: server.url,
    tick: () => server.tick(),
    deploy: async (deployment, version) => {
      await server.session.engine.submit([
        {
          deployment,
          event: {
            type: "deploy",
            id: `simulate:${version}`,
            at: new Date().toISOString(),
            actor: "simulate",
            cause: "cli",
            version,
          },
        },
      ]);
    },
    record: (deployment) => server.service.recordOf(deployment),
    instances: async (deployment) => {
      const listed = await server.service.inventory(deployment);
      return listed.ok ? [...listed.instances.values()] : [];
    },
    close: () => server.close(),
  };
}
