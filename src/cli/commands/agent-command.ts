import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import type { AgentCommandOptions } from "../handlers/agent-handler.ts";
import { helpExamples } from "../help-examples.ts";
import { numericOption } from "../numeric-option.ts";

/** Bounds of `agent --interval`, in seconds. ferry forgets an instance unheard for 90 s. */
export const AGENT_INTERVAL = { min: 1, max: 60, default: 10 } as const;

/**
 * `ferry agent … -- <update command>`: one fleet instance's agent (docs/fleet.md#the-agent).
 * Exit 0 when stopped (SIGTERM, SIGINT), 2 when the server refuses the token or the deployment.
 */
export function agentCommand(io: CliIo): Command {
  const command = new Command("agent")
    .description("run a fleet instance's agent: heartbeat, run the update command when ferry says, report health")
    .argument("<command...>", "the update command, after --: run by bash with FERRY_VERSION set")
    .requiredOption("--server <url>", "the fleet API: the App's URL, or `ferry serve --local`'s")
    .option("--token <token>", "the deployment's token (`ferry fleet token <deployment>`); default $FERRY_FLEET_TOKEN")
    .requiredOption("--deployment <name>", "the fleet deployment")
    .requiredOption("--instance <id>", "this instance's id (sorted as text: pad numbers, web-02)")
    .option("--health <command>", "a health check run after each update and each interval: exit 0 healthy")
    .option("--current-version <version>", "the version this instance runs now (default: what ferry recorded)")
    .option(
      "--interval <seconds>",
      `seconds between heartbeats (${AGENT_INTERVAL.min} to ${AGENT_INTERVAL.max})`,
      numericOption({ ...AGENT_INTERVAL, unit: "seconds" }),
      AGENT_INTERVAL.default,
    )
    .action(async (update: string[], options: AgentCommandOptions) =>
      (await import("../handlers/agent-handler.ts")).agentHandler(io, update, options),
    );
  return helpExamples(command, [
    [
      "an agent for instance web-01 of a local fleet",
      'ferry agent --server http://127.0.0.1:8787 --token "$(ferry fleet token web)" --deployment web --instance web-01 -- ./deploy.sh',
    ],
    [
      "with a health check, the token from the environment",
      "FERRY_FLEET_TOKEN=… ferry agent --server https://ferry.example.com --deployment web --instance web-01 --health 'curl -fsS localhost/healthz' -- 'systemctl restart web@$FERRY_VERSION'",
    ],
  ]);
}
