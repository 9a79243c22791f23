import { commitsSince } from "./commits-since.ts";
import { createdBranchCommits } from "./created-branch-commits.ts";
import { changedPaths } from "./changed-paths.ts";
import { ZERO_SHA } from "./git-store.ts";
import { isoTime } from "./iso-time.ts";
import { pullStats } from "./pull-requests.ts";
import { renderCheckRun, renderDeployment, renderDeploymentStatus } from "./render-checks.ts";
import { renderWorkflowRun, renderJob } from "./render-actions.ts";
import { renderComment, renderIssue, renderPull } from "./render-pulls.ts";
import type { Renderer } from "./renderer.ts";
import type {
  CheckRunRecord,
  CommentRecord,
  DeploymentRecord,
  DeploymentStatusRecord,
  IssueRecord,
  RepoRecord,
  UserRecord,
  WorkflowJobRecord,
  WorkflowRunRecord,
} from "./standin-state.ts";
import type { PendingEvent, WebhookDelivery, WebhookDispatcher } from "./webhook-dispatcher.ts";
import type { WebhookPayloads } from "./webhook-payloads.ts";

type Json = Record<string, unknown>;

/** A ref that moved: `before` or `after` is ZERO_SHA for a created or deleted ref. */
export interface RefChange {
  ref: string;
  before: string;
  after: string;
}

/**
 * Turns state changes into the webhooks GitHub sends for them. Each method queues its deliveries at once (keeping
 * event order) and returns a promise that settles when the app has answered; API handlers do not wait for it,
 * test helpers do.
 */
export class RepoEvents {
  constructor(
    private readonly r: Renderer,
    private readonly payloads: WebhookPayloads,
    private readonly dispatcher: WebhookDispatcher,
  ) {}

  /**
   * `push` for each moved branch or tag, then `pull_request.synchronize` for open pull requests whose head moved.
   * Pull request heads are updated before this resolves, so a read right after the push sees them; only the
   * webhooks (in `delivered`) wait for the app.
   */
  async refsChanged(
    repo: RepoRecord,
    changes: RefChange[],
    pusher: UserRecord,
    forced = false,
  ): Promise<{ delivered: Promise<WebhookDelivery[]> }> {
    const relevant = changes.filter((c) => c.ref.startsWith("refs/heads/") || c.ref.startsWith("refs/tags/"));
    const synced = await this.syncPulls(repo, relevant);
    const build = (async () => {
      const events: PendingEvent[] = [];
      for (const change of relevant) events.push(...(await this.push(repo, change, pusher, forced)));
      for (const { base, issue, before } of synced) {
        events.push(
          ...(await this.pullBuild(base, issue, "synchronize", pusher, { before, after: issue.pull!.headSha })),
        );
      }
      return events;
    })();
    return { delivered: this.dispatcher.enqueue(build) };
  }

  /** `pull_request` with an action (`opened`, `closed`, `labeled`, ...). */
  pullRequest(
    repo: RepoRecord,
    issue: IssueRecord,
    action: string,
    sender: UserRecord,
    extra: Json = {},
  ): Promise<WebhookDelivery[]> {
    return this.dispatcher.enqueue(this.pullBuild(repo, issue, action, sender, extra));
  }

  /** `issues` with an action, for issues that are not pull requests. */
  issue(
    repo: RepoRecord,
    issue: IssueRecord,
    action: string,
    sender: UserRecord,
    extra: Json = {},
  ): Promise<WebhookDelivery[]> {
    return this.dispatcher.enqueue(
      this.payloads.build("issues", action, repo, { issue: renderIssue(this.r, repo, issue), ...extra }, sender),
    );
  }

  /** `issue_comment` (`created`, `edited`). */
  issueComment(
    repo: RepoRecord,
    issue: IssueRecord,
    comment: CommentRecord,
    action: string,
    sender: UserRecord,
  ): Promise<WebhookDelivery[]> {
    const real = { issue: renderIssue(this.r, repo, issue), comment: renderComment(this.r, repo, comment) };
    return this.dispatcher.enqueue(this.payloads.build("issue_comment", action, repo, real, sender));
  }

  /** `check_run` (`created`, `completed`, `requested_action`, `rerequested`). */
  checkRun(
    repo: RepoRecord,
    run: CheckRunRecord,
    action: string,
    sender: UserRecord,
    extra: Json = {},
  ): Promise<WebhookDelivery[]> {
    const checkRun = renderCheckRun(this.r, repo, run);
    checkRun["check_suite"] = this.r.conform("check-suite", {
      id: run.suiteId,
      head_sha: run.headSha,
      status: run.status,
      conclusion: run.conclusion,
      app: this.r.app(),
      created_at: run.startedAt,
      updated_at: isoTime(),
      pull_requests: checkRun["pull_requests"],
      url: `${this.r.api}/repos/${repo.fullName}/check-suites/${run.suiteId}`,
    });
    return this.dispatcher.enqueue(
      this.payloads.build("check_run", action, repo, { check_run: checkRun, ...extra }, sender),
    );
  }

  /** `deployment.created`. */
  deployment(repo: RepoRecord, d: DeploymentRecord, sender: UserRecord): Promise<WebhookDelivery[]> {
    return this.dispatcher.enqueue(
      this.payloads.build("deployment", "created", repo, { deployment: renderDeployment(this.r, repo, d) }, sender),
    );
  }

  /** `deployment_status.created`. */
  deploymentStatus(
    repo: RepoRecord,
    d: DeploymentRecord,
    s: DeploymentStatusRecord,
    sender: UserRecord,
  ): Promise<WebhookDelivery[]> {
    const real = {
      deployment: renderDeployment(this.r, repo, d),
      deployment_status: renderDeploymentStatus(this.r, repo, d, s),
    };
    return this.dispatcher.enqueue(this.payloads.build("deployment_status", "created", repo, real, sender));
  }

  /** `workflow_run` (`requested`, `in_progress`, `completed`). */
  workflowRun(repo: RepoRecord, run: WorkflowRunRecord, action: string): Promise<WebhookDelivery[]> {
    const build = (async () => {
      const head = await repo.store.readCommit(run.headSha);
      const workflow = { id: run.workflowId, name: run.name, path: run.path, state: "active" };
      const real = { workflow_run: renderWorkflowRun(this.r, repo, run, head), workflow };
      return this.payloads.build("workflow_run", action, repo, real, run.actor);
    })();
    return this.dispatcher.enqueue(build);
  }

  /**
   * `deployment_review` (`requested`, `approved`, `rejected`) about a run held by its environment's reviewers.
   * GitHub's examples have only `requested`; the decisions leave out its `environment` and `requestor`.
   */
  deploymentReview(
    repo: RepoRecord,
    run: WorkflowRunRecord,
    action: "requested" | "approved" | "rejected",
    sender: UserRecord,
    fields: Json,
  ): Promise<WebhookDelivery[]> {
    const build = (async () => {
      const head = await repo.store.readCommit(run.headSha);
      const real = { workflow_run: renderWorkflowRun(this.r, repo, run, head), ...fields };
      const drop = action === "requested" ? [] : ["environment", "requestor", "workflow_job_run"];
      return this.payloads.build("deployment_review", action, repo, real, sender, drop);
    })();
    return this.dispatcher.enqueue(build);
  }

  /** `workflow_job` (`queued`, `waiting`, `in_progress`, `completed`). */
  workflowJob(
    repo: RepoRecord,
    run: WorkflowRunRecord,
    job: WorkflowJobRecord,
    action: string,
  ): Promise<WebhookDelivery[]> {
    return this.dispatcher.enqueue(
      this.payloads.build("workflow_job", action, repo, { workflow_job: renderJob(this.r, repo, run, job) }, run.actor),
    );
  }

  private async pullBuild(
    repo: RepoRecord,
    issue: IssueRecord,
    action: string,
    sender: UserRecord,
    extra: Json,
  ): Promise<PendingEvent[]> {
    const pull = renderPull(this.r, repo, issue, await pullStats(repo, issue));
    return this.payloads.build(
      "pull_request",
      action,
      repo,
      { number: issue.number, pull_request: pull, ...extra },
      sender,
    );
  }

  private async syncPulls(
    repo: RepoRecord,
    changes: RefChange[],
  ): Promise<Array<{ base: RepoRecord; issue: IssueRecord; before: string }>> {
    const synced: Array<{ base: RepoRecord; issue: IssueRecord; before: string }> = [];
    for (const change of changes) {
      if (!change.ref.startsWith("refs/heads/") || change.after === ZERO_SHA) continue;
      const branch = change.ref.slice("refs/heads/".length);
      for (const base of this.r.state.repos.values()) {
        for (const issue of base.issues.values()) {
          const pull = issue.pull;
          if (
            !pull ||
            issue.state !== "open" ||
            pull.headRepo !== repo ||
            pull.headRef !== branch ||
            pull.headSha === change.after
          )
            continue;
          const before = pull.headSha;
          if (base !== repo)
            await base.store.run(["fetch", "--quiet", repo.store.dir, `+${change.ref}:refs/pull/${issue.number}/head`]);
          else await base.store.updateRef(`refs/pull/${issue.number}/head`, change.after);
          pull.headSha = change.after;
          issue.updatedAt = isoTime();
          synced.push({ base, issue, before });
        }
      }
    }
    return synced;
  }

  private async push(
    repo: RepoRecord,
    change: RefChange,
    pusher: UserRecord,
    forced: boolean,
  ): Promise<PendingEvent[]> {
    const created = change.before === ZERO_SHA;
    const deleted = change.after === ZERO_SHA;
    const shas = deleted ? [] : await this.newCommits(repo, change, created);
    const commits = [];
    for (const sha of shas.slice(-20)) commits.push(await this.pushCommit(repo, sha));
    const head = deleted
      ? null
      : (commits.find((c) => c["id"] === change.after) ?? (await this.pushCommit(repo, change.after)));
    const html = `${this.r.state.htmlUrl}/${repo.fullName}`;
    const real: Json = {
      ref: change.ref,
      before: change.before,
      after: change.after,
      created,
      deleted,
      forced,
      base_ref: null,
      compare: created
        ? `${html}/commit/${change.after.slice(0, 12)}`
        : `${html}/compare/${change.before.slice(0, 12)}...${change.after.slice(0, 12)}`,
      commits,
      head_commit: head,
      pusher: { name: pusher.login, email: `${pusher.id}+${pusher.login}@users.noreply.github.com` },
    };
    return this.payloads.build("push", undefined, repo, real, pusher);
  }

  private async newCommits(repo: RepoRecord, change: RefChange, created: boolean): Promise<string[]> {
    if (!created) return (await commitsSince(repo.store, change.before, change.after)).slice(-2048);
    // A new branch lists only commits no other branch had, as GitHub's "distinct" commits.
    const others = (await repo.store.listRefs("refs/heads/")).filter((r) => r.ref !== change.ref).map((r) => r.sha);
    return createdBranchCommits(repo.store, change.after, others);
  }

  private async pushCommit(repo: RepoRecord, sha: string): Promise<Json> {
    const c = (await repo.store.readCommit(sha))!;
    const files = await changedPaths(repo.store, c.parents[0], sha);
    return {
      id: c.sha,
      tree_id: c.tree,
      distinct: true,
      message: c.message,
      timestamp: c.committer.date,
      url: `${this.r.state.htmlUrl}/${repo.fullName}/commit/${c.sha}`,
      author: { name: c.author.name, email: c.author.email },
      committer: { name: c.committer.name, email: c.committer.email },
      added: files.filter((f) => f.status === "added").map((f) => f.filename),
      removed: files.filter((f) => f.status === "removed").map((f) => f.filename),
      modified: files.filter((f) => f.status === "modified").map((f) => f.filename),
    };
  }
}
