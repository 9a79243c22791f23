import { Command } from "commander";
import { helpExamples } from "../help-examples.ts";

/** `ferry serve`: starts the GitHub App, like `npm start` (Probot's environment: APP_ID, PRIVATE_KEY, WEBHOOK_SECRET, …). */
export function serveCommand(): Command {
  const command = new Command("serve").description("start the ferry GitHub App (like `npm start`)").action(async () => {
    // Loaded on demand: the CLI's other commands should not pay for Probot and the app.
    const [{ run }, app, { FerryOctokit }] = await Promise.all([
      import("probot"),
      import("../../app/index.ts"),
      import("../../adapters/github/ferry-octokit.ts"),
    ]);
    // ferry's Octokit: Probot's retry and throttling plugins, with rate limits waited out instead of dropped.
    const server = await run(app.default, { Octokit: FerryOctokit });
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
  ]);
}
