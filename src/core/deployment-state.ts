import type { Cause, Counters } from "./ferry-event.ts";
import type { FleetRecord } from "./fleet-record.ts";
import type { Lifecycle } from "./lifecycle.ts";

/** The state file format version this build writes; older ones are migrated on read. */
export const STATE_SCHEMA_VERSION = 1;

/** Bounds that keep the state file small; the full history is the state branch's git log. */
export const HISTORY_LIMIT = 50;
export const PROCESSED_LIMIT = 200;
export const STAGE_RESULTS_LIMIT = 50;
export const GOOD_VERSIONS_LIMIT = 10;
/**
 * Triggers waiting while a run is busy or held. Newest wins: a trigger that queues supersedes the
 * ones waiting before it, which are dropped and counted in its `coalesced`. See docs/concurrency.md.
 */
export const QUEUE_LIMIT = 1;

export interface RegionState {
  readonly state: string;
  readonly since: string;
  /** The last steady, failed or final state: where `$previous` and supersede return to. */
  readonly resting: string;
}

export type RunKind = "deploy" | "rollback";

export interface Run {
  readonly id: number;
  readonly kind: RunKind;
  readonly cause: Cause;
  readonly actor: string;
  readonly version: string;
  readonly attempt: number;
  readonly startedAt: string;
  /** For rollbacks: the version being rolled back from. */
  readonly from?: string;
  /** Older triggers this run's trigger superseded while it waited in the queue; absent when none. */
  readonly coalesced?: number;
  /**
   * The pull request whose merge (or preview) this run deploys, when its trigger knew it: the App
   * learns it from the `pull_request` webhook; a push, a local run and a rollback have none.
   */
  readonly pullRequest?: number;
  /** Where this run is shown, once known: recorded so no replica ever creates a second one. */
  readonly surfaces?: RunSurfaces;
}

/**
 * The ids of the surfaces a run owns on its host (on GitHub: the check run and the deployment).
 * They ride with the run's next state commit after the surfaces are made; until then they are
 * found by the run's deterministic keys. See docs/architecture.md#who-creates-a-runs-surfaces.
 */
export interface RunSurfaces {
  readonly checkRun?: number;
  readonly deployment?: number;
}

/**
 * How a stage attempt stands or ended. Every attempt ends with its real outcome: a failed attempt
 * that will be retried is `failed` (or `timed-out`), and the retry is the next attempt. `retrying`
 * is only read, from state files of earlier builds, and becomes `failed` when the retry starts.
 */
export const STAGE_STATUSES = [
  "dispatching",
  "running",
  "succeeded",
  "failed",
  "timed-out",
  "cancelled",
  "skipped",
  "retrying",
] as const;
export type StageStatus = (typeof STAGE_STATUSES)[number];

/** Where a job held by an environment's required reviewers stands. */
export const APPROVAL_STATES = ["waiting", "approved", "rejected", "timed-out"] as const;
export type ApprovalState = (typeof APPROVAL_STATES)[number];

/**
 * A stage's job held for approval by a GitHub environment's required reviewers. The stage's
 * deadline stands still from `since` until the decision; `approvalTimeout` bounds the wait.
 */
export interface StageApproval {
  readonly environment: string;
  /** Who may approve: a user's login, or a team as `org/slug`. */
  readonly reviewers: readonly string[];
  /** When the job began to wait. */
  readonly since: string;
  readonly state: ApprovalState;
  /** Who decided; absent while waiting, and when the job's start was the first word of the approval. */
  readonly by?: string;
  readonly decidedAt?: string;
  readonly comment?: string;
}

export interface StageResult {
  readonly region: string;
  readonly state: string;
  readonly stage: string;
  readonly runId: number;
  readonly attempt: number;
  readonly status: StageStatus;
  readonly startedAt: string;
  readonly finishedAt?: string;
  readonly deadline?: string;
  readonly message?: string;
  readonly url?: string;
  readonly externalId?: string;
  /** Automatic retries left for this stage in this attempt chain. */
  readonly retriesLeft?: number;
  /** Present once the job was held for required reviewers. */
  readonly approval?: StageApproval;
}

export interface QueuedTrigger {
  readonly eventId: string;
  readonly version: string;
  readonly cause: Cause;
  readonly actor: string;
  readonly at: string;
  /** Older triggers this one superseded (with the ones they had superseded); absent when none. */
  readonly coalesced?: number;
  /** The pull request the trigger came from, when known: the run it starts records it. */
  readonly pullRequest?: number;
}

export interface Timer {
  readonly name: string;
  readonly due: string;
  readonly region?: string;
  readonly runId?: number;
}

export interface DeploymentError {
  readonly step: string;
  readonly message: string;
  readonly at: string;
  readonly state: string;
  readonly runId?: number;
}

export interface Hold {
  readonly actor: string;
  readonly at: string;
  /** Stage states entered while held, dispatched on resume. */
  readonly deferred: readonly { readonly region: string; readonly state: string }[];
}

export interface HistoryEntry {
  readonly at: string;
  readonly region: string;
  readonly from: string;
  readonly to: string;
  readonly event: string;
  readonly eventId: string;
  readonly actor: string;
  readonly runId?: number;
  readonly note?: string;
}

export interface GoodVersion {
  readonly version: string;
  readonly runId: number;
  readonly at: string;
}

/** One deployment's whole state: the content of `deployments/<name>.json` on `ferry/state`. */
export interface DeploymentState {
  readonly schemaVersion: typeof STATE_SCHEMA_VERSION;
  readonly deployment: string;
  readonly lifecycle: string;
  readonly regions: Readonly<Record<string, RegionState>>;
  readonly run: Run | null;
  readonly runSeq: number;
  /** Most recent first; the head is the last good version. */
  readonly good: readonly GoodVersion[];
  readonly rolledBack: { readonly version: string; readonly at: string; readonly runId: number } | null;
  readonly queue: readonly QueuedTrigger[];
  readonly timers: readonly Timer[];
  readonly hold: Hold | null;
  readonly error: DeploymentError | null;
  readonly stages: readonly StageResult[];
  readonly counters: Counters;
  readonly history: readonly HistoryEntry[];
  readonly processed: readonly string[];
  readonly updatedAt: string;
  /**
   * The manifest in force for this deployment: the commit it was read at and its path. Every
   * replica reads the manifest there, not whichever one it loaded last; absent in state files of
   * earlier builds and in local mode, where the working tree is the one manifest.
   */
  readonly manifest?: ManifestSource;
  /** A fleet deployment's rollout record (docs/fleet.md); absent for every other deployment. */
  readonly fleet?: FleetRecord;
}

/** Where a deployment's manifest in force was read: a commit sha and the file's path there. */
export interface ManifestSource {
  readonly commit: string;
  readonly path: string;
}

const ZERO_COUNTERS: Counters = { failed: 0, completed: 0, inProgress: 0, total: 0 };

/**
 * The record a new deployment starts with: every region in its initial state, no run.
 * Initial states are entered without entry effects; the first trigger starts the work.
 */
export function initialDeploymentState(lifecycle: Lifecycle, deployment: string, at: string): DeploymentState {
  const regions: Record<string, RegionState> = {};
  for (const [name, region] of Object.entries(lifecycle.regions)) {
    regions[name] = { state: region.initial, since: at, resting: region.initial };
  }
  return {
    schemaVersion: STATE_SCHEMA_VERSION,
    deployment,
    lifecycle: lifecycle.name,
    regions,
    run: null,
    runSeq: 0,
    good: [],
    rolledBack: null,
    queue: [],
    timers: [],
    hold: null,
    error: null,
    stages: [],
    counters: ZERO_COUNTERS,
    history: [],
    processed: [],
    updatedAt: at,
  };
}
