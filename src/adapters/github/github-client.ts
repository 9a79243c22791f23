import type { Octokit } from "@octokit/rest";

/** The Octokit surface ferry uses; Probot's `context.octokit` and an Action's Octokit both fit. */
export type GitHubClient = Pick<Octokit, "request" | "graphql">;

/** The repository an adapter works on. */
export interface RepoRef {
  readonly owner: string;
  readonly repo: string;
}

/** GitHub answered in a way ferry cannot go on from; carries a hint a person can act on. */
export class GitHubAdapterError extends Error {
  override readonly name = "GitHubAdapterError";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** An HTTP status from an Octokit error, if it has one. */
export function statusOf(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === "number" ? status : undefined;
}

/** How many times Octokit's retry plugin retried the request that finally failed with `error` (0 without the plugin). */
export function retriesOf(error: unknown): number {
  const request = (error as { request?: { request?: { retryCount?: unknown } } } | null)?.request?.request;
  return typeof request?.retryCount === "number" ? request.retryCount : 0;
}

interface HttpErrorLike {
  readonly message?: unknown;
  readonly response?: {
    readonly headers?: Readonly<Record<string, unknown>>;
    readonly data?: { readonly message?: unknown };
  };
}

/** The response headers and GitHub's message from an Octokit error (empty when it has no response). */
export function responseOf(error: unknown): { headers: Readonly<Record<string, unknown>>; message: string } {
  const http = (error ?? {}) as HttpErrorLike;
  return {
    headers: http.response?.headers ?? {},
    message: String(http.response?.data?.message ?? http.message ?? ""),
  };
}
