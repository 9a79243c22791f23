import { addLabels, removeLabel } from "./handlers/issues-handlers.ts";
import { Ids } from "./ids.ts";
import { isoTime } from "./iso-time.ts";
import { RepoFactory, type CreateRepoOptions, type RepoInfo } from "./repo-factory.ts";
import { noreplyEmail, type FileMap } from "./repo-writer.ts";
import type { StandinServices } from "./rest-context.ts";
import type { IssueRecord, Permission, RepoRecord } from "./standin-state.ts";
import { StandinInspector } from "./standin-inspector.ts";
import type { WebhookDelivery, WebhookDispatcher } from "./webhook-dispatcher.ts";

/** Who does something in a scenario (a GitHub login). */
interface Acting {
  owner: string;
  repo: string;
  actor: string;
}

/** A pull request a helper opened. */
export interface OpenedPull {
  number: number;
  headSha: string;
  headRef: string;
  /** `owner/name` of the head repository (a fork when `fork: true`). */
  headRepo: string;
}

/**
 * Scenario helpers: what people do on GitHub (push, open/merge/close/label pull requests, click check-run
 * buttons, comment). Each sends the webhooks GitHub would send and returns once the app has answered them.
 */
export class StandinHelpers extends StandinInspector {
  private readonly factory: RepoFactory;

  constructor(
    protected readonly services: StandinServices,
    private readonly dispatcher: WebhookDispatcher,
  ) {
    super(services.state);
    this.factory = new RepoFactory(services.state);
  }

  /** Every webhook delivery so far, oldest first, with each attempt's status and duration. */
  get deliveries(): readonly WebhookDelivery[] {
    return this.dispatcher.deliveries;
  }

  /** Points webhooks at the app's URL(s), e.g. once the Probot server listens. */
  setWebhookTargets(urls: string[]): void {
    this.dispatcher.setTargets(urls);
  }

  /** Waits until every queued webhook has been delivered and answered. */
  flushWebhooks(): Promise<void> {
    return this.dispatcher.flush();
  }

  /** Sends a delivery again, same body and same X-GitHub-Delivery (duplicate-delivery tests). */
  /** Loses the deliveries `drop` picks (recorded, never sent); `undefined` delivers everything again. */
  dropWebhooks(drop: ((delivery: WebhookDelivery) => boolean) | undefined): void {
    this.dispatcher.dropWhere(drop);
  }

  redeliver(deliveryId: string, target?: string): Promise<WebhookDelivery> {
    return this.dispatcher.redeliver(deliveryId, target);
  }

  /** Sends a delivery's exact signed body again under a new X-GitHub-Delivery (replay tests). */
  replay(deliveryId: string, target?: string): Promise<WebhookDelivery> {
    return this.dispatcher.replay(deliveryId, target);
  }

  /** Creates a repository (a bare git repository), installed for the app unless `installed: false`. */
  async createRepo(options: CreateRepoOptions): Promise<RepoInfo> {
    const repo = await this.factory.create(options);
    return RepoFactory.info(repo, await repo.store.refSha(`refs/heads/${repo.defaultBranch}`));
  }

  /** An installation token for the repository's installation (acting as `actor` when given). */
  installationToken(owner: string, repo: string, actor?: string): string {
    const record = this.repoOf(owner, repo);
    return this.services.auth.issueToken(record.installationId ?? -1, undefined, actor).token;
  }

  /** A smart-HTTP clone URL with a valid token embedded; pushes through it act as `actor` (default: the app bot). */
  cloneUrl(owner: string, repo: string, options: { actor?: string } = {}): string {
    const record = this.repoOf(owner, repo);
    const token = this.installationToken(owner, repo, options.actor);
    const url = new URL(`${this.state.baseUrl}/${record.fullName}.git`);
    url.username = "x-access-token";
    url.password = token;
    return url.toString();
  }

  /**
   * Gives a repository's deployment environment required reviewers (users); a dispatched run whose job targets
   * it waits for one of them. An empty list lifts the rule. Returns the environment's id.
   */
  setEnvironmentReviewers(owner: string, repo: string, environment: string, reviewers: string[]): number {
    const record = this.repoOf(owner, repo);
    const users = reviewers.map((login) => this.state.user(login, "User"));
    return this.services.runner.reviews.setReviewers(record, environment, users).id;
  }

  /**
   * A reviewer approves or rejects a held run the way the web UI does it: `POST …/pending_deployments` with a
   * token acting as `actor`, checked against GitHub's description like any request. Returns the HTTP status and
   * body once the app has answered the webhooks that follow.
   */
  async reviewPendingDeployment(
    args: Acting & { runId: number; state: "approved" | "rejected"; comment?: string; environmentIds?: number[] },
  ): Promise<{ status: number; body: unknown }> {
    const record = this.repoOf(args.owner, args.repo);
    const run = record.runs.get(args.runId);
    const env = run?.environment === undefined ? undefined : record.environments.get(run.environment.toLowerCase());
    const response = await fetch(
      `${this.state.baseUrl}/repos/${record.fullName}/actions/runs/${args.runId}/pending_deployments`,
      {
        method: "POST",
        headers: {
          authorization: `token ${this.installationToken(args.owner, args.repo, args.actor)}`,
          accept: "application/vnd.github+json",
          "content-type": "application/json",
        },
        body: JSON.stringify({
          environment_ids: args.environmentIds ?? (env ? [env.id] : []),
          state: args.state,
          comment: args.comment ?? "",
        }),
      },
    );
    const body: unknown = await response.json();
    await this.flushWebhooks();
    return { status: response.status, body };
  }

  /** Sets a user's role on a repository (what the collaborator-permission endpoint reports). */
  setPermission(owner: string, repo: string, user: string, permission: Permission): void {
    this.state.user(user);
    this.repoOf(owner, repo).permissions.set(user.toLowerCase(), permission);
  }

  /**
   * Commits files (null deletes) on a branch as `actor` pushing, then sends `push` (and `synchronize` for pull
   * requests from that branch). A new branch starts from `from` (default: the default branch). Returns the sha.
   */
  async push(args: Acting & { branch: string; files: FileMap; message?: string; from?: string }): Promise<string> {
    const repo = this.repoOf(args.owner, args.repo);
    const user = this.state.user(args.actor);
    const update = await repo.lock.run(async () => {
      const head = await repo.store.refSha(`refs/heads/${args.branch}`);
      const base = head ?? (await repo.store.resolveCommitish(args.from ?? repo.defaultBranch));
      const person = { name: user.login, email: noreplyEmail(user), date: isoTime() };
      return this.services.writer.commit(repo, {
        branch: args.branch,
        changes: args.files,
        message: args.message ?? `Update ${Object.keys(args.files).join(", ")}`,
        author: person,
        committer: person,
        sender: user,
        parents: base ? [base] : [],
      });
    });
    await update.delivered;
    return update.sha;
  }

  /**
   * Opens a pull request as `actor`, first committing `files` on the head branch when given. With `fork: true`
   * the head branch lives in `actor`'s fork, so `head.repo` is another repository with `fork: true`.
   */
  async openPullRequest(
    args: Acting & {
      head: string;
      base?: string;
      files?: FileMap;
      title?: string;
      body?: string;
      fork?: boolean;
      draft?: boolean;
    },
  ): Promise<OpenedPull> {
    const repo = this.repoOf(args.owner, args.repo);
    const headRepo = args.fork ? await this.factory.fork(repo, args.actor) : repo;
    const base = args.base ?? repo.defaultBranch;
    if (args.files) {
      await this.push({
        owner: headRepo.owner.login,
        repo: headRepo.name,
        actor: args.actor,
        branch: args.head,
        files: args.files,
        from: base,
      });
    }
    const { issue, delivered } = await this.services.pulls.open(repo, {
      headRepo,
      headRef: args.head,
      baseRef: base,
      title: args.title ?? `Update ${args.head}`,
      body: args.body ?? null,
      draft: args.draft ?? false,
      user: this.state.user(args.actor),
    });
    await delivered;
    return { number: issue.number, headSha: issue.pull!.headSha, headRef: args.head, headRepo: headRepo.fullName };
  }

  /** Merges a pull request with a real merge commit (or squash); sends `pull_request.closed` (merged) and `push`. */
  async mergePullRequest(args: Acting & { number: number; method?: "merge" | "squash" }): Promise<string> {
    const repo = this.repoOf(args.owner, args.repo);
    const { sha, delivered } = await this.services.pulls.merge(repo, this.pull(repo, args.number), {
      user: this.state.user(args.actor),
      method: args.method ?? "merge",
    });
    await delivered;
    return sha;
  }

  /** Closes a pull request without merging. */
  async closePullRequest(args: Acting & { number: number }): Promise<void> {
    const repo = this.repoOf(args.owner, args.repo);
    await this.services.pulls.setState(repo, this.pull(repo, args.number), "closed", this.state.user(args.actor));
  }

  /** Reopens a closed, unmerged pull request. */
  async reopenPullRequest(args: Acting & { number: number }): Promise<void> {
    const repo = this.repoOf(args.owner, args.repo);
    await this.services.pulls.setState(repo, this.pull(repo, args.number), "open", this.state.user(args.actor));
  }

  /** Adds a label to an issue or pull request; sends `labeled`. */
  async label(args: Acting & { number: number; label: string }): Promise<void> {
    const repo = this.repoOf(args.owner, args.repo);
    await addLabels(this.services, repo, this.issueOf(repo, args.number), [args.label], this.state.user(args.actor));
  }

  /** Removes a label; sends `unlabeled`. */
  async unlabel(args: Acting & { number: number; label: string }): Promise<void> {
    const repo = this.repoOf(args.owner, args.repo);
    const sent = removeLabel(
      this.services,
      repo,
      this.issueOf(repo, args.number),
      args.label,
      this.state.user(args.actor),
    );
    if (sent === false) throw new RangeError(`#${args.number} has no label ${args.label}`);
    await sent;
  }

  /** A person comments on an issue or pull request; sends `issue_comment.created` (if subscribed). Returns the comment id. */
  async comment(args: Acting & { number: number; body: string }): Promise<number> {
    const repo = this.repoOf(args.owner, args.repo);
    const issue = this.issueOf(repo, args.number);
    const id = this.state.ids.id();
    const now = isoTime();
    const comment = {
      id,
      nodeId: Ids.nodeId("IssueComment", id),
      issueNumber: issue.number,
      body: args.body,
      user: this.state.user(args.actor),
      createdAt: now,
      updatedAt: now,
    };
    repo.comments.push(comment);
    await this.services.events.issueComment(repo, issue, comment, "created", comment.user);
    return id;
  }

  /** A person clicks a check run's action button; sends `check_run.requested_action`. */
  async requestAction(args: Acting & { checkRunId: number; identifier: string }): Promise<void> {
    const repo = this.repoOf(args.owner, args.repo);
    const run = repo.checkRuns.get(args.checkRunId);
    if (!run) throw new RangeError(`no check run ${args.checkRunId} in ${repo.fullName}`);
    if (!run.actions.some((a) => a.identifier === args.identifier))
      throw new RangeError(`check run ${run.id} has no action "${args.identifier}"`);
    await this.services.events.checkRun(repo, run, "requested_action", this.state.user(args.actor), {
      requested_action: { identifier: args.identifier },
    });
  }

  /** A person clicks "Re-run" on a check run; sends `check_run.rerequested`. */
  async rerequestCheckRun(args: Acting & { checkRunId: number }): Promise<void> {
    const repo = this.repoOf(args.owner, args.repo);
    const run = repo.checkRuns.get(args.checkRunId);
    if (!run) throw new RangeError(`no check run ${args.checkRunId} in ${repo.fullName}`);
    await this.services.events.checkRun(repo, run, "rerequested", this.state.user(args.actor));
  }

  private issueOf(repo: RepoRecord, number: number): IssueRecord {
    const issue = repo.issues.get(number);
    if (!issue) throw new RangeError(`no issue or pull request #${number} in ${repo.fullName}`);
    return issue;
  }

  private pull(repo: RepoRecord, number: number): IssueRecord {
    const issue = this.issueOf(repo, number);
    if (!issue.pull) throw new RangeError(`#${number} in ${repo.fullName} is not a pull request`);
    return issue;
  }
}
