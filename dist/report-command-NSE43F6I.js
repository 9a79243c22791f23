import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);
import {
  FerryOctokit,
  rateLimitNote,
  rateLimitOf
} from "./chunk-DJNMJSLN.js";
import {
  DEPLOYMENT_NAME_PATTERN
} from "./chunk-XSZXZDCF.js";
import "./chunk-DWO7HIOM.js";
import "./chunk-2QHCXWJ5.js";

// src/adapters/github/commit-statuses.ts
async function setCommitStatus(client, ref, sha, status) {
  await client.request("POST /repos/{owner}/{repo}/statuses/{sha}", {
    owner: ref.owner,
    repo: ref.repo,
    sha,
    state: status.state,
    context: status.context,
    ...status.description === void 0 ? {} : { description: status.description },
    ...status.targetUrl === void 0 ? {} : { target_url: status.targetUrl }
  });
}

// src/adapters/github/token-client.ts
function tokenClient(token, baseUrl = "https://api.github.com", Octokit = FerryOctokit) {
  return new Octokit({ auth: { token }, baseUrl, userAgent: "ferry-action" });
}

// src/action/commands/report-command.ts
var REPORT_STATUSES = ["success", "failure", "pending", "error"];
var DESCRIPTION_LIMIT = 140;
async function reportCommand(io, options = {}) {
  const deployment = io.input("deployment");
  const status = io.input("status");
  const token = io.input("token") || io.env("GITHUB_TOKEN") || "";
  const repository = io.env("GITHUB_REPOSITORY") ?? "";
  const sha = io.input("version") || io.env("GITHUB_SHA") || "";
  const problems = [];
  if (!DEPLOYMENT_NAME_PATTERN.test(deployment))
    problems.push(`input deployment must be a deployment name, not ${JSON.stringify(deployment)}`);
  if (!REPORT_STATUSES.includes(status))
    problems.push(`input status must be one of ${REPORT_STATUSES.join(", ")}, not ${JSON.stringify(status)}`);
  if (token === "")
    problems.push(
      "input token is empty: pass `token: ${{ github.token }}` (the default) with `statuses: write` permission"
    );
  if (!/^[^/\s]+\/[^/\s]+$/.test(repository))
    problems.push("GITHUB_REPOSITORY is not set: command report runs inside a GitHub Actions job");
  if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(sha))
    problems.push(
      `the commit to report on must be a full sha (input version or GITHUB_SHA), not ${JSON.stringify(sha)}`
    );
  if (problems.length > 0) {
    io.output("result", "failed");
    io.fail(problems.join("; "));
    return void 0;
  }
  const [owner, repo] = repository.split("/");
  const description = io.input("description");
  const targetUrl = io.input("target-url") || runPage(io);
  const context = `ferry/${deployment}/report`;
  const client = (options.client ?? tokenClient)(token, io.env("GITHUB_API_URL") || "https://api.github.com");
  try {
    await setCommitStatus(client, { owner, repo }, sha, {
      state: status,
      context,
      ...description ? {
        description: description.length > DESCRIPTION_LIMIT ? `${description.slice(0, DESCRIPTION_LIMIT - 1)}\u2026` : description
      } : {},
      ...targetUrl ? { targetUrl } : {}
    });
  } catch (error) {
    const code = error.status;
    const hint = rateLimitOf(error) !== void 0 ? rateLimitNote(error) : code === 403 || code === 404 ? " (the token needs `statuses: write`)" : "";
    io.output("result", "failed");
    io.fail(`could not write the ${context} status on ${sha}: ${error.message}${hint}`);
    return void 0;
  }
  io.output("result", "succeeded");
  io.info(`ferry: reported ${status} as ${context} on ${sha}`);
  return { context, sha, status };
}
function runPage(io) {
  const server = io.env("GITHUB_SERVER_URL");
  const repository = io.env("GITHUB_REPOSITORY");
  const runId = io.env("GITHUB_RUN_ID");
  return server && repository && runId ? `${server}/${repository}/actions/runs/${runId}` : void 0;
}
export {
  REPORT_STATUSES,
  reportCommand
};
