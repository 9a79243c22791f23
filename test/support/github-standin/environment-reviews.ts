import { HttpError } from "./http-error.ts";
import { Ids } from "./ids.ts";
import { isoTime } from "./iso-time.ts";
import type { Renderer } from "./renderer.ts";
import type { RepoEvents } from "./repo-events.ts";
import type { WebhookDelivery } from "./webhook-dispatcher.ts";
import type {
  EnvironmentRecord,
  RepoRecord,
  UserRecord,
  WorkflowJobRecord,
  WorkflowRunRecord,
} from "./standin-state.ts";

type Json = Record<string, unknown>;

/**
 * Environments with required reviewers: a run whose job targets one is held (`waiting`) until a reviewer
 * approves or rejects it through `POST …/actions/runs/{run_id}/pending_deployments`. This class keeps the
 * environments, renders pending deployments and sends the `deployment_review` webhooks; the runner moves runs.
 */
export class EnvironmentReviews {
  constructor(
    private readonly r: Renderer,
    private readonly events: RepoEvents,
    private readonly nextId: () => number,
  ) {}

  /** Creates or updates an environment and its required reviewers (an empty list lifts the rule). */
  setReviewers(repo: RepoRecord, name: string, reviewers: UserRecord[]): EnvironmentRecord {
    const key = name.toLowerCase();
    let env = repo.environments.get(key);
    if (!env) {
      const id = this.nextId();
      env = { id, nodeId: Ids.nodeId("Environment", id), name, reviewers: [], createdAt: isoTime() };
      repo.environments.set(key, env);
    }
    env.reviewers = [...reviewers];
    return env;
  }

  /** The environment a run's job targets, when it has required reviewers. */
  protectedEnvironment(repo: RepoRecord, environment: string | undefined): EnvironmentRecord | undefined {
    const env = environment === undefined ? undefined : repo.environments.get(environment.toLowerCase());
    return env && env.reviewers.length > 0 ? env : undefined;
  }

  /** What `GET …/pending_deployments` lists for a run: its held environment, or nothing. */
  pending(repo: RepoRecord, run: WorkflowRunRecord, viewer: UserRecord): Json[] {
    const env = run.status === "waiting" ? this.protectedEnvironment(repo, run.environment) : undefined;
    if (!env) return [];
    return [
      {
        environment: {
          id: env.id,
          node_id: env.nodeId,
          name: env.name,
          url: `${this.r.api}/repos/${repo.fullName}/environments/${encodeURIComponent(env.name)}`,
          html_url: `${this.r.state.htmlUrl}/${repo.fullName}/deployments/activity_log?environments_filter=${encodeURIComponent(env.name)}`,
        },
        wait_timer: 0,
        wait_timer_started_at: null,
        current_user_can_approve: env.reviewers.some((u) => u.id === viewer.id),
        reviewers: this.reviewers(env),
      },
    ];
  }

  /**
   * Checks a review the way GitHub does: the run must wait, `environment_ids` must name its environment,
   * and the reviewer must be one of its required reviewers. Returns the environment.
   */
  checkReview(
    repo: RepoRecord,
    run: WorkflowRunRecord,
    environmentIds: number[],
    reviewer: UserRecord,
  ): EnvironmentRecord {
    const env = run.status === "waiting" ? this.protectedEnvironment(repo, run.environment) : undefined;
    if (!env) throw new HttpError(422, "There are no pending deployments for this workflow run.");
    if (!environmentIds.includes(env.id))
      throw new HttpError(422, `Environment ids ${JSON.stringify(environmentIds)} are not pending for this run.`);
    if (!env.reviewers.some((u) => u.id === reviewer.id))
      throw new HttpError(422, `${reviewer.login} is not a required reviewer of environment ${env.name}.`);
    return env;
  }

  /** `deployment_review.requested`, sent when a run starts to wait. */
  requested(repo: RepoRecord, run: WorkflowRunRecord, env: EnvironmentRecord): Promise<WebhookDelivery[]> {
    return this.events.deploymentReview(repo, run, "requested", run.actor, {
      since: run.waitingSince ?? run.createdAt,
      workflow_job_run: this.jobRun(repo, run, run.jobs[0], env),
      environment: env.name,
      reviewers: this.reviewers(env),
      requestor: this.r.user(run.actor),
    });
  }

  /** `deployment_review.approved` or `.rejected`, sent for the review a reviewer posted. */
  decided(repo: RepoRecord, run: WorkflowRunRecord, env: EnvironmentRecord): Promise<WebhookDelivery[]> {
    const review = run.review;
    if (!review) throw new HttpError(500, `run ${run.id} has no review`);
    return this.events.deploymentReview(repo, run, review.state, review.reviewer, {
      since: run.waitingSince ?? run.createdAt,
      workflow_job_runs: run.jobs.map((job) => this.jobRun(repo, run, job, env)),
      reviewers: this.reviewers(env),
      approver: this.r.user(review.reviewer),
      comment: review.comment,
    });
  }

  private reviewers(env: EnvironmentRecord): Json[] {
    return env.reviewers.map((u) => ({ type: "User", reviewer: this.r.user(u) }));
  }

  private jobRun(
    repo: RepoRecord,
    run: WorkflowRunRecord,
    job: WorkflowJobRecord | undefined,
    env: EnvironmentRecord,
  ): Json {
    const id = job?.id ?? run.id;
    return {
      id,
      name: job?.name ?? run.name,
      status: job?.status ?? run.status,
      conclusion: job?.conclusion ?? null,
      html_url: `${this.r.state.htmlUrl}/${repo.fullName}/actions/runs/${run.id}/job/${id}`,
      created_at: run.createdAt,
      updated_at: run.updatedAt,
      environment: env.name,
    };
  }
}
