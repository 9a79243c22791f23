import { setCommitStatus } from "../../adapters/github/commit-statuses.ts";
import type { GitHubClient } from "../../adapters/github/github-client.ts";
import { rateLimitNote, rateLimitOf } from "../../adapters/github/rate-limit.ts";
import { tokenClient } from "../../adapters/github/token-client.ts";
import { DEPLOYMENT_NAME_PATTERN } from "../../manifest/load-manifest.ts";
import type { ActionIO } from "../action-io.ts";

/** Commit status states GitHub accepts. */
export const REPORT_STATUSES = ["success", "failure", "pending", "error"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** GitHub's limit for a commit status description. */
const DESCRIPTION_LIMIT = 140;

export interface ReportCommandOptions {
  /** Makes the GitHub client from the token and API URL; tests pass one for the stand-in. */
  readonly client?: (token: string, baseUrl: string) => GitHubClient;
}

/** What `command: report` wrote. */
export interface ReportOutcome {
  readonly context: string;
  readonly sha: string;
  readonly status: ReportStatus;
}

/**
 * `command: report` — lets an instance or a script report a status for a deployment, as a commit
 * status with context `ferry/<deployment>/report` on `version` (default: the workflow's
 * GITHUB_SHA). Inputs: `deployment`, `status` (success | failure | pending | error),
 * `description` (optional, cut to 140 characters), `target-url` (optional; default: this
 * workflow run's page), `token`.
 *
 * It is deliberately only a status beside ferry's: it never writes `ferry/<deployment>` (that
 * status is a projection of the state file, which the engine would overwrite) and it does not
 * move the deployment's lifecycle. A stage's own result reaches ferry through its workflow run.
 */
export async function reportCommand(
  io: ActionIO,
  options: ReportCommandOptions = {},
): Promise<ReportOutcome | undefined> {
  const deployment = io.input("deployment");
  const status = io.input("status");
  const token = io.input("token") || io.env("GITHUB_TOKEN") || "";
  const repository = io.env("GITHUB_REPOSITORY") ?? "";
  const sha = io.input("version") || io.env("GITHUB_SHA") || "";
  const problems: string[] = [];
  if (!DEPLOYMENT_NAME_PATTERN.test(deployment))
    problems.push(`input deployment must be a deployment name, not ${JSON.stringify(deployment)}`);
  if (!(REPORT_STATUSES as readonly string[]).includes(status))
    problems.push(`input status must be one of ${REPORT_STATUSES.join(", ")}, not ${JSON.stringify(status)}`);
  if (token === "")
    problems.push(
      "input token is empty: pass `token: ${{ github.token }}` (the default) with `statuses: write` permission",
    );
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
    problems.push("GITHUB_REPOSITORY is not set: command report runs inside a GitHub Actions job");
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
    problems.push(
      `the commit to report on must be a full sha (input version or GITHUB_SHA), not ${JSON.stringify(sha)}`,
    );
  if (problems.length > 0) {
    io.output("result", "failed");
    io.fail(problems.join("; "));
    return undefined;
  }
  const [owner, repo] = repository.split("/") as [string, string];
  const description = io.input("description");
  const targetUrl = io.input("target-url") || runPage(io);
  const context = `ferry/${deployment}/report`;
  const client = (options.client ?? tokenClient)(token, io.env("GITHUB_API_URL") || "https://api.github.com");
  try {
    await setCommitStatus(client, { owner, repo }, sha, {
      state: status as ReportStatus,
      context,
      ...(description
        ? {
            description:
              description.length > DESCRIPTION_LIMIT ? `${description.slice(0, DESCRIPTION_LIMIT - 1)}…` : description,
          }
        : {}),
      ...(targetUrl ? { targetUrl } : {}),
    });
  } catch (error) {
    const code = (error as { status?: unknown }).status;
    // A rate limit's 403 says nothing about the token's permissions: name the limit instead.
    const hint =
      rateLimitOf(error) !== undefined
        ? rateLimitNote(error)
        : code === 403 || code === 404
          ? " (the token needs `statuses: write`)"
          : "";
    io.output("result", "failed");
    io.fail(`could not write the ${context} status on ${sha}: ${(error as Error).message}${hint}`);
    return undefined;
  }
  io.output("result", "succeeded");
  io.info(`ferry: reported ${status} as ${context} on ${sha}`);
  return { context, sha, status: status as ReportStatus };
}

/** This workflow run's page, where the report came from. */
function runPage(io: ActionIO): string | undefined {
  const server = io.env("GITHUB_SERVER_URL");
  const repository = io.env("GITHUB_REPOSITORY");
  const runId = io.env("GITHUB_RUN_ID");
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : undefined;
}
