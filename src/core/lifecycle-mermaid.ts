import { MAIN_REGION, PREVIOUS_TARGET, type Lifecycle, type RegionDef, type TransitionDef } from "./lifecycle.ts";

export interface MermaidOptions {
  /** Current state per region, highlighted in the diagram (check-run summaries use this). */
  readonly current?: Readonly<Record<string, string>>;
  /**
   * The regions to draw, by name; all by default. A check run draws each region of a
   * multi-region lifecycle as its own diagram, since side by side they shrink past reading.
   */
  readonly regions?: readonly string[];
}

/** The word a transition taken without an event (`always:`) is drawn with; the timeline says the same. */
export const AUTO_LABEL = "auto";

/**
 * Classes GitHub's Mermaid draws states with: failures red, automatic (transient) states neutral
 * grey (green would read as "good"), the current state a thick blue frame that stands out.
 */
export const MERMAID_CLASSES: readonly string[] = [
  "  classDef failed stroke:#d1242f,fill:#ffebe9,color:#82071e",
  "  classDef auto stroke:#8c959f,fill:#f6f8fa,color:#57606a",
  "  classDef current stroke:#0969da,stroke-width:4px,fill:#ddf4ff,color:#0a3069,font-weight:bold",
];

/**
 * Renders a lifecycle as a Mermaid `stateDiagram-v2` that GitHub renders in Markdown.
 * Regions become composite states (unless one region is drawn alone); `$previous` arrows are drawn
 * to a note-like pseudo state. Guards are labelled by their transition's description when it has one.
 */
export function lifecycleMermaid(lifecycle: Lifecycle, options: MermaidOptions = {}): string {
  const lines = ["stateDiagram-v2", ...MERMAID_CLASSES];
  const regions = Object.entries(lifecycle.regions).filter(([name]) => options.regions?.includes(name) ?? true);
  const single = regions.length === 1;
  const classes: string[] = [];
  for (const [name, region] of regions) {
    const prefix = single ? "" : `${safeId(name)}_`;
    const indent = single ? "  " : "    ";
    if (!single) lines.push(`  state ${safeId(name)} {`);
    lines.push(...regionLines(lifecycle, region, prefix, indent, single || name === MAIN_REGION));
    if (!single) lines.push("  }");
    classes.push(...classLines(region, prefix, options.current?.[name]));
  }
  // Class statements stay at the top level: GitHub's Mermaid ignores them inside composite states.
  return [...lines, ...classes].join("\n");
}

/** The class lines of a region's states: failed and automatic kinds, and the current state. */
export function classLines(
  region: RegionDef,
  prefix: string,
  current: string | undefined,
  only?: ReadonlySet<string>,
): string[] {
  const lines: string[] = [];
  for (const [name, state] of Object.entries(region.states)) {
    if (only && !only.has(name)) continue;
    if (state.kind === "failed") lines.push(`  class ${prefix + safeId(name)} failed`);
    else if (state.kind === "transient") lines.push(`  class ${prefix + safeId(name)} auto`);
  }
  if (current !== undefined && current in region.states && (!only || only.has(current)))
    lines.push(`  class ${prefix + safeId(current)} current`);
  return lines;
}

function regionLines(
  lifecycle: Lifecycle,
  region: RegionDef,
  prefix: string,
  indent: string,
  global: boolean,
): string[] {
  const lines: string[] = [];
  const id = (state: string) => prefix + safeId(state);
  for (const [name, state] of Object.entries(region.states)) {
    const label = stateLabel(name, state.stage);
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
    for (const t of state.always ?? []) arrow(name, t, AUTO_LABEL);
    if (state.kind === "final") lines.push(`${indent}${id(name)} --> [*]`);
  }
  if (lifecycle.on && global) {
    for (const [event, handlers] of Object.entries(lifecycle.on)) {
      for (const t of handlers)
        lines.push(`${indent}%% from any state: ${edgeLabel(event, t)} → ${t.target ?? "(internal)"}`);
    }
  }
  if (usesPrevious) lines.push(`${indent}state "previous state" as ${prefix}previous`);
  return lines;
}

/** A state as drawn: `installing (install)` when it runs a stage of another name. */
export function stateLabel(name: string, stage: string | undefined): string {
  return stage && stage !== name ? `${name} (${stage})` : name;
}

/** Guard descriptions this long are cut; the lifecycle file has the whole text. */
const GUARD_LABEL_MAX = 40;

/** `deploy`, `auto [if a good version exists]`: the guard by its description, else as written. */
export function edgeLabel(event: string, t: TransitionDef): string {
  const said = t.guard ? (t.description?.trim().replace(/\.$/, "") ?? t.guard) : undefined;
  const cut = said && said.length > GUARD_LABEL_MAX ? `${said.slice(0, GUARD_LABEL_MAX - 1)}…` : said;
  return sanitize(`${event}${cut ? ` [${cut}]` : ""}`);
}

/** Mermaid treats `:`, `;`, `"` and `#` specially inside labels. */
export function sanitize(text: string): string {
  return text.replace(/"/g, "'").replace(/[;#:]/g, " ").replace(/\s+/g, " ").trim();
}

export function safeId(name: string): string {
  return name.replace(/[^A-Za-z0-9_]/g, "_");
}
