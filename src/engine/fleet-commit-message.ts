import { shortVersion } from "../core/short-version.ts";
import type { FleetTick } from "../core/fleet-tick.ts";

/**
 * The commit message of a fleet's deployment-level change, read in `git log ferry/state` like the
 * engine's: `web: fleet batch 3 of v2 started [skip ci]`, with a `Ferry-Fleet` trailer.
 */
export function fleetCommitMessage(deployment: string, tick: FleetTick): string {
  const rollout = tick.record.state.rollout;
  const version = rollout ? shortVersion(rollout.version) : "";
  const decision = tick.decision;
  const what = ((): string => {
    switch (decision.kind) {
      case "started":
        return `fleet ${decision.runKind === "rollback" ? "rollback" : "rollout"} of ${version} started (run ${tick.record.runId ?? "?"})`;
      case "batch-advanced":
        return `fleet batch ${decision.batch} of ${version} started (${decision.assigned.length} instances)`;
      case "completed":
        return `fleet rollout of ${version} completed`;
      case "threshold-crossed":
        return `fleet rollout of ${shortVersion(decision.version)} failed: ${decision.failed} failed, threshold ${decision.threshold}`;
      case "rolled-back":
        return `fleet rolled back from ${shortVersion(decision.from)} to ${shortVersion(decision.to)}`;
      default:
        return `fleet ${decision.kind}`;
    }
  })();
  const summary = tick.record.summary;
  const counts = summary
    ? `${summary.total} instances: ${Object.entries(summary.byUpdate)
        .filter(([, n]) => n > 0)
        .map(([state, n]) => `${n} ${state}`)
        .join(", ")}`
    : "";
  return [
    `${deployment}: ${what} [skip ci]`,
    "",
    ...(counts ? [counts, ""] : []),
    `Ferry-Fleet: ${decision.kind} ${deployment}`,
    "",
  ].join("\n");
}
