import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { fleetAmountOption, shareOption } from "../fleet-amount-option.ts";
import type { FleetSimulateOptions } from "../handlers/fleet-simulate-handler.ts";
import type { FleetStatusOptions } from "../handlers/fleet-status-handler.ts";
import { helpExamples } from "../help-examples.ts";
import { numericOption } from "../numeric-option.ts";

/** The most instances `fleet simulate` runs: the embedded inventory holds 20,000 per deployment. */
export const SIMULATE_MAX_INSTANCES = 20_000;
/** Where `ferry serve --local` listens unless told otherwise. */
export const LOCAL_FLEET_SERVER = "http://127.0.0.1:8787";

/**
 * `ferry fleet token|status|simulate`. `token` prints the bearer token an agent sends (local mode
 * signs it with `.git/ferry/fleet-secret`; `--repository owner/repo` signs for the App with
 * `FERRY_FLEET_SECRET`); `status` lists a fleet's inventory from the server that holds it;
 * `simulate` runs simulated agents against a server in this process (docs/fleet.md).
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

  const status = fleet
    .command("status")
    .description("show a fleet's inventory: each instance's status, versions and update state, and the counts")
    .argument("<deployment>", "the fleet deployment")
    .option(
      "--server <url>",
      "the server that holds the inventory: `ferry serve --local`'s, or the App's",
      LOCAL_FLEET_SERVER,
    )
    .option(
      "--token <token>",
      "the deployment's token; default $FERRY_FLEET_TOKEN, else the local one (ferry fleet token)",
    )
    .option("--json", "print the inventory as JSON (stable fields)")
    .action(async (deployment: string, options: FleetStatusOptions) =>
      (await import("../handlers/fleet-status-handler.ts")).fleetStatusHandler(io, repo(), deployment, options),
    );
  helpExamples(status, [
    ["the inventory of web, from `ferry serve --local` on this machine", "ferry fleet status web"],
    [
      "from the App, as JSON",
      "FERRY_FLEET_TOKEN=… ferry fleet status web --server https://ferry.example.com --json | jq '.counts'",
    ],
  ]);

  const simulate = fleet
    .command("simulate")
    .description(
      "run simulated agents against a fleet server in this process, on a temporary repository: v1 rolls out, a failing v2 rolls back",
    )
    .option(
      "--instances <n>",
      "simulated instances",
      numericOption({ min: 1, max: SIMULATE_MAX_INSTANCES, integer: true, unit: "instances" }),
      20,
    )
    .option("--batch-size <n|p%>", "the manifest's strategy.batchSize", fleetAmountOption, {
      kind: "count",
      count: 5,
    })
    .option("--failure-threshold <n|p%>", "the manifest's strategy.failureThreshold", fleetAmountOption, {
      kind: "percent",
      percent: 10,
    })
    .option("--fail-rate <r>", "the share of instances whose update to v2 fails (0 to 1)", shareOption, 0.2)
    .option("--degraded-rate <r>", "the share that report DEGRADED once after updating to v2 (0 to 1)", shareOption, 0)
    .option(
      "--seed <n>",
      "seeds which instances fail and degrade: the same seed, the same run",
      numericOption({ min: 0, max: 4_294_967_295, integer: true, unit: "seed" }),
      1,
    )
    .option("--json", "print each rollout and the heartbeat latency as JSON")
    .option("--keep", "keep the temporary repository, to read its ferry/state branch")
    .action(async (options: FleetSimulateOptions) =>
      (await import("../handlers/fleet-simulate-handler.ts")).fleetSimulateHandler(io, options),
    );
  helpExamples(simulate, [
    ["20 instances, batches of 5, a fifth of them failing on v2", "ferry fleet simulate"],
    [
      "1,000 instances in batches of 10%, as JSON",
      "ferry fleet simulate --instances 1000 --batch-size 10% --fail-rate 0.05 --failure-threshold 2% --seed 42 --json",
    ],
  ]);
  return helpExamples(fleet, [
    ["print the token agents of web send", "ferry fleet token web"],
    ["show web's instances", "ferry fleet status web"],
    ["watch a simulated fleet roll out and roll back", "ferry fleet simulate --instances 50 --degraded-rate 0.1"],
  ]);
}
