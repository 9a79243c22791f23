import { statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";

/**
 * What a check run showed: the fields ferry's reporter changes whenever the deployment moves on.
 * A button is judged against the check run it was pressed on; when GitHub's check run no longer
 * looks like that, the press was answered already (or the deployment has moved on) and it does nothing.
 */
export interface CheckRunSnapshot {
  readonly status: string;
  readonly conclusion: string | null;
  readonly title: string | null;
  readonly summary: string | null;
}

/** The snapshot of a check run object, from a webhook payload or from the REST API; undefined if it is not one. */
export function checkRunSnapshotOf(run: unknown): CheckRunSnapshot | undefined {
  if (typeof run !== "object" || run === null) return undefined;
  const raw = run as { status?: unknown; conclusion?: unknown; output?: unknown };
  if (typeof raw.status !== "string") return undefined;
  const output = (typeof raw.output === "object" && raw.output !== null ? raw.output : {}) as {
    title?: unknown;
    summary?: unknown;
  };
  const text = (value: unknown) => (typeof value === "string" ? value : null);
  return {
    status: raw.status,
    conclusion: text(raw.conclusion),
    title: text(output.title),
    summary: text(output.summary),
  };
}

/** The check run as GitHub holds it now, or undefined when it no longer exists. */
export async function checkRunNow(
  client: GitHubClient,
  ref: RepoRef,
  checkRunId: number,
): Promise<CheckRunSnapshot | undefined> {
  try {
    const answer = await client.request<"GET /repos/{owner}/{repo}/check-runs/{check_run_id}">(
      "GET /repos/{owner}/{repo}/check-runs/{check_run_id}",
      {
        owner: ref.owner,
        repo: ref.repo,
        check_run_id: checkRunId,
      },
    );
    return checkRunSnapshotOf(answer.data);
  } catch (error) {
    if (statusOf(error) === 404) return undefined;
    throw error;
  }
}

/** Whether two snapshots show the same thing. */
export function sameCheckRun(a: CheckRunSnapshot, b: CheckRunSnapshot): boolean {
  return a.status === b.status && a.conclusion === b.conclusion && a.title === b.title && a.summary === b.summary;
}
