import { systemClock } from "../../adapters/local/system-clock.ts";
import type { DeploymentState } from "../../core/deployment-state.ts";
import { BUSY_KINDS, type Lifecycle } from "../../core/lifecycle.ts";
import { CliFailure, EXIT, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { statusRecord, type StatusRecord } from "../local/status-record.ts";

export interface WaitOptions {
  readonly for: string;
  readonly timeout: number;
  readonly interval: number;
  readonly json?: boolean;
}

type Verdict = "reached" | "failed" | "waiting";

/**
 * What `ferry wait` runs. It only reads the state branch: whatever moves the deployment (a
 * `ferry sync --watch`, another terminal's `ferry deploy`) runs elsewhere. Exit 0 when the
 * deployment rests (`steady`: no run busy, none failed) or enters the state asked for; 1 when it
 * fails or rests in a failed state instead, or its state file is corrupt; 124 on timeout.
 */
export async function waitHandler(io: CliIo, repo: string, deployment: string, options: WaitOptions): Promise<void> {
  return LocalSession.using(repo, io, undefined, async (session) => {
    await session.requireDeployment(deployment);
    const spec = await session.catalog.get(deployment);
    const lifecycle = spec?.lifecycle;
    if (options.for !== "steady" && lifecycle && !statesOf(lifecycle).has(options.for))
      throw new CliFailure(
        `${JSON.stringify(options.for)} is not a state of ${deployment}'s lifecycle ${lifecycle.name}: steady, ${[...statesOf(lifecycle)].join(", ")}`,
        EXIT.usage,
      );
    const clock = io.clock ?? systemClock;
    const deadline = Date.parse(clock.now()) + options.timeout;
    for (;;) {
      const read = (await session.store.read([deployment])).deployments.get(deployment);
      const record = statusRecord(deployment, lifecycle?.name ?? "", read, lifecycle);
      const verdict =
        read?.kind === "corrupt"
          ? "failed"
          : read?.kind === "ok" && lifecycle
            ? verdictOf(lifecycle, read.state, options.for)
            : "waiting";
      if (verdict !== "waiting") return finish(io, record, verdict, options);
      const left = deadline - Date.parse(clock.now());
      if (left <= 0)
        throw new CliFailure(
          `timed out after ${Math.round(options.timeout / 1000)} s waiting for ${deployment} to be ${options.for}; it is ${record.description}`,
          EXIT.timeout,
        );
      await clock.sleep(Math.min(left, options.interval * 1000));
    }
  });
}

function finish(io: CliIo, record: StatusRecord, verdict: Exclude<Verdict, "waiting">, options: WaitOptions): void {
  io.out(options.json ? JSON.stringify(record, null, 2) : `${record.deployment}: ${record.description}`);
  if (verdict === "failed")
    throw new CliFailure(
      `${record.deployment} is ${record.outcome}${record.error ? ` (${record.error.step}: ${record.error.message})` : ""}`,
    );
}

/**
 * Whether the wait is over. A failure (a region in a failed state, or the run's error with nothing
 * busy) ends it with 1 unless that state is what was asked for; a held run still counts as busy,
 * since a `resume` will move it on.
 */
function verdictOf(lifecycle: Lifecycle, state: DeploymentState, target: string): Verdict {
  const kinds = Object.entries(state.regions).map(([region, r]) => ({
    state: r.state,
    kind: lifecycle.regions[region]?.states[r.state]?.kind ?? "steady",
  }));
  if (target !== "steady" && kinds.some((k) => k.state === target)) return "reached";
  const busy = kinds.some((k) => BUSY_KINDS.has(k.kind));
  if (kinds.some((k) => k.kind === "failed")) return "failed";
  if (busy) return "waiting";
  // Resting with the last run's error (rolled back after it): healthy again, but that run did not stay.
  if (state.error) return "failed";
  return target === "steady" ? "reached" : "waiting";
}

function statesOf(lifecycle: Lifecycle): Set<string> {
  return new Set(Object.values(lifecycle.regions).flatMap((region) => Object.keys(region.states)));
}
