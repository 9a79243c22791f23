import { compareInstanceIds } from "../../core/fleet-state.ts";
import type { SimulationServer } from "./simulation-server.ts";

/** One rollout of the simulation, as the fleet record and the state branch tell it. */
export interface RolloutResult {
  readonly version: string;
  readonly kind: "deploy" | "rollback";
  /** `rolled-back` when it failed and the lifecycle's rollback followed. */
  readonly outcome: "completed" | "rolled-back" | "failed" | "unfinished";
  readonly batches: number;
  /** Commits the fleet wrote on `ferry/state` for it: its start, each batch advance, its end. */
  readonly stateCommits: number;
  /** Instances FAILED when it ended, in batch order. */
  readonly failedInstances: readonly string[];
  /** Heartbeat rounds (simulated intervals) from its start to its end. */
  readonly rounds: number;
}

interface Seen {
  readonly key: string;
  version: string;
  kind: "deploy" | "rollback";
  phase: string;
  batches: number;
  failed: string[];
  startedRound: number;
  endedRound: number | null;
}

/** Follows the fleet record after each tick, and keeps each rollout as it was when it ended. */
export class RolloutTracker {
  private readonly seen: Seen[] = [];

  constructor(
    private readonly server: Pick<SimulationServer, "record" | "instances">,
    private readonly deployment: string,
    private readonly progress: (line: string) => void,
  ) {}

  get ended(): readonly Seen[] {
    return this.seen.filter((s) => s.endedRound !== null);
  }

  async observe(round: number): Promise<void> {
    const rollout = (await this.server.record(this.deployment)).state.rollout;
    if (rollout === null) return;
    const key = `${rollout.kind} ${rollout.version} ${rollout.startedAt}`;
    let seen = this.seen.find((s) => s.key === key);
    if (seen === undefined) {
      seen = {
        key,
        version: rollout.version,
        kind: rollout.kind,
        phase: "running",
        batches: 0,
        failed: [],
        startedRound: round,
        endedRound: null,
      };
      this.seen.push(seen);
      this.progress(`${rollout.kind === "rollback" ? "rollback" : "rollout"} of ${rollout.version} started`);
    }
    if (seen.endedRound !== null) return;
    seen.batches = rollout.batches;
    if (rollout.phase === "running") return;
    seen.phase = rollout.phase;
    seen.endedRound = round;
    seen.failed = (await this.server.instances(this.deployment))
      .filter((i) => i.status === "FAILED")
      .map((i) => i.id)
      .sort(compareInstanceIds);
    this.progress(
      `${rollout.kind === "rollback" ? "rollback" : "rollout"} of ${rollout.version} ${rollout.phase}${seen.failed.length > 0 ? `: ${seen.failed.length} instances failed` : ""}`,
    );
  }

  /** The rollouts in the order they started; `commits` is the state branch's log, oldest first. */
  results(commits: readonly string[]): RolloutResult[] {
    const perRollout: number[] = [];
    for (const subject of commits) {
      if (!subject.startsWith(`${this.deployment}: fleet `)) continue;
      if (/^\S+: fleet (rollout|rollback) of \S+ started/.test(subject)) perRollout.push(0);
      const last = perRollout.length - 1;
      if (last >= 0) perRollout[last] = (perRollout[last] ?? 0) + 1;
    }
    return this.seen.map((s, i) => ({
      version: s.version,
      kind: s.kind,
      outcome:
        s.phase === "completed"
          ? "completed"
          : s.phase === "failed"
            ? this.seen.slice(i + 1).some((later) => later.kind === "rollback")
              ? "rolled-back"
              : "failed"
            : "unfinished",
      batches: s.batches,
      stateCommits: perRollout[i] ?? 0,
      failedInstances: s.failed,
      rounds: (s.endedRound ?? s.startedRound) - s.startedRound,
    }));
  }
}
