import { systemClock } from "../../adapters/local/system-clock.ts";
import { deploymentSummary } from "../../core/deployment-summary.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";
import { showPage } from "../show-page.ts";

/** What `ferry show <deployment>` runs: the page laid out for a terminal, or the check run's Markdown. */
export async function showHandler(io: CliIo, repo: string, deployment: string, markdown: boolean): Promise<void> {
  return LocalSession.using(repo, io, undefined, async (session) => {
    await session.requireDeployment(deployment);
    const read = (await session.store.read([deployment])).deployments.get(deployment);
    const spec = await session.catalog.get(deployment);
    if (read?.kind === "corrupt")
      throw new CliFailure(`state file deployments/${deployment}.json is corrupt (${read.reason}): ${read.detail}`);
    if (read?.kind !== "ok" || !spec) return io.out(`${deployment} has not been deployed yet`);
    // A terminal reads the summary now, so "ago" counts from the system clock, not from the last event.
    const now = systemClock.now();
    if (!markdown)
      return io.out(showPage(deployment, spec.lifecycle, read.state, { now, actors: "plain" }, io.columns));
    const links = spec.environmentUrl ? { links: { environmentUrl: spec.environmentUrl } } : {};
    io.out(
      `# ${deployment}\n\n${deploymentSummary(spec.lifecycle, read.state, undefined, { now, actors: "plain", ...links })}`,
    );
  });
}
