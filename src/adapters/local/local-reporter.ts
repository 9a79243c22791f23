import { deploymentSummary, stateLine } from "../../core/deployment-summary.ts";
import type { RunOutcome } from "../../core/run-end.ts";
import type { DeploymentView, Reporter } from "../../ports/reporter.ts";

const ENDED_WORDS: Readonly<Record<RunOutcome, string>> = {
  success: "succeeded",
  failure: "failed",
  cancelled: "cancelled",
};

/**
 * Local mode's surfaces: a line per state change on the terminal, and `reports/<name>.md` on
 * the state branch holding the same Markdown a check run would show.
 */
export class LocalReporter implements Reporter {
  /** What was last shown per deployment: bookkeeping-only changes (a stage dispatched) print nothing new. */
  private readonly last = new Map<string, string>();

  constructor(private readonly print: (line: string) => void) {}

  async report(views: readonly DeploymentView[]): Promise<void> {
    for (const view of views) {
      if (view.blocked) {
        this.once(view.deployment, `BLOCKED ${view.blocked}`, `${view.deployment}: BLOCKED — ${view.blocked}`);
        continue;
      }
      if (view.ended) {
        // The run a newer one replaced in this batch: its own end, once, before the new run's line.
        const { run, outcome, reason } = view.ended;
        this.print(`${view.deployment}: run ${run.id} ${ENDED_WORDS[outcome]} — ${reason}`);
        continue;
      }
      const moved = view.transitions.filter((t) => t.from !== t.to);
      const path = moved[0] ? ` (${[moved[0].from, ...moved.map((t) => t.to)].join(" → ")})` : "";
      const error =
        view.state.error && view.state.error.runId === view.state.run?.id
          ? ` — ${view.state.error.step}: ${view.state.error.message}`
          : "";
      this.once(
        view.deployment,
        `${stateLine(view.state)}${error}`,
        `${view.deployment}: ${stateLine(view.state)}${path}${error}`,
      );
    }
  }

  private once(deployment: string, key: string, line: string): void {
    if (this.last.get(deployment) === key) return;
    this.last.set(deployment, key);
    this.print(line);
  }

  files(views: readonly DeploymentView[]): Record<string, string> {
    const files: Record<string, string> = {};
    for (const view of views) {
      // One report per deployment: its current run's.
      if (view.blocked || view.ended) continue;
      files[`reports/${view.deployment}.md`] =
        `# ${view.deployment}\n\n${deploymentSummary(view.lifecycle, view.state, undefined, { actors: "plain" })}\n`;
    }
    return files;
  }
}
