import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { helpExamples } from "../help-examples.ts";
import { numericOption } from "../numeric-option.ts";

/**
 * `ferry serve`: starts the GitHub App, like `npm start` (Probot's environment: APP_ID, PRIVATE_KEY,
 * WEBHOOK_SECRET, …), with ferry's own app.yml wherever it runs (serve-app.ts). `ferry serve --local`
 * serves the fleet API over the local repository instead.
 */
export function serveCommand(io?: CliIo, repo?: () => string): Command {
  const command = new Command("serve")
    .description("start the ferry GitHub App (like `npm start`), or with --local the fleet API of this repository")
    .option("--local", "serve the fleet API (docs/fleet.md) over the local repository's ferry/state")
    .option(
      "--port <port>",
      "with --local: the port (0 picks a free one)",
      numericOption({ min: 0, max: 65_535, integer: true, unit: "port" }),
      8787,
    )
    .option("--host <host>", "with --local: the address to listen on", "127.0.0.1")
    .action(async (options: { local?: boolean; port: number; host: string }) => {
      if (options.local && io && repo) {
        const { startLocalFleetServer } = await import("../local/local-fleet.ts");
        const server = await startLocalFleetServer({ repo: repo(), io, port: options.port, host: options.host });
        io.out(`ferry: fleet API on ${server.url}/ferry/v1/ (ferry fleet token <deployment> prints a token)`);
        await new Promise<never>(() => {});
      }
      // Loaded on demand: the CLI's other commands should not pay for Probot and the app.
      const { serveApp } = await import("../serve-app.ts");
      const server = await serveApp();
      // As a container's PID 1 node gets no default signal handling: stop the server and exit on
      // SIGTERM (docker stop, Kubernetes) and SIGINT, so shutdown is prompt instead of a SIGKILL later.
      const shutdown = () => void server.stop().finally(() => process.exit(0));
      process.once("SIGTERM", shutdown);
      process.once("SIGINT", shutdown);
      // The server keeps the process alive; never resolve so the CLI does not exit underneath it.
      await new Promise<never>(() => {});
    });
  return helpExamples(command, [
    ["first run: Probot's setup page registers the GitHub App and writes .env", "ferry serve"],
    ["with an App already registered", "APP_ID=123 PRIVATE_KEY_PATH=key.pem WEBHOOK_SECRET=s ferry serve"],
    ["the fleet API of this repository, for agents on this machine", "ferry serve --local --port 8787"],
  ]);
}
