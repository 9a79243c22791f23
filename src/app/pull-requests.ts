import type { GitHubClient, RepoRef } from "../adapters/github/github-client.ts";
import { booleanAt, numberAt, objectAt, PayloadError, shaAt, stringAt } from "./payload.ts";

/** The parts of a `pull_request` webhook ferry relies on, checked. */
export interface PullFacts {
  readonly number: number;
  readonly headSha: string;
  readonly headRef: string;
  readonly baseRef: string;
  /** The head lives in another repository: a fork, whose author need not be trusted. */
  readonly fromFork: boolean;
  readonly merged: boolean;
  readonly mergeSha: string | undefined;
  readonly open: boolean;
}

/** Narrows a `pull_request` payload; throws {@link PayloadError} when something ferry needs is missing. */
export function pullFactsOf(payload: unknown): PullFacts {
  const pull = objectAt(payload, "pull_request");
  const number = numberAt(pull, "number") ?? numberAt(payload, "number");
  const head = objectAt(pull, "head");
  const base = objectAt(pull, "base");
  const headSha = shaAt(head, "sha");
  const headRef = stringAt(head, "ref");
  const baseRef = stringAt(base, "ref");
  if (number === undefined || !Number.isSafeInteger(number) || number <= 0)
    throw new PayloadError("the pull_request webhook has no valid number");
  if (!headSha || !headRef || !baseRef) throw new PayloadError(`pull request #${number}: head or base is missing`);
  const headRepo = stringAt(objectAt(head, "repo"), "full_name");
  const baseRepo = stringAt(objectAt(base, "repo"), "full_name");
  // A deleted fork has no head repository at all; that is as untrusted as any fork.
  const fromFork =
    headRepo === undefined ||
    baseRepo === undefined ||
    headRepo.toLowerCase() !== baseRepo.toLowerCase() ||
    booleanAt(objectAt(head, "repo"), "fork") === true;
  const merged = booleanAt(pull, "merged") === true;
  return {
    number,
    headSha,
    headRef,
    baseRef,
    fromFork,
    merged,
    mergeSha: merged ? shaAt(pull, "merge_commit_sha") : undefined,
    open: stringAt(pull, "state") === "open",
  };
}

/** Comments on a pull request. */
export async function comment(client: GitHubClient, ref: RepoRef, pullNumber: number, body: string): Promise<void> {
  await client.request("POST /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: ref.owner,
    repo: ref.repo,
    issue_number: pullNumber,
    body,
  });
}

/**
 * Comments unless a comment with the same key exists (from a redelivery of the same webhook, or
 * another replica that got it first). The key is hidden in the comment as an HTML comment.
 */
export async function commentOnce(
  client: GitHubClient,
  ref: RepoRef,
  pullNumber: number,
  key: string,
  body: string,
): Promise<void> {
  const mark = `<!-- ferry:${key} -->`;
  // Recent comments are enough: duplicates arrive within minutes of the original.
  const since = new Date(Date.now() - 6 * 3600_000).toISOString();
  const answer = await client.request("GET /repos/{owner}/{repo}/issues/{issue_number}/comments", {
    owner: ref.owner,
    repo: ref.repo,
    issue_number: pullNumber,
    since,
    per_page: 100,
  });
  if (answer.data.some((c) => c.body?.includes(mark))) return;
  await comment(client, ref, pullNumber, `${mark}\n${body}`);
}
