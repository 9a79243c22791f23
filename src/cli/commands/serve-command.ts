import { Command } from "commander";
import type { CliIo } from "../cli-io.ts";
import { numericOption } from "../numeric-option.ts";

/**
 * `ferry serve`: starts the GitHub App, like `npm start` (Probot's environment: APP_ID, PRIVATE_KEY,
 * WEBHOOK_SECRET, …). `ferry serve --local` serves the fleet API over the local repository instead.
 */
export function serveCommand(io?: CliIo, repo?: () => string): Command {
  return new Command("serve")
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
      const [{ run }, app, { FerryOctokit }] = await Promise.all([
        import("probot"),
        import("../../app/index.ts"),
        import("../../adapters/github/ferry-octokit.ts"),
      ]);
      // ferry's Octokit: Probot's retry and throttling plugins, with rate limits waited out instead of dropped.
      await run(app.default, { Octokit: FerryOctokit });
      // The server keeps the process alive; never resolve so the CLI does not exit underneath it.
      await new Promise<never>(() => {});
    });
}
