import { Octokit } from "@octokit/rest";
import type { GitHubClient } from "./github-client.ts";

/**
 * A GitHub client for a plain token, as a workflow has (`GITHUB_TOKEN`), against `baseUrl` —
 * the runner's `GITHUB_API_URL`, so GitHub Enterprise Server works too. Entry points outside
 * this folder may not import `@octokit/*`; this is how the Action gets its client.
 */
export function tokenClient(token: string, baseUrl = "https://api.github.com"): GitHubClient {
  return new Octokit({ auth: token, baseUrl, userAgent: "ferry-action" });
}
