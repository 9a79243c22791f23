import { Command } from "commander";
import { deploymentStatus } from "../../core/deployment-summary.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { sync } from "../local/sync.ts";
import { numericOption } from "../numeric-option.ts";

/**
 * Bounds of `--interval`: each poll runs several git processes, so under a second is a busy loop;
 * over a day is a mistake (and past about 24.8 days Node's timers overflow and fire at once).
 */
export const WATCH_INTERVAL = { min: 1, max: 86_400, default: 5 } as const;

/**
 * `ferry sync [--branch B] [--watch]`: deploy what was merged or pushed since the last sync.
 * Exits 1 when a manifest is invalid, or a touched deployment ends in failure or is blocked by a
 * corrupt state file, so scripts notice.
 */
export function syncCommand(io: CliIo, repo: () => string): Command {
  return new Command("sync")
    .description("process the commits since the last sync as pushes and merges, and run their stages locally")
    .option("--branch <name>", "the trigger branch (default: main, master, or the checked-out branch)")
    .option("--watch", "keep polling for new commits")
    .option(
      "--interval <seconds>",
      `polling interval with --watch (${WATCH_INTERVAL.min} to ${WATCH_INTERVAL.max})`,
      numericOption({ ...WATCH_INTERVAL, unit: "seconds" }),
      WATCH_INTERVAL.default,
    )
    .action(async (options: { branch?: string; watch?: boolean; interval: number }) => {
      const session = await LocalSession.open(repo(), io, options.branch);
      for (;;) {
        const result = await sync(session);
        if (result.commits === 0 && !options.watch) io.out(`nothing new on ${session.branch} since the last sync`);
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
            ...[...blocked].map(
              ([name, why]) => `blocked: ${name} (${why}; fix or delete it on the ferry/state branch)`,
            ),
          ];
          if (problems.length > 0)
            throw new CliFailure(`${problems.join("; ")} (see \`ferry status\` and \`ferry show <deployment>\`)`);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, options.interval * 1000));
      }
    });
}
