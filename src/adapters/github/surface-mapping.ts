import { awaitingApproval, deploymentStatus, stateLine } from "../../core/deployment-summary.ts";
import type { ReportStatus } from "../../core/lifecycle.ts";
import type { RunOutcome } from "../../core/run-end.ts";
import { shortVersion } from "../../core/short-version.ts";
import type { DeploymentView } from "../../ports/reporter.ts";

/** The fixed commit status context and check-run name (docs/architecture.md#names-fixed-for-users). */
export function surfaceName(deployment: string): string {
  return `ferry/${deployment}`;
}

export type CommitState = "pending" | "success" | "failure" | "error";
export type DeploymentStatusState = "queued" | "in_progress" | "success" | "failure" | "error" | "inactive";
export type CheckConclusion = "success" | "failure" | "neutral" | "action_required" | "cancelled" | "timed_out";

export interface SurfaceStatus {
  readonly report: ReportStatus;
  readonly commit: CommitState;
  readonly check: { readonly status: "queued" | "in_progress" | "completed"; readonly conclusion?: CheckConclusion };
  readonly deployment: DeploymentStatusState;
}

/** One mapping from a deployment's state to all three GitHub surfaces, so they never disagree. */
export function surfaceStatus(view: DeploymentView): SurfaceStatus {
  if (view.blocked)
    return {
      report: "failure",
      commit: "error",
      check: { status: "completed", conclusion: "failure" },
      deployment: "error",
    };
  if (view.ended) return endedStatus(view.ended.outcome);
  const report = deploymentStatus(view.lifecycle, view.state);
  switch (report) {
    case "queued":
      return { report, commit: "pending", check: { status: "queued" }, deployment: "queued" };
    case "in_progress":
      return { report, commit: "pending", check: { status: "in_progress" }, deployment: "in_progress" };
    case "success":
      return {
        report,
        commit: "success",
        check: { status: "completed", conclusion: "success" },
        deployment: "success",
      };
    case "failure":
      return {
        report,
        commit: "failure",
        check: { status: "completed", conclusion: "failure" },
        deployment: "failure",
      };
    case "neutral":
      // Paused or stopped: nothing is wrong, and nothing is live from this run either.
      return {
        report,
        commit: "success",
        check: { status: "completed", conclusion: "neutral" },
        deployment: "inactive",
      };
    case "action_required":
      return {
        report,
        commit: "pending",
        check: { status: "completed", conclusion: "action_required" },
        deployment: "queued",
      };
  }
}

/** At most `max` characters, ending with an ellipsis when cut (GitHub rejects longer). */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max - 1) + "…";
}

/**
 * A run that a newer run replaced. A cancelled (superseded) run shows `cancelled` on its check
 * run, `error` on its commit status (the version was never deployed, and nothing failed either;
 * GitHub counts a cancelled check the same way), and `inactive` on its deployment.
 */
export function endedStatus(outcome: RunOutcome): SurfaceStatus {
  switch (outcome) {
    case "success":
      return {
        report: "success",
        commit: "success",
        check: { status: "completed", conclusion: "success" },
        deployment: "success",
      };
    case "failure":
      return {
        report: "failure",
        commit: "failure",
        check: { status: "completed", conclusion: "failure" },
        deployment: "failure",
      };
    case "cancelled":
      return {
        report: "neutral",
        commit: "error",
        check: { status: "completed", conclusion: "cancelled" },
        deployment: "inactive",
      };
  }
}

const ENDED_WORDS: Readonly<Record<RunOutcome, string>> = {
  success: "succeeded",
  failure: "failed",
  cancelled: "cancelled",
};

/** The status description of a run a newer one replaced: `run 2 failed: health-check failed; rolled back by run 3`. */
export function endedDescription(runId: number, outcome: RunOutcome, reason: string): string {
  return clip(`run ${runId} ${ENDED_WORDS[outcome]}: ${reason}`, 140);
}

/**
 * The commit status and deployment status description, 140 characters at most. It names what
 * the run's status means (deploying, deployed, failed and where, paused), not the state it is
 * in, so it changes only when the status does: the state itself is in the check run, and an
 * unchanged status is never sent again.
 */
export function shortDescription(view: DeploymentView): string {
  if (view.blocked) return clip(`blocked: ${view.blocked}`, 140);
  const run = view.state.run;
  if (!run) return clip(stateLine(view.state), 140);
  const which = `run ${run.id}${run.attempt > 1 ? `, attempt ${run.attempt}` : ""}`;
  if (view.ended) return endedDescription(run.id, view.ended.outcome, view.ended.reason);
  const version = shortVersion(run.version);
  const rollback = run.kind === "rollback";
  const error = view.state.error && view.state.error.runId === run.id ? view.state.error : undefined;
  const report = surfaceStatus(view).report;
  const where = Object.values(view.state.regions).map((r) => r.state);
  switch (report) {
    case "queued":
    case "in_progress": {
      // A job held for reviewers is the one wait people must act on: the status says so.
      const waiting = awaitingApproval(view.state)?.approval;
      const held = waiting ? ` — awaiting approval in ${waiting.environment}` : "";
      return clip(`${rollback ? "rolling back to" : "deploying"} ${version} (${which})${held}`, 140);
    }
    case "success":
      return clip(`${rollback ? "rolled back to" : "deployed"} ${version} (${which})`, 140);
    case "failure":
      return clip(`${error ? `${error.step} failed` : `failed in ${where.join(", ")}`} on ${version} (${which})`, 140);
    case "action_required":
      return clip(`${stateLine(view.state)}`, 140);
    case "neutral":
      return clip(`${view.state.hold ? "paused" : where.join(", ")} on ${version} (${which})`, 140);
  }
}
