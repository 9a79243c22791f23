import { Command } from "commander";
import { INITIAL_FLEET_RECORD } from "../../core/fleet-record.ts";
import { fleetSecretFromEnv, fleetToken, localFleetSecret } from "../../app/fleet/fleet-token.ts";
import { CliFailure, EXIT, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { commonGitDir, LOCAL_REPOSITORY } from "../local/local-fleet.ts";

/**
 * `ferry fleet token <deployment>`: prints the bearer token an agent sends. Local mode signs it with
 * the repository's key (`.git/ferry/fleet-secret`); with `--repository owner/repo` it signs for the
 * App with `FERRY_FLEET_SECRET`. The generation comes from the deployment's fleet record.
 */
export function fleetCommand(io: CliIo, repo: () => string): Command {
  const fleet = new Command("fleet").description("fleet deployments: instances that heartbeat over ferry's API");
  fleet
    .command("token")
    .description("print the token an agent of <deployment> sends (docs/fleet.md#tokens)")
    .argument("<deployment>", "the fleet deployment")
    .option("--repository <owner/repo>", "sign for the GitHub App (with FERRY_FLEET_SECRET) instead of local mode")
    .option("--generation <n>", "the token generation (default: the deployment's fleet record, else 1)")
    .action(async (deployment: string, options: { repository?: string; generation?: string }) => {
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
      const session = await LocalSession.open(repo(), io);
      await session.requireDeployment(deployment);
      const read = (await session.store.read([deployment])).deployments.get(deployment);
      const record = read?.kind === "ok" ? (read.state.fleet ?? INITIAL_FLEET_RECORD) : INITIAL_FLEET_RECORD;
      const key = await localFleetSecret(await commonGitDir(repo()));
      io.out(fleetToken(key, { repository: LOCAL_REPOSITORY, deployment, generation: explicit ?? record.generation }));
    });
  return fleet;
}
