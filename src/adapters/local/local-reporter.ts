import { deploymentSummary, stateLine } from "../../core/deployment-summary.ts";
import type { DeploymentView, Reporter } from "../../ports/reporter.ts";

/**
 * Local mode's surfaces: a line per state change on the terminal, and `reports/<name>.md` on
 * the state branch holding the same Markdown a check run would show.
 */
export class LocalReporter implements Reporter {
  constructor(private readonly print: (line: string) => void) {}

  async report(views: readonly DeploymentView[]): Promise<void> {
    for (const view of views) {
      if (view.blocked) {
        this.print(`${view.deployment}: BLOCKED — ${view.blocked}`);
        continue;
      }
      const moves = view.transitions.filter((t) => t.from !== t.to).map((t) => t.to);
      const path = moves.length > 0 ? ` (${[view.transitions.find((t) => t.from !== t.to)!.from, ...moves].join(" → ")})` : "";
      const error = view.state.error && view.state.error.runId === view.state.run?.id ? ` — ${view.state.error.step}: ${view.state.error.message}` : "";
      this.print(`${view.deployment}: ${stateLine(view.state)}${path}${error}`);
    }
  }

  files(views: readonly DeploymentView[]): Record<string, string> {
    const files: Record<string, string> = {};
    for (const view of views) {
      if (view.blocked) continue;
      files[`reports/${view.deployment}.md`] = `# ${view.deployment}\n\n${deploymentSummary(view.lifecycle, view.state)}\n`;
    }
    return files;
  }
}
