import { initialDeploymentState, type DeploymentState, type RunSurfaces } from "../core/deployment-state.ts";
import { deploymentStatus } from "../core/deployment-summary.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import type { RunEnd } from "../core/run-end.ts";
import type { Clock } from "../ports/clock.ts";
import type { DeploymentSpec } from "../ports/deployment-catalog.ts";
import type { DeploymentView, Reporter } from "../ports/reporter.ts";
import type { StateSnapshot } from "../ports/state-store.ts";
import type { AppliedBatch } from "./apply-events.ts";

/**
 * The views a batch reports: for every deployment it touched, each run it ended (oldest first)
 * and then the current run. Each view says what the engine knows — whether this replica wrote
 * the move, whether the batch started the run, and what the previous commit showed — so the
 * reporter decides nothing from memory.
 */
export function viewsOf(
  result: AppliedBatch,
  specs: ReadonlyMap<string, DeploymentSpec | undefined>,
  snapshot: StateSnapshot,
  clock: Clock,
): DeploymentView[] {
  const views: DeploymentView[] = [];
  for (const deployment of result.report) {
    const spec = specs.get(deployment);
    if (!spec) continue;
    const base = {
      deployment,
      lifecycle: spec.lifecycle,
      environment: spec.environment,
      ...(spec.environmentUrl === undefined ? {} : { environmentUrl: spec.environmentUrl }),
    };
    const state = result.current.get(deployment);
    const blocked = result.blocked.get(deployment);
    if (blocked) {
      // A blocked deployment has no readable state; the surfaces still need one to hang the message on.
      const shown = state ?? initialDeploymentState(spec.lifecycle, deployment, clock.now());
      views.push({ ...base, state: shown, transitions: [], basis: "blocked", blocked });
      continue;
    }
    if (!state) continue;
    const read = snapshot.deployments.get(deployment);
    const before = read?.kind === "ok" ? read.state : undefined;
    const written = result.changed.has(deployment);
    const transitions = result.applied.filter((a) => a.deployment === deployment).flatMap((a) => a.transitions);
    if (!written) {
      views.push({ ...base, state, transitions, basis: "redelivered" });
      continue;
    }
    for (const end of result.ended.get(deployment) ?? []) {
      const previous = before?.run?.id === end.run.id ? before : undefined;
      // A run that had already ended in an earlier commit shows its end already.
      if (previous && settled(spec.lifecycle, previous) === end.outcome) continue;
      const { state: endState, ...ended } = end;
      views.push({
        ...base,
        state: endState,
        transitions: transitions.filter((t) => t.runId === end.run.id),
        basis: "written",
        ended,
        ...(previous ? { previous } : { started: true }),
      });
    }
    const previous = before?.run && before.run.id === state.run?.id ? before : undefined;
    views.push({
      ...base,
      state,
      transitions,
      basis: "written",
      ...(previous ? { previous } : state.run ? { started: true } : {}),
    });
  }
  return views;
}

/** How a run stands once nothing more happens in it, if it had already ended. */
function settled(lifecycle: Lifecycle, state: DeploymentState): RunEnd["outcome"] | undefined {
  const status = deploymentStatus(lifecycle, state);
  return status === "success" || status === "failure" ? status : undefined;
}

/**
 * The batch with the surface ids the reporter learned written into the runs that lack them, so
 * they ride with this commit: the ids reach the state file without a commit of their own.
 */
export function withKnownSurfaces(result: AppliedBatch, reporter: Reporter): AppliedBatch {
  if (!reporter.surfacesOf || result.changed.size === 0) return result;
  const changed = new Map(result.changed);
  const current = new Map(result.current);
  for (const [deployment, state] of result.changed) {
    const run = state.run;
    if (!run) continue;
    const known = reporter.surfacesOf(deployment, run.id);
    const surfaces: RunSurfaces = { ...known, ...run.surfaces };
    if (!known || sameSurfaces(surfaces, run.surfaces)) continue;
    const next = { ...state, run: { ...run, surfaces } };
    changed.set(deployment, next);
    current.set(deployment, next);
  }
  return { ...result, changed, current };
}

function sameSurfaces(a: RunSurfaces, b: RunSurfaces | undefined): boolean {
  return a.checkRun === b?.checkRun && a.deployment === b?.deployment;
}
