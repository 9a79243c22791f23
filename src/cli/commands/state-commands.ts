import { Command } from "commander";
import { systemClock } from "../../adapters/local/system-clock.ts";
import { deploymentSummary, stateLine } from "../../core/deployment-summary.ts";
import type { DeploymentState } from "../../core/deployment-state.ts";
import { shortVersion } from "../../core/short-version.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { formatTable } from "../format-table.ts";
import { showPage } from "../show-page.ts";
import { LocalSession } from "../local/local-session.ts";
import { historyCommand } from "./history-command.ts";

interface StatusRow {
  readonly deployment: string;
  readonly lifecycle: string;
  readonly state: string;
  readonly version: string | null;
  readonly since: string | null;
  readonly error: string | null;
  readonly corrupt?: string;
}

/** `ferry status`, `ferry history <deployment>` and `ferry show <deployment>`: read the state branch, change nothing. */
export function stateCommands(io: CliIo, repo: () => string): Command[] {
  const status = new Command("status")
    .description("a table of deployments: state, version, since when, and the last error")
    .option("--json", "print JSON for scripts")
    .action(async (options: { json?: boolean }) => {
      const session = await LocalSession.open(repo(), io);
      const tip = await session.catalogAtTip().catch(() => undefined);
      const { deployments: stored } = await session.store.list();
      const names = [...new Set([...stored, ...(tip ? tip.manifests.keys() : [])])].sort();
      const snapshot = await session.store.read(names);
      const rows: StatusRow[] = names.map((deployment) => {
        const read = snapshot.deployments.get(deployment);
        const lifecycle =
          tip?.manifests.get(deployment)?.lifecycle ?? (read?.kind === "ok" ? read.state.lifecycle : "");
        if (read?.kind === "corrupt")
          return {
            deployment,
            lifecycle,
            state: "corrupt",
            version: null,
            since: null,
            error: read.detail,
            corrupt: read.reason,
          };
        if (read?.kind !== "ok")
          return { deployment, lifecycle, state: "not deployed yet", version: null, since: null, error: null };
        return rowOf(deployment, read.state);
      });
      if (options.json) return io.out(JSON.stringify(rows, null, 2));
      if (rows.length === 0) return io.out("no deployments yet");
      io.out(
        formatTable(
          ["DEPLOYMENT", "LIFECYCLE", "STATE", "SINCE", "LAST ERROR"],
          rows.map((r) => [r.deployment, r.lifecycle, r.state, r.since ?? "", r.error ?? ""]),
        ),
      );
    });
  const show = new Command("show")
    .description("a deployment's page as its check run shows it: verdict, failure, timeline")
    .argument("<deployment>")
    .option("--markdown", "print the check run's Markdown (with its diagrams) instead")
    .action(async (deployment: string, options: { markdown?: boolean }) => {
      const session = await LocalSession.open(repo(), io);
      await session.requireDeployment(deployment);
      const read = (await session.store.read([deployment])).deployments.get(deployment);
      const spec = await session.catalog.get(deployment);
      if (read?.kind === "corrupt")
        throw new CliFailure(`state file deployments/${deployment}.json is corrupt (${read.reason}): ${read.detail}`);
      if (read?.kind !== "ok" || !spec) return io.out(`${deployment} has not been deployed yet`);
      // A terminal reads the summary now, so "ago" counts from the system clock, not from the last event.
      const now = systemClock.now();
      const links = spec.environmentUrl ? { environmentUrl: spec.environmentUrl } : undefined;
      if (!options.markdown) return io.out(showPage(deployment, spec.lifecycle, read.state, { now, actors: "plain" }));
      io.out(
        `# ${deployment}\n\n${deploymentSummary(spec.lifecycle, read.state, undefined, { now, actors: "plain", ...(links ? { links } : {}) })}`,
      );
    });
  return [status, historyCommand(io, repo), show];
}

function rowOf(deployment: string, state: DeploymentState): StatusRow {
  const regions = Object.values(state.regions);
  const since =
    regions
      .map((r) => r.since)
      .sort()
      .at(-1) ?? state.updatedAt;
  const error = state.error ? `${state.error.step}: ${state.error.message}` : null;
  return {
    deployment,
    lifecycle: state.lifecycle,
    state: stateLine(state),
    version: state.run ? shortVersion(state.run.version) : null,
    since,
    error,
  };
}
