import { setTimeout as sleep } from "node:timers/promises";
import { deploymentStatus } from "../../core/deployment-summary.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { sync } from "../local/sync.ts";

export interface SyncOptions {
  readonly branch?: string;
  readonly watch?: boolean;
  readonly interval: number;
}

/**
 * What `ferry sync` runs. Exits 1 when a manifest is invalid, or a touched deployment ends in
 * failure or is blocked by a corrupt state file, so scripts notice. With `--watch` it says what it
 * watches once, and again after each poll that found work, so the last line always tells what
 * ferry is doing; idle polls print nothing (a line every few seconds would bury the work). It
 * polls until the process is stopped, or `stop` (for tests) is aborted.
 */
export async function syncHandler(io: CliIo, repo: string, options: SyncOptions, stop?: AbortSignal): Promise<void> {
  return LocalSession.using(repo, io, options.branch, async (session) => {
    const watching = `watching ${session.branch} for new commits every ${options.interval}s (Ctrl-C to stop)`;
    if (options.watch) session.io.out(watching);
    for (;;) {
      const result = await sync(session);
      if (result.commits === 0 && !options.watch) io.out(`nothing new on ${session.branch} since the last sync`);
      if (result.commits > 0 && options.watch) session.io.out(watching);
      const failed: string[] = [];
      // A corrupt state file blocks its deployment until a person fixes it: what was merged did not deploy.
      const blocked = new Map<string, string>();
      for (const outcome of result.refused)
        if (outcome.kind === "blocked") blocked.set(outcome.deployment, "its state file is corrupt");
      const snapshot = await session.store.read(result.touched);
      for (const name of result.touched) {
        const read = snapshot.deployments.get(name);
        const spec = await session.catalog.get(name);
        if (read?.kind === "corrupt")
          blocked.set(name, `state file deployments/${name}.json is corrupt (${read.reason})`);
        if (read?.kind !== "ok" || !spec) continue;
        if (deploymentStatus(spec.lifecycle, read.state) === "failure") failed.push(name);
        // Rolled back after a failure: healthy again, but what was merged did not deploy.
        else if (read.state.run?.kind === "rollback" && read.state.error) failed.push(`${name} (rolled back)`);
      }
      if (!options.watch) {
        if (result.invalid > 0)
          throw new CliFailure(`${result.invalid} manifest error(s); invalid manifests triggered nothing`);
        const problems = [
          ...(failed.length > 0 ? [`failed: ${failed.join(", ")}`] : []),
          ...[...blocked].map(([name, why]) => `blocked: ${name} (${why}; fix or delete it on the ferry/state branch)`),
        ];
        if (problems.length > 0)
          throw new CliFailure(`${problems.join("; ")} (see \`ferry status\` and \`ferry show <deployment>\`)`);
        return;
      }
      try {
        await sleep(options.interval * 1000, undefined, stop ? { signal: stop } : {});
      } catch (error) {
        if (stop?.aborted) return;
        throw error;
      }
    }
  });
}
