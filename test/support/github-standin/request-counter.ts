/** Read, write and content-creating tallies; `contentCreating` is a subset of `write`. */
export interface KindCounts {
  read: number;
  write: number;
  contentCreating: number;
}

/** What `gh.counts()` returns. */
export interface RequestCounts {
  /** Keyed by OpenAPI operationId, `graphql:<operation name or first field>`, `git:<service>` or `unknown`. */
  byOperation: Record<string, number>;
  byKind: KindCounts;
  total: number;
}

/**
 * Operations that create content in the sense of GitHub's secondary rate limits ("no more than 80
 * content-generating requests per minute"): each makes a new commit, comment, status, check run, deployment, issue,
 * pull request, git object, ref or workflow run. Updates of existing records are writes, not content creation.
 */
export const CONTENT_CREATING_OPERATIONS: ReadonlySet<string> = new Set([
  "repos/create-commit-status",
  "checks/create",
  "issues/create",
  "issues/create-comment",
  "repos/create-commit-comment",
  "pulls/create",
  "pulls/merge",
  "pulls/create-review",
  "pulls/create-review-comment",
  "repos/create-or-update-file-contents",
  "repos/delete-file",
  "repos/create-deployment",
  "repos/create-deployment-status",
  "repos/merge",
  "git/create-blob",
  "git/create-tree",
  "git/create-commit",
  "git/create-ref",
  "git/create-tag",
  "actions/create-workflow-dispatch",
]);

/** Counts requests per operation and per kind. */
export class RequestCounter {
  private byOperation: Record<string, number> = {};
  private byKind: KindCounts = { read: 0, write: 0, contentCreating: 0 };
  private total = 0;

  /** Records one request. */
  record(operation: string, kind: "read" | "write", contentCreating: boolean): void {
    this.byOperation[operation] = (this.byOperation[operation] ?? 0) + 1;
    this.byKind[kind]++;
    if (contentCreating) this.byKind.contentCreating++;
    this.total++;
  }

  /** Records a REST request by its operation and method. */
  recordRest(operationId: string, method: string): void {
    const write = method !== "GET" && method !== "HEAD";
    this.record(operationId, write ? "write" : "read", write && CONTENT_CREATING_OPERATIONS.has(operationId));
  }

  /** A snapshot. */
  snapshot(): RequestCounts {
    return { byOperation: { ...this.byOperation }, byKind: { ...this.byKind }, total: this.total };
  }

  /** Starts counting from zero. */
  reset(): void {
    this.byOperation = {};
    this.byKind = { read: 0, write: 0, contentCreating: 0 };
    this.total = 0;
  }
}
