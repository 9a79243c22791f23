import { STATE_BRANCH, stateFilePath, type HistoryCommit } from "../../ports/state-store.ts";
import type { GitHubClient, RepoRef } from "./github-client.ts";

const HISTORY_QUERY = `query ferryStateHistory($owner: String!, $name: String!, $ref: String!, $path: String!, $first: Int!) {
  repository(owner: $owner, name: $name) {
    ref(qualifiedName: $ref) {
      target { ... on Commit { history(first: $first, path: $path) { nodes { oid committedDate message } } } }
    }
  }
}`;

/** The commits on `ferry/state` that changed one deployment's state file, newest first, with their trailers. */
export async function stateFileHistory(
  client: GitHubClient,
  ref: RepoRef,
  deployment: string,
  limit: number,
): Promise<readonly HistoryCommit[]> {
  const answer = await client.graphql<{
    repository: {
      ref: { target: { history?: { nodes: { oid: string; committedDate: string; message: string }[] } } } | null;
    } | null;
  }>(HISTORY_QUERY, {
    owner: ref.owner,
    name: ref.repo,
    ref: `refs/heads/${STATE_BRANCH}`,
    path: stateFilePath(deployment),
    first: limit,
  });
  const nodes = answer.repository?.ref?.target.history?.nodes ?? [];
  return nodes.map((n) => ({
    sha: n.oid,
    at: n.committedDate,
    subject: n.message.split("\n")[0] ?? "",
    trailers: trailers(n.message),
  }));
}

function trailers(message: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const line of message.trim().split("\n\n").at(-1)?.split("\n") ?? []) {
    const [, key, value] = /^([A-Za-z][A-Za-z0-9-]*): (.*)$/.exec(line) ?? [];
    if (key !== undefined && value !== undefined) (out[key] ??= []).push(value);
  }
  return out;
}
