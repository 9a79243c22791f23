import { readOverdueStage, type OverdueStage } from "../adapters/github/workflow-run-reader.ts";
import type { DeploymentState } from "../core/deployment-state.ts";
import { reconcileBranch } from "./branch-reconcile.ts";
import { branchesToReconcile } from "./trigger-branches.ts";
import { hintFor } from "./github-hints.ts";
import type { RepoWorker } from "./repo-workers.ts";

/** Webhooks reconcile their repository at most this often; the timer loop does the rest. */
export const WEBHOOK_RECONCILE_SPACING_MS = 60_000;
/** A stage dispatched this long ago without its result counts as overdue, and its run is read from GitHub. */
export const STAGE_OVERDUE_MS = 2 * 60_000;
/** After a reconcile that failed (GitHub down), the next one comes this soon, or at the interval if shorter. */
const RETRY_AFTER_FAILURE_MS = 60_000;

/**
 * Makes the repository what GitHub says it should be, whatever webhooks were lost or failed:
 * processes the commits of every trigger branch after its cursor, then resolves overdue stages
 * from their workflow runs. Each part fails on its own, logged with a hint; what failed is done
 * by the next reconcile. `minutes` is the interval of a timer reconcile, which schedules the
 * next one (sooner after a failure, at once when a branch had more commits than one pass takes);
 * without it this is a webhook's reconcile, skipped within a minute of the last one.
 */
export async function reconcileRepository(worker: RepoWorker, now: string, minutes?: number): Promise<void> {
  const nowMs = Date.parse(now);
  if (
    minutes === undefined &&
    worker.lastReconciled !== undefined &&
    nowMs - Date.parse(worker.lastReconciled) < WEBHOOK_RECONCILE_SPACING_MS
  )
    return;
  worker.lastReconciled = now;
  let failed = false;
  let more = false;
  const attempt = async (what: string, work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      failed = true;
      const hint = hintFor(error);
      worker.log.error(
        { err: error, repo: worker.fullName, ...(hint ? { hint } : {}) },
        `could not reconcile ${what} of ${worker.fullName}; the next reconcile tries again${hint ? `: ${hint}` : ""}`,
      );
    }
  };
  let branches: string[] = [];
  await attempt("the trigger branches", async () => {
    branches = await branchesToReconcile(worker);
  });
  for (const branch of branches)
    await attempt(`branch ${branch}`, async () => {
      if ((await reconcileBranch(worker, branch, now)).more) more = true;
    });
  await attempt("the running stages", () => reconcileStages(worker, now));
  if (minutes === undefined) return;
  const wait = more ? 0 : failed ? Math.min(minutes * 60_000, RETRY_AFTER_FAILURE_MS) : minutes * 60_000;
  worker.reconcileDue = new Date(nowMs + wait).toISOString();
}

/**
 * Reads the workflow run of every stage whose result is overdue and submits what its lost
 * webhooks would have said; event ids are the webhooks' own, so nothing applies twice.
 */
export async function reconcileStages(worker: RepoWorker, now: string): Promise<void> {
  const overdue = (await worker.states({ fresh: true })).flatMap((state) => overdueStages(state, now));
  if (overdue.length === 0) return;
  const runs = { workflow: worker.workflow, dispatcher: await worker.dispatcher() };
  for (const stage of overdue) {
    const events = await readOverdueStage(worker.client, worker.ref, stage, runs);
    if (events.length === 0) continue;
    worker.log.info(
      { repo: worker.fullName, deployment: stage.deployment, stage: stage.stage, workflowRunId: stage.workflowRunId },
      "read an overdue stage's workflow run from GitHub",
    );
    await worker.submit(events);
  }
}

/**
 * The stages of the deployment's current run that were dispatched at least {@link STAGE_OVERDUE_MS}
 * ago and still wait for their result. A job held for reviewers is
 * left to its approval: GitHub tells when someone decides.
 */
export function overdueStages(state: DeploymentState, now: string): OverdueStage[] {
  const nowMs = Date.parse(now);
  const found: OverdueStage[] = [];
  for (const stage of state.stages) {
    if (stage.status !== "dispatching" && stage.status !== "running") continue;
    if (stage.runId !== state.run?.id) continue;
    if (stage.approval?.state === "waiting") continue;
    if (nowMs - Date.parse(stage.startedAt) < STAGE_OVERDUE_MS) continue;
    found.push({
      deployment: state.deployment,
      stage: stage.stage,
      runId: stage.runId,
      attempt: stage.attempt,
      ...(/^\d+$/.test(stage.externalId ?? "") ? { workflowRunId: Number(stage.externalId) } : {}),
      ...(stage.approval ? { approval: stage.approval.state } : {}),
    });
  }
  return found;
}
