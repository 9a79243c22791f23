import type { DeploymentState } from "./deployment-state.ts";
import { lifecycleMermaid } from "./lifecycle-mermaid.ts";
import { lifecycleMovesTable } from "./lifecycle-moves-table.ts";
import type { Lifecycle, RegionDef } from "./lifecycle.ts";
import { runPathMermaid } from "./run-path-mermaid.ts";

/**
 * The most states and the most arrows (pairs of states a move joins) a region may have to be drawn
 * whole on a check run. GitHub lays a diagram out with dagre at 16 px text and shrinks it to the
 * page; past these (standard's 15 states and 30 arrows, stack-migration's `deployment` region)
 * dagre spreads it wider than 1,280 px, where the text shows under 11 px, so the region is a table
 * instead. `test/docs/report-rendering.test.ts` checks that every diagram drawn fits.
 */
const MAX_DRAWN_STATES = 10;
const MAX_DRAWN_ARROWS = 18;

/**
 * The diagrams at the bottom of a run's page, folded away: the path the run took (open it to see
 * where the run went), then the whole lifecycle one click further. A lifecycle of several regions
 * is drawn one region per diagram, since side by side they shrink past reading on GitHub's page;
 * a region too large to draw readably is a table of its states and moves.
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
  const full = regions.map((region) => {
    const title = multi ? `Region \`${region}\`` : "";
    const def = lifecycle.regions[region];
    if (def && !drawnWhole(lifecycle, region))
      return [...(title ? [`**${title}**`, ""] : []), ...lifecycleMovesTable(def, current[region]), ""];
    return block(title, lifecycleMermaid(lifecycle, { current, regions: [region] }));
  });
  lines.push(
    regions.every((r) => drawnWhole(lifecycle, r))
      ? `<details><summary>Diagram: the whole \`${lifecycle.name}\` lifecycle</summary>`
      : `<details><summary>The whole \`${lifecycle.name}\` lifecycle: its states and moves</summary>`,
    "",
    ...full.flat(),
    "</details>",
  );
  return lines;
}

function block(title: string, mermaid: string): string[] {
  return [...(title ? [`**${title}**`, ""] : []), "```mermaid", mermaid, "```", ""];
}

/** Whether a region is small enough to draw readably (see {@link MAX_DRAWN_STATES}). */
function drawnWhole(lifecycle: Lifecycle, name: string): boolean {
  const region: RegionDef | undefined = lifecycle.regions[name];
  if (!region) return true;
  const arrows = new Set<string>();
  for (const [name, state] of Object.entries(region.states)) {
    const targets = [...Object.values(state.on ?? {}).flat(), ...(state.always ?? [])].map((t) => t.target ?? name);
    for (const to of targets) arrows.add(`${name} ${to}`);
  }
  return Object.keys(region.states).length <= MAX_DRAWN_STATES && arrows.size <= MAX_DRAWN_ARROWS;
}
