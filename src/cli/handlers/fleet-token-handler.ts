import { fleetSecretFromEnv, fleetToken, localFleetSecret } from "../../app/fleet/fleet-token.ts";
import { INITIAL_FLEET_RECORD } from "../../core/fleet-record.ts";
import { CliFailure, EXIT, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { commonGitDir, LOCAL_REPOSITORY } from "../local/local-fleet.ts";

/** What `ferry fleet token <deployment>` runs: prints the token an agent of the deployment sends. */
export async function fleetTokenHandler(
  io: CliIo,
  repo: string,
  deployment: string,
  options: { repository?: string; generation?: string },
): Promise<void> {
  const explicit = options.generation === undefined ? undefined : Number(options.generation);
  if (explicit !== undefined && !(Number.isInteger(explicit) && explicit >= 1))
    throw new CliFailure("--generation must be a whole number from 1", EXIT.usage);
  if (options.repository !== undefined) {
    const key = fleetSecretFromEnv();
    if (key === undefined) throw new CliFailure("FERRY_FLEET_SECRET must be set (at least 32 characters)");
    const scope = { repository: options.repository, deployment, generation: explicit ?? 1 };
    io.out(fleetToken(key, scope));
    return;
  }
  io.out(await localFleetToken(io, repo, deployment, explicit));
}

/** The local-mode token of a deployment: the repository's key, the generation its fleet record holds (or `generation`). */
export async function localFleetToken(
  io: CliIo,
  repo: string,
  deployment: string,
  generation?: number,
): Promise<string> {
  return LocalSession.using(repo, io, undefined, async (session) => {
    await session.requireDeployment(deployment);
    const read = (await session.store.read([deployment])).deployments.get(deployment);
    const record = read?.kind === "ok" ? (read.state.fleet ?? INITIAL_FLEET_RECORD) : INITIAL_FLEET_RECORD;
    const key = await localFleetSecret(await commonGitDir(repo));
    return fleetToken(key, { repository: LOCAL_REPOSITORY, deployment, generation: generation ?? record.generation });
  });
}
