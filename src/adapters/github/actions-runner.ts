import { silentLogger, type Logger } from "../../ports/logger.ts";
import type { StageCancel, StageRequest, StageRunner, StageStart } from "../../ports/stage-runner.ts";
import { GitHubAdapterError, retriesOf, statusOf, type GitHubClient, type RepoRef } from "./github-client.ts";
import { isPermissionRefusal, rateLimitNote, rateLimitOf } from "./rate-limit.ts";
import { stageRunName } from "./stage-run-name.ts";
import { stageRunsTitled } from "./workflow-run-reader.ts";

/** The runner workflow's file name under `.github/workflows/` (docs/architecture.md#names-fixed-for-users). */
export const FERRY_STAGE_WORKFLOW = "ferry-stage.yml";

/** The inputs `ferry-stage.yml` must declare (docs/architecture.md#names-fixed-for-users). */
export const STAGE_INPUTS = ["deployment", "stage", "version", "run_id", "attempt", "environment", "runs_on"] as const;

const PERMISSION_HINT = " (the app or token needs the `actions: write` permission on this repository)";

export interface ActionsRunnerOptions {
  /** Workflow file name or numeric id. Default {@link FERRY_STAGE_WORKFLOW}. */
  readonly workflow?: string;
  /**
   * The branch GitHub reads the workflow file from, or how to know it (the app knows the default
   * branch from its webhooks). The stage's own version is an input the workflow checks out, so
   * this only says which copy of the workflow runs. Default: the repository's default branch,
   * looked up once.
   */
  readonly dispatchRef?: string | (() => string);
  readonly log?: Logger;
}

interface DispatchDetails {
  readonly workflow_run_id: number;
  readonly run_url?: string;
  readonly html_url?: string;
}

/**
 * Runs stages as GitHub Actions workflow runs: `start` dispatches `ferry-stage.yml` with the
 * stage's inputs and `return_run_details` (proof that the run exists, and its link for the log).
 * The workflow's `run-name` writes the deployment, stage, run and attempt into the run's title, so
 * the `workflow_run` webhooks that follow name their stage without ferry recording the run id.
 * Expected failures (missing workflow, wrong trigger, missing permission) come back as
 * `{ ok: false }` with what a person should do; the engine turns them into a failed stage.
 */
export class ActionsRunner implements StageRunner {
  private readonly workflow: string;
  private readonly log: Logger;
  private dispatchRef: Promise<string> | undefined;
  private readonly currentRef: (() => string) | undefined;

  constructor(
    private readonly client: GitHubClient,
    private readonly ref: RepoRef,
    options: ActionsRunnerOptions = {},
  ) {
    this.workflow = options.workflow ?? FERRY_STAGE_WORKFLOW;
    this.log = options.log ?? silentLogger;
    if (typeof options.dispatchRef === "function") this.currentRef = options.dispatchRef;
    else if (options.dispatchRef !== undefined) this.dispatchRef = Promise.resolve(options.dispatchRef);
  }

  async start(request: StageRequest): Promise<StageStart> {
    const { owner, repo } = this.ref;
    let branch: string;
    try {
      branch = await this.branch();
    } catch (error) {
      return {
        ok: false,
        message: `could not find the default branch of ${owner}/${repo} to dispatch ${this.workflow} from: ${messageOf(error)}`,
      };
    }
    // Every input is a string: workflow_dispatch inputs are strings on the wire, whatever their
    // declared type. `runs_on` is JSON because a list of labels must reach `runs-on` as a list
    // (`fromJSON(inputs.runs_on)` in the workflow).
    const inputs: Record<(typeof STAGE_INPUTS)[number], string> = {
      deployment: request.deployment,
      stage: request.stage,
      version: request.version,
      run_id: String(request.runId),
      attempt: String(request.attempt),
      environment: request.environment,
      runs_on: JSON.stringify(request.runsOn),
    };
    try {
      const answer = await this.client.request<"POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches">(
        "POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches",
        {
          owner,
          repo,
          workflow_id: this.workflow,
          ref: branch,
          inputs,
          return_run_details: true,
        },
      );
      const details = answer.data as DispatchDetails | undefined;
      if (answer.status !== 200 || typeof details?.workflow_run_id !== "number") {
        // GitHub Enterprise Server versions without run details answer 204: the run exists but
        // cannot be matched to its webhooks, so the stage could only end at its deadline.
        return {
          ok: false,
          message: `GitHub dispatched ${this.workflow} on ${branch} but returned no run id (status ${answer.status}); ferry needs \`return_run_details\`, available on github.com and recent GitHub Enterprise Server`,
        };
      }
      const url = details.html_url ?? details.run_url;
      this.log.info(
        {
          deployment: request.deployment,
          stage: request.stage,
          environment: request.environment,
          workflowRunId: details.workflow_run_id,
        },
        `dispatched ${this.workflow}`,
      );
      return { ok: true, externalId: String(details.workflow_run_id), ...(url ? { url } : {}) };
    } catch (error) {
      const message = this.explain(error, branch);
      if (message === undefined)
        throw new GitHubAdapterError(`could not dispatch ${this.workflow}: ${messageOf(error)}${exhausted(error)}`, {
          cause: error,
        });
      return { ok: false, message };
    }
  }

  /**
   * Cancels the stage's workflow run: the one its record names, else the unfinished runs of the
   * workflow whose title names this stage attempt (a stage records its run id only with its result
   * or a wait for reviewers, so a running one is found by its title).
   */
  async cancel(request: StageCancel): Promise<void> {
    const ids =
      request.externalId !== undefined && /^\d+$/.test(request.externalId)
        ? [Number(request.externalId)]
        : await this.runsNamed(request);
    for (const id of ids) await this.cancelRun(id);
  }

  private async runsNamed(request: StageCancel): Promise<number[]> {
    try {
      const runs = await stageRunsTitled(this.client, this.ref, this.workflow, request);
      return runs.filter((run) => run.status !== "completed").map((run) => Number(run.id));
    } catch (error) {
      throw new GitHubAdapterError(
        `could not list the runs of ${this.workflow} to cancel "${stageRunName(request)}": ${messageOf(error)}`,
        { cause: error },
      );
    }
  }

  private async cancelRun(id: number): Promise<void> {
    const { owner, repo } = this.ref;
    try {
      await this.client.request<"POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel">(
        "POST /repos/{owner}/{repo}/actions/runs/{run_id}/cancel",
        { owner, repo, run_id: id },
      );
    } catch (error) {
      // 409: the run already completed, which is all a cancel wanted.
      if (statusOf(error) === 409) return;
      throw new GitHubAdapterError(
        `could not cancel workflow run ${id}: ${messageOf(error)}${isPermissionRefusal(error) ? PERMISSION_HINT : rateLimitNote(error)}`,
        { cause: error },
      );
    }
  }

  private branch(): Promise<string> {
    if (this.currentRef) return Promise.resolve(this.currentRef());
    this.dispatchRef ??= this.client
      .request<"GET /repos/{owner}/{repo}">("GET /repos/{owner}/{repo}", { owner: this.ref.owner, repo: this.ref.repo })
      .then(
        (answer) => answer.data.default_branch,
        (error: unknown) => {
          // Forget the failure so the next stage asks again.
          this.dispatchRef = undefined;
          throw error;
        },
      );
    return this.dispatchRef;
  }

  /** What a person should do about an answer a correct setup does not get; undefined for the unexpected. */
  private explain(error: unknown, branch: string): string | undefined {
    const file = `.github/workflows/${this.workflow}`;
    // A rate limit's 403 is not a setup problem: it is thrown with the limit named (see exhausted).
    if (rateLimitOf(error) !== undefined) return undefined;
    switch (statusOf(error)) {
      case 404:
        return `${file} was not found on ${branch} of ${this.ref.owner}/${this.ref.repo}: add the ferry stage workflow there (\`ferry init\` writes it) and merge it to ${branch}`;
      case 422:
        return `GitHub refused to dispatch ${file} on ${branch}: ${messageOf(error)}. The workflow must have an \`on: workflow_dispatch\` trigger declaring the string inputs ${STAGE_INPUTS.join(", ")} and no other required inputs (\`ferry init\` writes it; a workflow written by an older ferry lacks environment and runs_on)`;
      case 401:
      case 403:
        return `GitHub refused to dispatch ${file}: ${messageOf(error)}${PERMISSION_HINT}`;
      default:
        return undefined;
    }
  }
}

/** For a transient answer (5xx, a rate limit): that the client's retries are spent, so a person knows this was not a first try. */
function exhausted(error: unknown): string {
  if (rateLimitOf(error) !== undefined) return rateLimitNote(error);
  const status = statusOf(error);
  if (status === undefined || (status < 500 && status !== 429)) return "";
  const retries = retriesOf(error);
  return retries > 0
    ? ` (GitHub answered ${status} to ${retries + 1} attempts: the retries are exhausted)`
    : ` (GitHub answered ${status}; this client does not retry)`;
}

function messageOf(error: unknown): string {
  // Octokit's message is GitHub's message plus a docs link; the message alone reads better in a check run.
  const data = (error as { response?: { data?: { message?: unknown } } }).response?.data;
  if (typeof data?.message === "string") return data.message;
  return error instanceof Error ? error.message : String(error);
}
