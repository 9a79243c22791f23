import { runAgent } from "../agent/run-agent.ts";
import { CliFailure, EXIT, type CliIo } from "../cli-io.ts";

export interface AgentCommandOptions {
  readonly server: string;
  readonly token?: string;
  readonly deployment: string;
  readonly instance: string;
  readonly health?: string;
  readonly currentVersion?: string;
  readonly interval: number;
}

/**
 * What `ferry agent` runs: the agent loop until SIGTERM or SIGINT (exit 0), or until the server
 * refuses the token or the deployment (exit 2). `signal` lets a test stop it as a signal would.
 */
export async function agentHandler(
  io: CliIo,
  update: readonly string[],
  options: AgentCommandOptions,
  signal?: AbortSignal,
): Promise<void> {
  const token = options.token ?? process.env["FERRY_FLEET_TOKEN"];
  if (!token)
    throw new CliFailure("--token or FERRY_FLEET_TOKEN is required (ferry fleet token <deployment>)", EXIT.usage);
  if (!/^https?:\/\/[^\s]+$/.test(options.server))
    throw new CliFailure(`--server must be an http(s) URL, not ${JSON.stringify(options.server)}`, EXIT.usage);
  const stop = new AbortController();
  const onSignal = () => stop.abort();
  process.once("SIGTERM", onSignal);
  process.once("SIGINT", onSignal);
  signal?.addEventListener("abort", onSignal, { once: true });
  try {
    const prefix = `${options.deployment}/${options.instance}:`;
    const exit = await runAgent({
      server: options.server,
      token,
      deployment: options.deployment,
      instance: options.instance,
      update: update.join(" "),
      ...(options.health === undefined ? {} : { health: options.health }),
      ...(options.currentVersion === undefined ? {} : { version: options.currentVersion }),
      intervalMs: options.interval * 1000,
      signal: stop.signal,
      log: (line) => io.out(`${prefix} ${line}`),
    });
    if (exit.kind === "exit") throw new CliFailure(exit.message, exit.code);
    io.out(`${prefix} stopped`);
  } finally {
    process.off("SIGTERM", onSignal);
    process.off("SIGINT", onSignal);
  }
}
