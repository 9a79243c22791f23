import type { LocalFleetServer } from "../../src/cli/local/local-fleet.ts";

/** Deploys `version` of the fleet tests' `api` deployment on a local fleet server, as `ferry deploy` would. */
export function localFleetDeploy(server: LocalFleetServer, version: string): Promise<unknown> {
  return server.session.engine.submit([
    {
      deployment: "api",
      event: { type: "deploy", id: `test:${version}`, at: new Date().toISOString(), actor: "t", cause: "cli", version },
    },
  ]);
}
