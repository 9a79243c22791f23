import { deploymentStatus, stateLine } from "../../core/deployment-summary.ts";
import type { ReportStatus } from "../../core/lifecycle.ts";
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

/** The commit status and deployment status description: the state line and the error, 140 characters at most. */
export function shortDescription(view: DeploymentView): string {
  if (view.blocked) return clip(`blocked: ${view.blocked}`, 140);
  const error =
    view.state.error && view.state.error.runId === view.state.run?.id ? ` — ${view.state.error.step} failed` : "";
  return clip(`${stateLine(view.state)}${error}`, 140);
}
