import type { DeploymentState } from "./deployment-state.ts";
import { lifecycleMermaid } from "./lifecycle-mermaid.ts";
import type { Lifecycle } from "./lifecycle.ts";
import { runPathMermaid } from "./run-path-mermaid.ts";

/**
 * The diagrams at the bottom of a run's page, folded away: the path the run took (open it to see
 * where the run went), then the whole lifecycle one click further. A lifecycle of several regions
 * is drawn one region per diagram, since side by side they shrink past reading on GitHub's page.
 */
export function summaryDiagrams(lifecycle: Lifecycle, state: DeploymentState, runId: number | undefined): string[] {
  const current = Object.fromEntries(Object.entries(state.regions).map(([name, r]) => [name, r.state]));
  const regions = Object.keys(lifecycle.regions);
  const multi = regions.length > 1;
  const moves = runId === undefined ? [] : state.history.filter((h) => h.runId === runId);
  const paths = regions.flatMap((region) => {
    const text = runPathMermaid(lifecycle, region, moves, current[region]);
    return text ? [block(multi ? `Region \`${region}\`` : "", text)] : [];
  });
  const lines: string[] = [];
  if (paths.length > 0)
    lines.push(`<details><summary>Diagram: this run's path</summary>`, "", ...paths.flat(), "</details>", "");
  const full = regions.map((region) =>
    block(multi ? `Region \`${region}\`` : "", lifecycleMermaid(lifecycle, { current, regions: [region] })),
  );
  lines.push(
    `<details><summary>Diagram: the whole \`${lifecycle.name}\` lifecycle</summary>`,
    "",
    ...full.flat(),
    "</details>",
  );
  return lines;
}

function block(title: string, mermaid: string): string[] {
  return [...(title ? [`**${title}**`, ""] : []), "```mermaid", mermaid, "```", ""];
}
