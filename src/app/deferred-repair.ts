import type { DeploymentView, Reporter } from "../ports/reporter.ts";
import type { StateCommit, StateSnapshot, StateStore, WriteOutcome } from "../ports/state-store.ts";

/** How long a replica waits before repairing surfaces after a duplicate: the writer reports well within it. */
export const DEFAULT_REPAIR_DELAY_MS = 5_000;

export interface DeferredRepairOptions {
  /** Runs a repair later, after `delayMs`, on the repository's queue. */
  readonly schedule: (repair: () => Promise<void>) => void;
}

/**
 * The engine reports a deployment again when an event turns out to be a duplicate, to repair
 * surfaces after a crash between commit and report. When the duplicate comes from a replica that
 * is handling the same delivery right now, reporting at once races that replica's report and
 * can create a second check run or deployment. So a report from a batch that wrote nothing is
 * deferred: later, and only if nobody has written the deployment since (a writer reports what it
 * wrote), the surfaces are reported from the state as it is then.
 */
export function withDeferredRepair(
  store: StateStore,
  reporter: Reporter,
  options: DeferredRepairOptions,
): { store: StateStore; reporter: Reporter } {
  // Whether a write succeeded since the engine last read: the batch being reported changed state.
  let wrote = false;
  const tracked: StateStore = {
    read: async (deployments, readOptions) => {
      wrote = false;
      return store.read(deployments, readOptions);
    },
    write: async (commit: StateCommit): Promise<WriteOutcome> => {
      const outcome = await store.write(commit);
      if (outcome.ok) wrote = true;
      return outcome;
    },
    list: () => store.list(),
    history: (deployment, limit) => store.history(deployment, limit),
  };
  const deferring: Reporter = {
    report: async (views) => {
      const urgent = views.filter((v) => wrote || v.blocked !== undefined);
      const later = views.filter((v) => !urgent.includes(v));
      if (urgent.length > 0) await reporter.report(urgent);
      if (later.length > 0) options.schedule(() => repair(store, reporter, later));
    },
    ...(reporter.files ? { files: reporter.files.bind(reporter) } : {}),
  };
  return { store: tracked, reporter: deferring };
}

async function repair(store: StateStore, reporter: Reporter, views: readonly DeploymentView[]): Promise<void> {
  const snapshot: StateSnapshot = await store.read(
    views.map((v) => v.deployment),
    { fresh: true },
  );
  const unchanged = views.filter((v) => {
    const read = snapshot.deployments.get(v.deployment);
    return (
      read?.kind === "ok" &&
      read.state.updatedAt === v.state.updatedAt &&
      read.state.processed.at(-1) === v.state.processed.at(-1)
    );
  });
  if (unchanged.length > 0) await reporter.report(unchanged);
}
