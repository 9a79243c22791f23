import { MAIN_REGION, PREVIOUS_TARGET, type Lifecycle, type RegionDef, type TransitionDef } from "./lifecycle.ts";

export interface MermaidOptions {
  /** Current state per region, highlighted in the diagram (check-run summaries use this). */
  readonly current?: Readonly<Record<string, string>>;
}

/**
 * Renders a lifecycle as a Mermaid `stateDiagram-v2` that GitHub renders in Markdown.
 * Regions become composite states; `$previous` arrows are drawn to a note-like pseudo state.
 */
export function lifecycleMermaid(lifecycle: Lifecycle, options: MermaidOptions = {}): string {
  const lines = ["stateDiagram-v2"];
  lines.push("  classDef failed stroke:#d1242f,fill:#ffebe9,color:#82071e");
  lines.push("  classDef auto stroke:#1a7f37,fill:#dafbe1,color:#116329");
  lines.push("  classDef current stroke:#0969da,stroke-width:4px,fill:#ddf4ff,color:#0a3069");
  const regions = Object.entries(lifecycle.regions);
  const single = regions.length === 1 && regions[0]?.[0] === MAIN_REGION;
  const classes: string[] = [];
  for (const [name, region] of regions) {
    const prefix = single ? "" : `${safe(name)}_`;
    const indent = single ? "  " : "    ";
    if (!single) lines.push(`  state ${safe(name)} {`);
    lines.push(...regionLines(lifecycle, region, prefix, indent));
    if (!single) lines.push("  }");
    classes.push(...classLines(region, prefix, options.current?.[name]));
  }
  // Class statements stay at the top level: GitHub's Mermaid ignores them inside composite states.
  return [...lines, ...classes].join("\n");
}

function classLines(region: RegionDef, prefix: string, current: string | undefined): string[] {
  const lines: string[] = [];
  for (const [name, state] of Object.entries(region.states)) {
    if (state.kind === "failed") lines.push(`  class ${prefix + safe(name)} failed`);
    else if (state.kind === "transient") lines.push(`  class ${prefix + safe(name)} auto`);
  }
  if (current !== undefined && current in region.states) lines.push(`  class ${prefix + safe(current)} current`);
  return lines;
}

function regionLines(lifecycle: Lifecycle, region: RegionDef, prefix: string, indent: string): string[] {
  const lines: string[] = [];
  const id = (state: string) => prefix + safe(state);
  for (const [name, state] of Object.entries(region.states)) {
    const label = state.kind === "stage" ? `${name} (${state.stage})` : name;
    if (prefix !== "" || label !== name) lines.push(`${indent}state "${label}" as ${id(name)}`);
  }
  lines.push(`${indent}[*] --> ${id(region.initial)}`);
  let usesPrevious = false;
  const arrow = (from: string, t: TransitionDef, event: string) => {
    if (t.target === undefined) {
      lines.push(`${indent}${id(from)} --> ${id(from)} : ${edgeLabel(event, t)}`);
      return;
    }
    if (t.target === PREVIOUS_TARGET) usesPrevious = true;
    const to = t.target === PREVIOUS_TARGET ? `${prefix}previous` : id(t.target);
    lines.push(`${indent}${id(from)} --> ${to} : ${edgeLabel(event, t)}`);
  };
  for (const [name, state] of Object.entries(region.states)) {
    for (const [event, handlers] of Object.entries(state.on ?? {})) for (const t of handlers) arrow(name, t, event);
    for (const t of state.always ?? []) arrow(name, t, "auto");
    if (state.kind === "final") lines.push(`${indent}${id(name)} --> [*]`);
  }
  if (lifecycle.on && prefix === "") {
    for (const [event, handlers] of Object.entries(lifecycle.on)) {
      for (const t of handlers)
        lines.push(`${indent}%% from any state: ${edgeLabel(event, t)} → ${t.target ?? "(internal)"}`);
    }
  }
  if (usesPrevious) lines.push(`${indent}state "previous state" as ${prefix}previous`);
  return lines;
}

function edgeLabel(event: string, t: TransitionDef): string {
  const guard = t.guard ? ` [${t.guard}]` : "";
  return sanitize(`${event}${guard}`);
}

/** Mermaid treats `:`, `;`, `"` and `#` specially inside labels. */
function sanitize(text: string): string {
  return text.replace(/"/g, "'").replace(/[;#:]/g, " ").replace(/\s+/g, " ").trim();
}

function safe(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, "_");
}
