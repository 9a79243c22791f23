import type { HistoryEntry } from "./deployment-state.ts";
import { AUTO_LABEL, MERMAID_CLASSES, classLines, safeId, sanitize, stateLabel } from "./lifecycle-mermaid.ts";
import type { Lifecycle } from "./lifecycle.ts";

/**
 * The path one run took through one region of its lifecycle, as a Mermaid `stateDiagram-v2`: only
 * the states it entered and the moves it made, in order, each move once, so the diagram is as
 * small as the run. The state the region is in now stands out; automatic states are grey and
 * failures red, as in the full lifecycle. Empty when the run made no move in the region.
 */
export function runPathMermaid(
  lifecycle: Lifecycle,
  region: string,
  moves: readonly HistoryEntry[],
  current: string | undefined,
): string {
  const def = lifecycle.regions[region];
  // Internal moves (notes such as an approval wait) stay in the state: the timeline lists them.
  const own = moves.filter((m) => m.region === region && m.from !== m.to);
  const first = own[0];
  if (!def || !first) return "";
  const visited = new Set<string>([first.from, ...own.map((m) => m.to)]);
  const lines = ["stateDiagram-v2", ...MERMAID_CLASSES];
  for (const name of visited) {
    const label = stateLabel(name, def.states[name]?.stage);
    if (label !== name || safeId(name) !== name) lines.push(`  state "${sanitize(label)}" as ${safeId(name)}`);
  }
  lines.push(`  [*] --> ${safeId(first.from)}`);
  const drawn = new Set<string>();
  for (const m of own) {
    const event = m.event === "always" ? AUTO_LABEL : m.event;
    const arrow = `  ${safeId(m.from)} --> ${safeId(m.to)} : ${sanitize(event)}`;
    if (drawn.has(arrow)) continue;
    drawn.add(arrow);
    lines.push(arrow);
  }
  return [...lines, ...classLines(def, "", current, visited)].join("\n");
}
