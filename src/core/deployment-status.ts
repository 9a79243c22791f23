import type { DeploymentState, StageResult } from "./deployment-state.ts";
import { shortVersion } from "./short-version.ts";
import { reportStatusOf, type Lifecycle, type ReportStatus } from "./lifecycle.ts";
import { defined } from "./defined.ts";

/** The status a surface shows for a deployment: its state's, failure when an error is recorded, neutral when held. */
export function deploymentStatus(lifecycle: Lifecycle, state: DeploymentState): ReportStatus {
  const statuses = Object.entries(state.regions).map(([region, r]) =>
    reportStatusOf(defined(lifecycle.regions[region]?.states[r.state], `state ${r.state} of region ${region}`)),
  );
  if (statuses.includes("in_progress") || statuses.includes("queued")) return state.hold ? "neutral" : "in_progress";
  if (statuses.includes("failure")) return "failure";
  if (state.error && state.error.runId === state.run?.id && state.run?.kind !== "rollback") return "failure";
  if (state.hold) return "neutral";
  if (statuses.includes("action_required")) return "action_required";
  if (statuses.includes("neutral")) return "neutral";
  return "success";
}

/** Where the deployment is: `running`, or `stack: stable, deployment: done` for several regions. */
export function whereText(state: DeploymentState): string {
  const regions = Object.entries(state.regions);
  const [only] = regions;
  return only && regions.length === 1 ? only[1].state : regions.map(([n, r]) => `${n}: ${r.state}`).join(", ");
}

/** One line for a deployment's state: `running on abc1234 (run 3, rollback)`. */
export function stateLine(state: DeploymentState): string {
  const run = state.run
    ? ` on ${shortVersion(state.run.version)} (run ${state.run.id}${state.run.attempt > 1 ? `, attempt ${state.run.attempt}` : ""}${state.run.kind === "rollback" ? ", rollback" : ""})`
    : "";
  const waiting = awaitingApproval(state)?.approval;
  return `${whereText(state)}${run}${state.hold ? " — paused" : ""}${waiting ? ` — awaiting approval in ${waiting.environment}` : ""}`;
}

/** The current run's stage whose job waits for an environment's required reviewers, if one does. */
export function awaitingApproval(state: DeploymentState): StageResult | undefined {
  const run = state.run;
  if (!run) return undefined;
  return state.stages.findLast(
    (s) =>
      s.runId === run.id && (s.status === "dispatching" || s.status === "running") && s.approval?.state === "waiting",
  );
}
