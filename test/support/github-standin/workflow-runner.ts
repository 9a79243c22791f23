import { EnvironmentReviews } from "./environment-reviews.ts";
import { StandinError } from "./http-error.ts";
import { Ids } from "./ids.ts";
import { isoTime } from "./iso-time.ts";
import type { StandinServices } from "./rest-context.ts";
import type { RepoRecord, UserRecord, WorkflowJobRecord, WorkflowRunRecord } from "./standin-state.ts";
import type { WebhookDelivery } from "./webhook-dispatcher.ts";
import { displayTitle, resolveEnvironment, type WorkflowFile } from "./workflow-files.ts";

/** How a run can end. */
export type RunConclusion = "success" | "failure" | "cancelled";

/** A step outcome a test can script for `complete`. */
export interface StepOutcome {
  name: string;
  conclusion: "success" | "failure" | "skipped" | "cancelled";
}

/** A dispatched run as a test (or an executor running the real action) sees it. */
export interface RunView {
  id: number;
  owner: string;
  repo: string;
  workflowPath: string;
  workflowName: string;
  ref: string;
  sha: string;
  inputs: Record<string, unknown>;
  status: WorkflowRunRecord["status"];
  conclusion: string | null;
  /** An installation token for the repository, as GITHUB_TOKEN would be. */
  token: string;
  /** GITHUB_* and INPUT_* variables a runner would set for the run. */
  env: Record<string, string>;
}

/** Runs a dispatched workflow for real and says how it ended. */
export type RunExecutor = (run: RunView) => Promise<RunConclusion>;

/** A test asked about a run that does not exist. */
export class UnknownRunError extends StandinError {
  override name = "UnknownRunError";
}

/**
 * Plays the Actions runner: dispatched runs wait in `queued` until a test starts, completes or executes them;
 * each step sends the `workflow_run` and `workflow_job` webhooks GitHub sends and changes what the REST API reports.
 */
export class WorkflowRunner {
  private readonly where = new Map<number, RepoRecord>();
  private readonly waiters: Array<{ match: (r: RunView) => boolean; resolve: (r: RunView) => void }> = [];
  private autoExecutor: RunExecutor | undefined;
  /** Runs the `onDispatch` executor is working on. */
  private readonly executing = new Set<Promise<unknown>>();
  /** One GITHUB_TOKEN per run, as a runner gets. */
  private readonly tokens = new Map<number, string>();
  /** Environments with required reviewers, pending deployments and `deployment_review` webhooks. */
  readonly reviews: EnvironmentReviews;

  constructor(private readonly services: StandinServices) {
    this.reviews = new EnvironmentReviews(services.render, services.events, () => services.state.ids.id());
  }

  /**
   * Records a dispatched run and sends `workflow_run.requested` and `workflow_job.queued`. A run whose job
   * targets an environment with required reviewers is held instead: run and job `waiting`, `workflow_job.waiting`
   * and `deployment_review.requested`, until {@link review}.
   */
  dispatch(
    repo: RepoRecord,
    file: WorkflowFile,
    workflowId: number,
    ref: string,
    sha: string,
    inputs: Record<string, unknown>,
    actor: UserRecord,
  ): WorkflowRunRecord {
    const ids = this.services.state.ids;
    const now = isoTime();
    const id = ids.id();
    const run: WorkflowRunRecord = {
      id,
      nodeId: Ids.nodeId("WorkflowRun", id),
      runNumber: [...repo.runs.values()].filter((r) => r.workflowId === workflowId).length + 1,
      workflowId,
      path: file.path,
      name: file.name,
      displayTitle: displayTitle(file, inputs),
      headBranch: ref,
      headSha: sha,
      event: "workflow_dispatch",
      status: "queued",
      conclusion: null,
      inputs,
      actor,
      createdAt: now,
      updatedAt: now,
      startedAt: now,
      jobs: file.jobs.map((j) => ({
        id: ids.id(),
        name: j.name,
        status: "queued",
        conclusion: null,
        startedAt: null,
        completedAt: null,
        steps: j.steps.map((name, i) => ({ name, status: "queued", conclusion: null, number: i + 1 })),
      })),
    };
    const environment = resolveEnvironment(file.jobs.find((j) => j.environment)?.environment, inputs);
    if (environment !== undefined) run.environment = environment;
    const held = this.reviews.protectedEnvironment(repo, environment);
    if (held) {
      run.status = "waiting";
      run.waitingSince = now;
      for (const job of run.jobs) job.status = "waiting";
    }
    repo.runs.set(id, run);
    this.where.set(id, repo);
    void this.services.events.workflowRun(repo, run, "requested");
    for (const job of run.jobs) void this.services.events.workflowJob(repo, run, job, held ? "waiting" : "queued");
    if (held) void this.reviews.requested(repo, run, held);
    const view = this.view(id);
    for (const w of this.waiters.filter((x) => x.match(view))) {
      this.waiters.splice(this.waiters.indexOf(w), 1);
      w.resolve(view);
    }
    if (this.autoExecutor && !held) this.track(this.execute(id, this.autoExecutor));
    return run;
  }

  /** Keeps an execution in `executing` until it ends, so `idle()` can wait for it; its failure is the run's. */
  private track(execution: Promise<unknown>): void {
    const settled = execution.catch(() => undefined);
    this.executing.add(settled);
    void settled.finally(() => this.executing.delete(settled));
  }

  /** Resolves once no run handed to the `onDispatch` executor is still executing (their webhooks sent). */
  async idle(): Promise<void> {
    while (this.executing.size > 0) await Promise.all([...this.executing]);
  }

  /**
   * A reviewer's decision on a held run (the pending-deployments POST checked it first). Approved: the job is
   * queued for a runner (the executor, if one is set, picks it up); rejected: the run completes as `failure`.
   * Resolves once the app answered the webhooks.
   */
  review(runId: number, state: "approved" | "rejected", comment: string, reviewer: UserRecord): Promise<unknown> {
    const { repo, run } = this.lookup(runId);
    const env = this.reviews.protectedEnvironment(repo, run.environment);
    if (!env || run.status !== "waiting") throw new StandinError(`run ${runId} is not waiting for a review`);
    const now = isoTime();
    run.review = { state, comment, reviewer, at: now };
    run.updatedAt = now;
    if (state === "rejected") return Promise.all([this.reviews.decided(repo, run, env), this.finish(runId, "failure")]);
    run.status = "queued";
    const sent: Promise<WebhookDelivery[]>[] = [this.reviews.decided(repo, run, env)];
    for (const job of run.jobs) {
      job.status = "queued";
      sent.push(this.services.events.workflowJob(repo, run, job, "queued"));
    }
    if (this.autoExecutor) this.track(this.execute(runId, this.autoExecutor));
    return Promise.all(sent);
  }

  /** Runs still queued (dispatched, not started). */
  pending(): RunView[] {
    return this.all().filter((r) => r.status === "queued");
  }

  /** Every run, oldest first. */
  all(): RunView[] {
    return [...this.where.keys()].map((id) => this.view(id));
  }

  /** Resolves with the first run (already dispatched or future) that matches. */
  waitForRun(match: (run: RunView) => boolean = () => true, timeoutMs = 10_000): Promise<RunView> {
    const existing = this.pending().find(match);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve: (r: RunView) => (clearTimeout(timer), resolve(r)) };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new StandinError(`no workflow run dispatched within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** Runs every future dispatch through `executor` (undefined stops that). */
  onDispatch(executor: RunExecutor | undefined): void {
    this.autoExecutor = executor;
  }

  /** Moves a queued run to in_progress (runner picked it up) and waits for the app to get the webhooks. */
  async start(runId: number): Promise<void> {
    const { repo, run } = this.lookup(runId);
    if (run.status !== "queued") return;
    const now = isoTime();
    run.status = "in_progress";
    run.startedAt = now;
    run.updatedAt = now;
    const sent = [this.services.events.workflowRun(repo, run, "in_progress")];
    for (const job of run.jobs) {
      job.status = "in_progress";
      job.startedAt = now;
      for (const step of job.steps) step.status = "in_progress";
      sent.push(this.services.events.workflowJob(repo, run, job, "in_progress"));
    }
    await Promise.all(sent);
  }

  /** Finishes a run with the test's conclusion (starting it first if needed), sending completed webhooks. */
  async complete(runId: number, conclusion: RunConclusion, options: { steps?: StepOutcome[] } = {}): Promise<void> {
    const { run } = this.lookup(runId);
    if (run.status === "completed") return;
    if (run.status === "queued" && conclusion !== "cancelled") await this.start(runId);
    if (options.steps && run.jobs[0]) {
      run.jobs[0].steps = options.steps.map((s, i) => ({
        name: s.name,
        status: "completed",
        conclusion: s.conclusion,
        number: i + 1,
      }));
    }
    await this.finish(runId, conclusion);
  }

  /** Starts a run, lets `executor` decide its conclusion (e.g. by running the real action), then completes it. */
  async execute(runId: number, executor: RunExecutor): Promise<RunConclusion> {
    await this.start(runId);
    let conclusion: RunConclusion;
    try {
      conclusion = await executor(this.view(runId));
    } catch {
      conclusion = "failure";
    }
    await this.complete(runId, conclusion);
    return conclusion;
  }

  /** Cancels a run (the REST cancel endpoint); false when it had already completed. */
  cancel(runId: number): boolean {
    const { run } = this.lookup(runId);
    if (run.status === "completed") return false;
    void this.finish(runId, "cancelled");
    return true;
  }

  /** The run's record and repository. */
  lookup(runId: number): { repo: RepoRecord; run: WorkflowRunRecord } {
    const repo = this.where.get(runId);
    const run = repo?.runs.get(runId);
    if (!repo || !run) throw new UnknownRunError(`no workflow run ${runId}`);
    return { repo, run };
  }

  /** What a test sees of a run. */
  view(runId: number): RunView {
    const { repo, run } = this.lookup(runId);
    const state = this.services.state;
    let token = this.tokens.get(runId);
    if (token === undefined) {
      token = this.services.auth.issueToken(repo.installationId ?? -1, new Set([repo.id])).token;
      this.tokens.set(runId, token);
    }
    const env: Record<string, string> = {
      GITHUB_ACTIONS: "true",
      CI: "true",
      GITHUB_REPOSITORY: repo.fullName,
      GITHUB_REPOSITORY_OWNER: repo.owner.login,
      GITHUB_SHA: run.headSha,
      GITHUB_REF: `refs/heads/${run.headBranch}`,
      GITHUB_REF_NAME: run.headBranch,
      GITHUB_RUN_ID: String(run.id),
      GITHUB_RUN_NUMBER: String(run.runNumber),
      GITHUB_RUN_ATTEMPT: "1",
      GITHUB_WORKFLOW: run.name,
      GITHUB_EVENT_NAME: run.event,
      GITHUB_ACTOR: run.actor.login,
      GITHUB_API_URL: state.baseUrl,
      GITHUB_GRAPHQL_URL: `${state.baseUrl}/graphql`,
      GITHUB_SERVER_URL: state.htmlUrl,
      GITHUB_TOKEN: token,
    };
    for (const [key, value] of Object.entries(run.inputs))
      env[`INPUT_${key.replace(/ /g, "_").toUpperCase()}`] = String(value);
    return {
      id: run.id,
      owner: repo.owner.login,
      repo: repo.name,
      workflowPath: run.path,
      workflowName: run.name,
      ref: run.headBranch,
      sha: run.headSha,
      inputs: { ...run.inputs },
      status: run.status,
      conclusion: run.conclusion,
      token,
      env,
    };
  }

  private async finish(runId: number, conclusion: RunConclusion): Promise<void> {
    const { repo, run } = this.lookup(runId);
    const now = isoTime();
    const sent = [];
    for (const job of run.jobs) {
      if (job.status === "completed") continue;
      finishJob(job, conclusion, now);
      sent.push(this.services.events.workflowJob(repo, run, job, "completed"));
    }
    run.status = "completed";
    run.conclusion = conclusion;
    run.updatedAt = now;
    sent.push(this.services.events.workflowRun(repo, run, "completed"));
    await Promise.all(sent);
  }
}

function finishJob(job: WorkflowJobRecord, conclusion: RunConclusion, now: string): void {
  job.status = "completed";
  job.conclusion = conclusion;
  job.startedAt ??= now;
  job.completedAt = now;
  for (const step of job.steps) {
    if (step.status === "completed") continue;
    step.status = "completed";
    step.conclusion = conclusion === "success" ? "success" : conclusion === "cancelled" ? "cancelled" : "failure";
  }
}
