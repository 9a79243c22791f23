import type { DeploymentState } from "../core/deployment-state.ts";

/** The fixed name of the state branch (docs/architecture.md#the-state-file). */
export const STATE_BRANCH = "ferry/state";

/** Where a deployment's state file lives on the state branch. */
export function stateFilePath(deployment: string): string {
  return `deployments/${deployment}.json`;
}

export const CORRUPT_REASONS = ["not-json", "over-limits", "schema", "future-version", "wrong-deployment"] as const;
export type CorruptReason = (typeof CORRUPT_REASONS)[number];

/** One deployment's state as read: absent, valid (and migrated), or corrupt and so blocked. */
export type StateRead =
  | { readonly kind: "absent" }
  | { readonly kind: "ok"; readonly state: DeploymentState }
  | { readonly kind: "corrupt"; readonly reason: CorruptReason; readonly detail: string };

export interface StateSnapshot {
  /** The branch head the files were read at; null while the branch does not exist. */
  readonly head: string | null;
  readonly deployments: ReadonlyMap<string, StateRead>;
  /** True when the store answered from memory of its own last write, without asking. */
  readonly cached?: boolean;
}

export interface StateCommit {
  /** Compare-and-swap: the write succeeds only if the branch head is still this. */
  readonly expectedHead: string | null;
  readonly states: readonly DeploymentState[];
  /** Further files to write in the same commit, by path (local reports). */
  readonly files?: Readonly<Record<string, string>>;
  /** The whole commit message, trailers included. */
  readonly message: string;
}

export type WriteOutcome =
  | { readonly ok: true; readonly head: string }
  | { readonly ok: false; readonly reason: "conflict"; readonly detail: string };

export interface HistoryCommit {
  readonly sha: string;
  readonly at: string;
  readonly subject: string;
  readonly trailers: Readonly<Record<string, readonly string[]>>;
}

/**
 * The state branch of one repository. Writes are compare-and-swap on the branch head, so
 * concurrent writers never lose or duplicate a transition: the loser re-reads and re-applies.
 */
export interface StateStore {
  /**
   * `fresh` forbids answering from memory older than the caller's unit of work (an adapter may
   * reuse a read or a write of the same webhook's task); a write from memory is still safe, as it
   * is compare-and-swap.
   */
  read(deployments: readonly string[], options?: { readonly fresh?: boolean }): Promise<StateSnapshot>;
  write(commit: StateCommit): Promise<WriteOutcome>;
  list(): Promise<{ readonly head: string | null; readonly deployments: readonly string[] }>;
  /** Commits that changed the deployment's file, newest first. */
  history(deployment: string, limit?: number): Promise<readonly HistoryCommit[]>;
}
