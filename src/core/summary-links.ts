import type { DeploymentState } from "./deployment-state.ts";
import { shortVersion } from "./short-version.ts";

/**
 * What a page links to beyond the state: the repository's web address (commits link under it:
 * GitHub autolinks a bare sha in comments but not in check-run Markdown) and the environment's
 * address from the manifest (`environment-url`). The reporter that knows them passes them in.
 */
export interface SummaryLinks {
  /** `https://github.com/acme/web`, without a trailing slash. */
  readonly repository?: string;
  readonly environmentUrl?: string;
}

const SHA = /^[0-9a-f]{40}$/;

/** A version as code, linked to its commit when it is a commit of a known repository. */
export function versionText(version: string, links: SummaryLinks | undefined): string {
  const code = `\`${shortVersion(version)}\``;
  return links?.repository && SHA.test(version) ? `[${code}](${links.repository}/commit/${version})` : code;
}

/**
 * `**Links:** [commit `ea861e2`](…) · [pull request #12](…) · [environment](…) · [workflow job of
 * `install`](…)`: where a reader goes next from a run's page. The job is the run's latest stage
 * attempt that has a log. Empty when nothing is known to link.
 */
export function linksLine(state: DeploymentState, links: SummaryLinks | undefined): string {
  const run = state.run;
  const parts: string[] = [];
  if (run && links?.repository && SHA.test(run.version))
    parts.push(`[commit \`${shortVersion(run.version)}\`](${links.repository}/commit/${run.version})`);
  // Recorded only when the trigger knew it (a merged or previewed pull request on the App).
  if (run?.pullRequest !== undefined)
    parts.push(
      links?.repository
        ? `[pull request #${run.pullRequest}](${links.repository}/pull/${run.pullRequest})`
        : `pull request #${run.pullRequest}`,
    );
  if (links?.environmentUrl) parts.push(`[environment](${links.environmentUrl})`);
  const job = run ? state.stages.findLast((s) => s.runId === run.id && s.url) : undefined;
  if (job?.url) parts.push(`[workflow job of \`${job.stage}\`](${job.url})`);
  return parts.length > 0 ? `**Links:** ${parts.join(" · ")}` : "";
}
