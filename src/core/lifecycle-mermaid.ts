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
    const drawn = regionLines(lifecycle, region, prefix, indent, single || name === MAIN_REGION);
    lines.push(...drawn.lines);
    if (!single) lines.push("  }");
    classes.push(...classLines(region, prefix, options.current?.[name], undefined, drawn.nodeOf));
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
  nodeOf: ReadonlyMap<string, string> = new Map(),
): string[] {
  const node = (name: string) => nodeOf.get(name) ?? prefix + safeId(name);
  const lines: string[] = [];
  for (const [name, state] of Object.entries(region.states)) {
    if (only && !only.has(name)) continue;
    if (state.kind === "failed") lines.push(`  class ${node(name)} failed`);
    else if (state.kind === "transient") lines.push(`  class ${node(name)} auto`);
  }
  if (current !== undefined && current in region.states && (!only || only.has(current)))
    lines.push(`  class ${node(current)} current`);
  // A family of states is one node: its class is said once.
  return [...new Set(lines)];
}

/** One arrow as drawn: Mermaid ids of its ends and its label. */
interface Arrow {
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

/** Fewer alike states are drawn each on its own. */
const MIN_FAMILY = 3;

function regionLines(
  lifecycle: Lifecycle,
  region: RegionDef,
  prefix: string,
  indent: string,
  global: boolean,
): { lines: string[]; nodeOf: ReadonlyMap<string, string> } {
  const id = (state: string) => prefix + safeId(state);
  const own: { from: string; to: string; label: string }[] = [];
  let usesPrevious = false;
  const arrow = (from: string, t: TransitionDef, event: string) => {
    if (t.target === PREVIOUS_TARGET) usesPrevious = true;
    const to = t.target === undefined ? from : t.target === PREVIOUS_TARGET ? `${prefix}previous` : t.target;
    own.push({ from, to, label: edgeLabel(event, t) });
  };
  for (const [name, state] of Object.entries(region.states)) {
    for (const [event, handlers] of Object.entries(state.on ?? {})) for (const t of handlers) arrow(name, t, event);
    for (const t of state.always ?? []) arrow(name, t, AUTO_LABEL);
  }
  const families = stateFamilies(region, own, prefix);
  const nodeOf = new Map<string, string>();
  for (const f of families) for (const m of f.members) nodeOf.set(m, f.id);
  const node = (state: string) => nodeOf.get(state) ?? (region.states[state] ? id(state) : state);
  const arrows = mergeParallel(
    own.map((a) => {
      const family = families.find((f) => f.members.includes(a.to) && !f.members.includes(a.from));
      // An arrow into a family names the member it enters, on a line of its own to stay narrow.
      return { from: node(a.from), to: node(a.to), label: family ? `${a.label}<br>→ ${a.to}` : a.label };
    }),
  );
  const labelOf = new Map<string, string>(families.map((f) => [f.id, f.members.join(", ")]));
  for (const [name, state] of Object.entries(region.states))
    if (!nodeOf.has(name)) labelOf.set(id(name), stateLabel(name, state.stage));
  const declare = (drawn: string, at: string): string => {
    const label = labelOf.get(drawn) ?? drawn;
    return label !== drawn ? `${at}state "${label}" as ${drawn}` : `${at}${drawn}`;
  };
  const lines: string[] = [];
  for (const drawn of labelOf.keys()) if (labelOf.get(drawn) !== drawn) lines.push(declare(drawn, indent));
  lines.push(`${indent}[*] --> ${node(region.initial)}`);
  for (const a of arrows) lines.push(`${indent}${a.from} --> ${a.to} : ${a.label}`);
  const finals = Object.entries(region.states).filter(([, state]) => state.kind === "final");
  for (const [name] of finals) lines.push(`${indent}${node(name)} --> [*]`);
  if (lifecycle.on && global) {
    for (const [event, handlers] of Object.entries(lifecycle.on)) {
      for (const t of handlers)
        lines.push(`${indent}%% from any state: ${edgeLabel(event, t)} → ${t.target ?? "(internal)"}`);
    }
  }
  if (usesPrevious) lines.push(`${indent}state "previous state" as ${prefix}previous`);
  return { lines, nodeOf };
}

/** States drawn as one node: alike in kind and in every arrow that leaves them. */
interface StateFamily {
  readonly id: string;
  readonly members: readonly string[];
}

/**
 * Failure states that differ only in name and description (stack-migration's `failed_1` …
 * `failed_5`, `upserting_failed`, `create_failed`: each retries to `queued`) are one node that
 * lists them: side by side they would widen the diagram past reading and say nothing more. An
 * arrow into the node names the member it enters. Only `failed` and `transient` states join, as
 * steps of a run that the run's own path shows apart; never the initial state.
 */
function stateFamilies(
  region: RegionDef,
  arrows: readonly { from: string; to: string; label: string }[],
  prefix: string,
): StateFamily[] {
  const bySignature = new Map<string, string[]>();
  for (const [name, state] of Object.entries(region.states)) {
    if (name === region.initial || (state.kind !== "failed" && state.kind !== "transient")) continue;
    const out = arrows
      .filter((a) => a.from === name)
      .map((a) => `${a.to === name ? "(itself)" : a.to} ${a.label}`)
      .sort();
    const signature = `${state.kind} ${state.stage ?? ""} ${out.join("|")}`;
    bySignature.set(signature, [...(bySignature.get(signature) ?? []), name]);
  }
  return [...bySignature.values()]
    .filter((members) => members.length >= MIN_FAMILY)
    .map((members, i) => ({ id: `${prefix}family_${i + 1}`, members }));
}

/**
 * Arrows between the same two states drawn as one, their labels joined (`stop, remove`): each
 * arrow is a column of its own in Mermaid's layout, so parallel ones only widen the diagram.
 */
function mergeParallel(arrows: readonly Arrow[]): Arrow[] {
  const merged = new Map<string, { from: string; to: string; labels: string[] }>();
  for (const a of arrows) {
    const key = `${a.from} ${a.to}`;
    const at = merged.get(key);
    if (at) {
      if (!at.labels.includes(a.label)) at.labels.push(a.label);
    } else merged.set(key, { from: a.from, to: a.to, labels: [a.label] });
  }
  return [...merged.values()].map((m) => ({ from: m.from, to: m.to, label: joinLabels(m.labels) }));
}

/** `drop, remove [dropping is allowed]`: a guard every label shares is said once. */
function joinLabels(labels: readonly string[]): string {
  const guard = / \[[^\]]*\]$/.exec(labels[0] ?? "")?.[0];
  if (labels.length < 2 || !guard || !labels.every((l) => l.endsWith(guard))) return labels.join(", ");
  return `${labels.map((l) => l.slice(0, -guard.length)).join(", ")}${guard}`;
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
