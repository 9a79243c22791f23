import type { DeploymentState } from "../../core/deployment-state.ts";
import { deploymentStatus, stateLine, whereText } from "../../core/deployment-status.ts";
import type { Lifecycle } from "../../core/lifecycle.ts";
import type { StateRead } from "../../ports/state-store.ts";

/**
 * How a deployment stands, for scripts: `failed` and `blocked` (a corrupt state file nobody may
 * overwrite) are what `ferry status --exit-status` exits 1 for; `rolled-back` is healthy again on
 * an older version after a failure, so what was deployed last did not stay.
 */
export const DEPLOYMENT_OUTCOMES = [
  "succeeded",
  "in-progress",
  "waiting",
  "paused",
  "neutral",
  "rolled-back",
  "failed",
  "blocked",
  "not-deployed",
] as const;
export type DeploymentOutcome = (typeof DEPLOYMENT_OUTCOMES)[number];

/** Outcomes `--exit-status` turns into exit 1. */
export const UNHEALTHY_OUTCOMES: ReadonlySet<DeploymentOutcome> = new Set(["failed", "blocked"]);

/**
 * One deployment in `ferry status --json` and `ferry wait --json`. The field names and their
 * meaning are a contract for scripts: fields may be added, never renamed or retyped. Times are
 * exact ISO 8601 as recorded; versions are full commit shas.
 */
export interface StatusRecord {
  readonly deployment: string;
  readonly lifecycle: string;
  /** The state (`running`), or each region's for a lifecycle with several (`stack: stable, deployment: done`). */
  readonly state: string | null;
  readonly regions: Readonly<Record<string, { readonly state: string; readonly since: string }>>;
  readonly outcome: DeploymentOutcome;
  /** The version of the current (or last) run: a full commit sha. */
  readonly version: string | null;
  readonly run: {
    readonly id: number;
    readonly attempt: number;
    readonly kind: string;
    readonly cause: string;
    readonly actor: string;
    readonly startedAt: string;
  } | null;
  /** When the deployment entered its current state (the latest region change). */
  readonly since: string | null;
  readonly updatedAt: string | null;
  readonly paused: { readonly by: string; readonly at: string } | null;
  readonly error: {
    readonly step: string;
    readonly state: string | null;
    readonly message: string;
    readonly at: string | null;
    readonly run: number | null;
  } | null;
  /** The line a person reads: `running on abc1234 (run 3) — paused`. */
  readonly description: string;
}

/** The record of a deployment read from the state branch; `lifecycle` is its definition when known. */
export function statusRecord(
  deployment: string,
  lifecycleName: string,
  read: StateRead | undefined,
  lifecycle: Lifecycle | undefined,
): StatusRecord {
  const empty = {
    deployment,
    lifecycle: lifecycleName,
    regions: {},
    version: null,
    run: null,
    since: null,
    updatedAt: null,
    paused: null,
  };
  if (read?.kind === "corrupt")
    return {
      ...empty,
      state: null,
      outcome: "blocked",
      error: {
        step: "state-file",
        state: null,
        message: `deployments/${deployment}.json is corrupt (${read.reason}): ${read.detail}`,
        at: null,
        run: null,
      },
      description: `corrupt state file (${read.reason})`,
    };
  if (read?.kind !== "ok")
    return { ...empty, state: null, outcome: "not-deployed", error: null, description: "not deployed yet" };
  const state = read.state;
  const regions = Object.fromEntries(
    Object.entries(state.regions).map(([n, r]) => [n, { state: r.state, since: r.since }]),
  );
  const since =
    Object.values(state.regions)
      .map((r) => r.since)
      .sort()
      .at(-1) ?? state.updatedAt;
  return {
    deployment,
    lifecycle: state.lifecycle,
    state: whereText(state),
    regions,
    outcome: outcomeOf(state, lifecycle),
    version: state.run?.version ?? null,
    run: state.run
      ? {
          id: state.run.id,
          attempt: state.run.attempt,
          kind: state.run.kind,
          cause: state.run.cause,
          actor: state.run.actor,
          startedAt: state.run.startedAt,
        }
      : null,
    since,
    updatedAt: state.updatedAt,
    paused: state.hold ? { by: state.hold.actor, at: state.hold.at } : null,
    error: state.error
      ? {
          step: state.error.step,
          state: state.error.state,
          message: state.error.message,
          at: state.error.at,
          run: state.error.runId ?? null,
        }
      : null,
    description: stateLine(state),
  };
}

function outcomeOf(state: DeploymentState, lifecycle: Lifecycle | undefined): DeploymentOutcome {
  // Without its definition (the manifest is gone from the branch) the kinds of its states are unknown.
  if (!lifecycle) return state.error ? "failed" : state.hold ? "paused" : "neutral";
  switch (deploymentStatus(lifecycle, state)) {
    case "success":
      return state.run?.kind === "rollback" && state.error ? "rolled-back" : "succeeded";
    case "failure":
      return "failed";
    case "in_progress":
    case "queued":
      return "in-progress";
    case "action_required":
      return "waiting";
    case "neutral":
      return state.hold ? "paused" : "neutral";
  }
}
