import { FerryOctokit } from "./ferry-octokit.ts";
import type { GitHubClient } from "./github-client.ts";

/**
 * A GitHub client for a plain token, as a workflow has (`GITHUB_TOKEN`), against `baseUrl` —
 * the runner's `GITHUB_API_URL`, so GitHub Enterprise Server works too. It is ferry's Octokit
 * (src/adapters/github/ferry-octokit.ts): 5xx, 429 and rate limits are retried with backoff that
 * honours `retry-after`. Entry points outside this folder may not import `@octokit/*`; this is
 * how the Action gets its client. `Octokit` lets tests scale the waits.
 */
export function tokenClient(
  token: string,
  baseUrl = "https://api.github.com",
  Octokit: typeof FerryOctokit = FerryOctokit,
): GitHubClient {
  return new Octokit({ auth: { token }, baseUrl, userAgent: "ferry-action" }) as unknown as GitHubClient;
}
