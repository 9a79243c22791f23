import type { ActionIO } from "../action-io.ts";

/**
 * Why `command: engine` does not run yet, as the step's failure message. The plan was
 * `@probot/adapter-github-actions`' `run(app)` with the app of `src/app`; it does not fit:
 *
 * - the adapter depends on probot 13 while ferry's app is built on probot 14: the application
 *   function types do not match (TS2345), and a second Probot and Octokit would ship in the bundle;
 * - it builds Probot from `GHE_HOST`, not the runner's `GITHUB_API_URL`;
 * - an event inside a workflow carries no `installation`, and with a plain token
 *   `app.auth(installationId)` answers a token, not a client: the app needs a token mode
 *   (one repository, `GITHUB_TOKEN`, no installation discovery) before it can run here.
 */
export const ENGINE_NOT_YET =
  "command engine is not available yet: it needs a token mode of the ferry app (events inside a workflow carry no installation, and the workflow's GITHUB_TOKEN is not an app installation), and @probot/adapter-github-actions pins probot 13 while ferry's app is built on probot 14. Run the ferry app as a GitHub App (`npm start`) or ferry's local mode (`ferry sync`) meanwhile.";

/** `command: engine` — reports that it is not available yet, instead of pretending to run. */
export async function engineCommand(io: ActionIO): Promise<void> {
  io.output("result", "failed");
  io.fail(ENGINE_NOT_YET);
}
