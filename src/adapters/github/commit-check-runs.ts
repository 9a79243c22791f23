import type { GitHubClient, RepoRef } from "./github-client.ts";

/** A check run on a commit, as ferry's own notices need it: which one it is and what it holds. */
export interface CommitCheckRun {
  readonly id: number;
  readonly externalId: string | undefined;
  readonly annotationsCount: number;
}

/** One annotation at a file and line, in GitHub's form. */
export interface CheckAnnotation {
  readonly path: string;
  readonly start_line: number;
  readonly end_line: number;
  readonly start_column: number;
  readonly end_column: number;
  readonly annotation_level: "failure" | "warning" | "notice";
  readonly title: string;
  readonly message: string;
}

/** The output of a check run; GitHub takes at most 50 annotations per request. */
export interface CheckOutput {
  readonly title: string;
  readonly summary: string;
  readonly annotations?: readonly CheckAnnotation[];
}

/** A completed check run ferry creates on a commit (`ferry/config`, a refusal notice). */
export interface CompletedCheckRun {
  readonly name: string;
  readonly headSha: string;
  readonly externalId: string;
  readonly conclusion: "success" | "failure" | "neutral" | "skipped";
  readonly output: CheckOutput;
}

/** The check runs named `name` on a commit: the latest of each app (`latest`) or every attempt (`all`). */
export async function checkRunsOn(
  client: GitHubClient,
  ref: RepoRef,
  sha: string,
  name: string,
  filter: "latest" | "all",
): Promise<CommitCheckRun[]> {
  const answer = await client.request<"GET /repos/{owner}/{repo}/commits/{ref}/check-runs">(
    "GET /repos/{owner}/{repo}/commits/{ref}/check-runs",
    {
      owner: ref.owner,
      repo: ref.repo,
      ref: sha,
      check_name: name,
      filter,
      per_page: 100,
    },
  );
  return answer.data.check_runs.map((c) => ({
    id: Number(c.id),
    externalId: c.external_id ?? undefined,
    annotationsCount: c.output.annotations_count,
  }));
}

/** Creates a completed check run; returns its id. */
export async function createCompletedCheckRun(
  client: GitHubClient,
  ref: RepoRef,
  run: CompletedCheckRun,
): Promise<number> {
  const created = await client.request<"POST /repos/{owner}/{repo}/check-runs">(
    "POST /repos/{owner}/{repo}/check-runs",
    {
      owner: ref.owner,
      repo: ref.repo,
      name: run.name,
      head_sha: run.headSha,
      external_id: run.externalId,
      status: "completed",
      conclusion: run.conclusion,
      output: outputOf(run.output),
    },
  );
  return Number(created.data.id);
}

/** Sends more output to a check run; GitHub adds the annotations to those it has. */
export async function updateCheckRunOutput(
  client: GitHubClient,
  ref: RepoRef,
  checkRunId: number,
  output: CheckOutput,
): Promise<void> {
  await client.request<"PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}">(
    "PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}",
    {
      owner: ref.owner,
      repo: ref.repo,
      check_run_id: checkRunId,
      output: outputOf(output),
    },
  );
}

/** GitHub's form of an output: a fresh annotation array, none when there are none. */
function outputOf(output: CheckOutput): { title: string; summary: string; annotations?: CheckAnnotation[] } {
  const { title, summary, annotations } = output;
  return annotations ? { title, summary, annotations: [...annotations] } : { title, summary };
}
