import { responseOf, statusOf } from "../adapters/github/github-client.ts";
import { rateLimitOf } from "../adapters/github/rate-limit.ts";

/** What a person can do about an error GitHub answered with; undefined when there is nothing specific to say. */
export function hintFor(error: unknown): string | undefined {
  const status = statusOf(error);
  const { headers, message } = responseOf(error);
  if (rateLimitOf(error) !== undefined) {
    const reset = Number(headers["x-ratelimit-reset"]);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString()}` : "";
    return `GitHub's rate limit was reached${when}, also after ferry's retries; the next reconcile (every 5 minutes by default, or the next webhook) does the work. Fewer pushes per minute or fewer deployments per repository help.`;
  }
  if (status === 401)
    return "GitHub did not accept the app's credentials: check APP_ID and PRIVATE_KEY (or PRIVATE_KEY_PATH), and the app's clock.";
  if (status === 403) {
    return "the app lacks a permission on this repository: accept the permissions app.yml asks for (contents, checks, statuses, deployments and actions: write; pull requests: write; metadata: read) in the installation's settings.";
  }
  if (status === 404)
    return "GitHub answered 404: the repository, commit, file or workflow is missing, or the app is not installed on this repository (a missing `.github/workflows/ferry-stage.yml` shows up here too; `npx ferry init` writes it).";
  if (status === 422) return `GitHub rejected the request as invalid: ${message}`;
  if (status !== undefined && status >= 500)
    return "GitHub had a server error, also after ferry's retries; the next reconcile (every 5 minutes by default, or the next webhook) does the work.";
  return undefined;
}
