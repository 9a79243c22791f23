import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { helpExamples } from "../help-examples.ts";

/**
 * `ferry fleet token <deployment>`: prints the bearer token an agent sends. Local mode signs it with
 * the repository's key (`.git/ferry/fleet-secret`); with `--repository owner/repo` it signs for the
 * App with `FERRY_FLEET_SECRET`. The generation comes from the deployment's fleet record.
 */
export function fleetCommand(io: CliIo, repo: () => string): Command {
  const fleet = new Command("fleet").description("fleet deployments: instances that heartbeat over ferry's API");
  const token = fleet
    .command("token")
    .description("print the token an agent of <deployment> sends (docs/fleet.md#tokens)")
    .argument("<deployment>", "the fleet deployment")
    .option("--repository <owner/repo>", "sign for the GitHub App (with FERRY_FLEET_SECRET) instead of local mode")
    .option("--generation <n>", "the token generation (default: the deployment's fleet record, else 1)")
    .action(async (deployment: string, options: { repository?: string; generation?: string }) =>
      (await import("../handlers/fleet-token-handler.ts")).fleetTokenHandler(io, repo(), deployment, options),
    );
  helpExamples(token, [
    ["the token of a local fleet deployment, for `ferry serve --local`", "ferry fleet token web"],
    ["a token for the GitHub App's API", "FERRY_FLEET_SECRET=… ferry fleet token web --repository acme/shop"],
  ]);
  return helpExamples(fleet, [["print the token agents of web send", "ferry fleet token web"]]);
}
