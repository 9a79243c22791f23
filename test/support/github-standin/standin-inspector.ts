import type { GitCommit } from "./git-store.ts";
import type {
  CheckRunRecord,
  CommentRecord,
  CommitCommentRecord,
  DeploymentRecord,
  IssueRecord,
  RepoRecord,
  StandinState,
  StatusRecord,
} from "./standin-state.ts";

/** A repository a test named that does not exist. */
export class UnknownRepoError extends RangeError {
  override name = "UnknownRepoError";
}

/**
 * Read-only views of the stand-in's state for test assertions. They read state directly: they are not API calls,
 * so they are neither counted nor rate limited.
 */
export class StandinInspector {
  constructor(protected readonly state: StandinState) {}

  /** The repository record (throws for an unknown one). */
  protected repoOf(owner: string, repo: string): RepoRecord {
    const found = this.state.repo(owner, repo);
    if (!found) throw new UnknownRepoError(`no repository ${owner}/${repo}`);
    return found;
  }

  /** A file's text at a ref (branch, tag or sha), or undefined when it does not exist. */
  async readFile(owner: string, repo: string, ref: string, path: string): Promise<string | undefined> {
    const store = this.repoOf(owner, repo).store;
    const sha = await store.resolveCommitish(ref);
    if (!sha) return undefined;
    const obj = await store.readObject(`${sha}:${path}`);
    return obj?.type === "blob" ? obj.content.toString("utf8") : undefined;
  }

  /** The sha a branch points to, or undefined. */
  branchSha(owner: string, repo: string, branch: string): Promise<string | undefined> {
    return this.repoOf(owner, repo).store.refSha(`refs/heads/${branch}`);
  }

  /** A commit object. */
  commit(owner: string, repo: string, sha: string): Promise<GitCommit | undefined> {
    return this.repoOf(owner, repo).store.readCommit(sha);
  }

  /** Commits reachable from a ref, newest first. */
  async history(owner: string, repo: string, ref: string, max = 50): Promise<GitCommit[]> {
    const store = this.repoOf(owner, repo).store;
    const sha = await store.resolveCommitish(ref);
    if (!sha) return [];
    const out: GitCommit[] = [];
    for (const s of await store.revList([`--max-count=${max}`, sha])) out.push((await store.readCommit(s))!);
    return out;
  }

  /** Commit statuses for a sha, oldest first. */
  listStatuses(owner: string, repo: string, sha: string): StatusRecord[] {
    return this.repoOf(owner, repo).statuses.filter((s) => s.sha === sha);
  }

  /** Check runs, oldest first (annotations included). */
  checkRuns(owner: string, repo: string): CheckRunRecord[] {
    return [...this.repoOf(owner, repo).checkRuns.values()];
  }

  /** Deployments with their statuses, oldest first. */
  deployments(owner: string, repo: string): DeploymentRecord[] {
    return [...this.repoOf(owner, repo).deployments];
  }

  /** Comments on an issue or pull request, oldest first. */
  comments(owner: string, repo: string, number: number): CommentRecord[] {
    return this.repoOf(owner, repo).comments.filter((c) => c.issueNumber === number);
  }

  /** Comments on a commit (as a whole), oldest first. */
  commitComments(owner: string, repo: string, sha: string): CommitCommentRecord[] {
    return this.repoOf(owner, repo).commitComments.filter((c) => c.sha === sha);
  }

  /** Label names on an issue or pull request. */
  labels(owner: string, repo: string, number: number): string[] {
    return [...(this.repoOf(owner, repo).issues.get(number)?.labels ?? [])];
  }

  /** An issue or pull request record. */
  issue(owner: string, repo: string, number: number): IssueRecord | undefined {
    return this.repoOf(owner, repo).issues.get(number);
  }
}
