/**
 * How wide Mermaid lays a diagram out, estimated without a browser, so a test on plain Node can
 * tell a diagram that GitHub would shrink into unreadable text.
 *
 * GitHub draws a check run's Mermaid diagram at its natural size (Mermaid's default 16 px text)
 * and scales a wider one down to the page. A diagram `w` px wide therefore shows its text at
 * `16 × PAGE_WIDTH / w` px; at {@link MIN_TEXT_PX} or less it is unreadable, so the widest readable
 * diagram is `PAGE_WIDTH × 16 / MIN_TEXT_PX` ({@link MAX_DIAGRAM_WIDTH}).
 *
 * The estimate runs the layout GitHub's Mermaid runs: Mermaid's own parser builds the graph, and
 * dagre (`dagre-d3-es`, the version Mermaid pins) places it with Mermaid's spacing (50 px between
 * nodes and between ranks), its self-loops (two small dummy nodes), its edge labels (boxes dagre
 * makes room for) and its composite states (compound nodes). Mermaid 12 alone would lay state
 * diagrams out with ELK, which GitHub does not ship; `npm run docs:screenshots` asks for dagre too.
 * Only the text is measured without a browser: glyph widths are Arial's (Liberation Sans, what
 * Chromium draws Mermaid's `trebuchet ms, verdana, arial` with where the first two are missing); a
 * state's box is at least {@link STATE_MIN} px wide and wraps its label at {@link STATE_WRAP} px,
 * an edge label wraps at {@link EDGE_WRAP} px. `npm run docs:screenshots` prints this estimate
 * next to Chromium's layout of every report kind's diagrams: when this was written they agreed
 * within 4 % (standard 1392 px against Chromium's 1449, preview 1038 against 1061, rolling 813
 * against 801). A lone composite state with no arrow in or out (a whole lifecycle's regions, not
 * drawn on a check run) is laid out apart by Mermaid, crosswise; here it is not.
 */
import { layout } from "dagre-d3-es/src/dagre/index.js";
import { Graph } from "dagre-d3-es/src/graphlib/index.js";
import { loadMermaid } from "./parse-mermaid.ts";

/** The width a diagram gets on GitHub's check-run page (the page's summary column). */
export const PAGE_WIDTH = 880;
/** Mermaid's default text size. */
export const FONT_PX = 16;
/** The smallest text a reader can read without zooming. */
export const MIN_TEXT_PX = 11;
/** The widest diagram whose text still shows at {@link MIN_TEXT_PX} on the page. */
export const MAX_DIAGRAM_WIDTH = Math.floor((PAGE_WIDTH * FONT_PX) / MIN_TEXT_PX);

/** A state's box is never narrower (Mermaid 12's state diagrams). */
const STATE_MIN = 136;
/** Padding inside a state's box, both sides together. */
const STATE_PADDING = 16;
/** A state's label wraps at this width. */
const STATE_WRAP = STATE_MIN - STATE_PADDING;
/** An edge label wraps at this width (Mermaid's `wrappingWidth`). */
const EDGE_WRAP = 200;
/** Height of a line of label text. */
const LINE = 24;
/** Start and end markers are small circles. */
const MARKER = 14;
/** Mermaid's spacing between nodes and between ranks. */
const SPACING = 50;
/** Padding Mermaid leaves around the drawing, each side. */
const DIAGRAM_PADDING = 8;
/** A composite state's title and the room around its contents. */
const CLUSTER_PADDING = 16;

/** Arial's advance widths in em (Liberation Sans has the same metrics); others count as {@link OTHER_EM}. */
const EM: Readonly<Record<string, number>> = {
  ...Object.fromEntries([..."ijl"].map((c) => [c, 0.222])),
  ...Object.fromEntries([..."ft .,:;![]/\\"].map((c) => [c, 0.278])),
  ...Object.fromEntries([..."r()-`'"].map((c) => [c, 0.333])),
  ...Object.fromEntries([..."cksvxyz"].map((c) => [c, 0.5])),
  ...Object.fromEntries([..."abdeghnopqu0123456789_$#?"].map((c) => [c, 0.556])),
  ...Object.fromEntries([..."=<>+~"].map((c) => [c, 0.584])),
  w: 0.722,
  m: 0.833,
  "→": 1,
  "…": 1,
};
const OTHER_EM = 0.667;

const lineWidth = (text: string): number => [...text].reduce((s, c) => s + (EM[c] ?? OTHER_EM), 0) * FONT_PX;

/** The box a label takes, wrapped at `wrap` px on spaces (a word longer than that stays whole). */
function labelBox(text: string, wrap: number): { width: number; height: number } {
  const lines: string[] = [];
  for (const given of text.split(/<br\s*\/?>/i)) {
    let line = "";
    for (const word of given.trim().split(/\s+/)) {
      const next = line ? `${line} ${word}` : word;
      if (line && lineWidth(next) > wrap) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    lines.push(line);
  }
  return { width: Math.max(...lines.map(lineWidth)), height: LINE * lines.length };
}

interface GraphNode {
  readonly id: string;
  readonly label?: string;
  readonly shape?: string;
  readonly isGroup?: boolean;
  readonly parentId?: string;
}
interface GraphEdge {
  readonly start: string;
  readonly end: string;
  readonly label?: string;
}
interface GraphDb {
  getData(): { readonly nodes: readonly GraphNode[]; readonly edges: readonly GraphEdge[] };
}
interface Placed {
  x: number;
  width: number;
}

/** The estimated laid-out width of a diagram, in px at Mermaid's 16 px text; 0 for kinds without a graph (Gantt). */
export async function diagramWidth(source: string): Promise<number> {
  const mermaid = await loadMermaid();
  // Parsing first loads the diagram kind (Mermaid registers kinds lazily), and throws on a syntax error.
  await mermaid.parse(source);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as Partial<GraphDb>;
  if (typeof db.getData !== "function") return 0;
  const { nodes, edges } = db.getData();
  return layoutWidth(nodes, edges) + 2 * DIAGRAM_PADDING;
}

function layoutWidth(nodes: readonly GraphNode[], edges: readonly GraphEdge[]): number {
  const g = new Graph({ multigraph: true, compound: true });
  g.setGraph({ rankdir: "TB", nodesep: SPACING, ranksep: SPACING, marginx: 0, marginy: 0 });
  g.setDefaultEdgeLabel(() => ({}));
  const groups = new Set(nodes.filter((n) => n.isGroup).map((n) => n.id));
  for (const n of nodes) {
    if (n.isGroup) g.setNode(n.id, { title: labelBox(n.label ?? n.id, Infinity).width });
    else if (n.shape === "stateStart" || n.shape === "stateEnd") g.setNode(n.id, { width: MARKER, height: MARKER });
    else {
      const box = labelBox(n.label ?? n.id, STATE_WRAP);
      g.setNode(n.id, { width: Math.max(STATE_MIN, box.width + STATE_PADDING), height: box.height + STATE_PADDING });
    }
  }
  for (const n of nodes) if (n.parentId) g.setParent(n.id, n.parentId);
  // Mermaid points an edge that ends at a composite state at a state inside it.
  const anchor = (id: string): string => {
    let at = id;
    while (groups.has(at))
      at = nodes.find((n) => n.parentId === at && !n.isGroup)?.id ?? nodes.find((n) => n.parentId === at)?.id ?? at;
    return at;
  };
  edges.forEach((e, i) => {
    const label = e.label ? labelBox(e.label, EDGE_WRAP) : { width: 0, height: 0 };
    if (e.start === e.end) {
      // A self-loop: two dummy nodes beside the state, the label on the edge between them.
      const parent = nodes.find((n) => n.id === e.start)?.parentId;
      const [a, b] = [`${e.start}-loop-${i}-1`, `${e.start}-loop-${i}-2`];
      for (const d of [a, b]) {
        g.setNode(d, { width: 10, height: 10 });
        if (parent) g.setParent(d, parent);
      }
      g.setEdge(anchor(e.start), a, { width: 0, height: 0 }, `${i}-1`);
      g.setEdge(a, b, { ...label, labelpos: "c" }, `${i}-m`);
      g.setEdge(b, anchor(e.start), { width: 0, height: 0 }, `${i}-2`);
    } else g.setEdge(anchor(e.start), anchor(e.end), { ...label, labelpos: "c" }, `${i}`);
  });
  layout(g, {});
  let [left, right] = [Infinity, -Infinity];
  const widen = (x: number, width: number) => {
    left = Math.min(left, x - width / 2);
    right = Math.max(right, x + width / 2);
  };
  for (const id of g.nodes()) {
    const n = g.node(id) as Placed & { title?: number };
    // A composite state is at least as wide as its title.
    widen(n.x, Math.max(n.width, (n.title ?? 0) + CLUSTER_PADDING));
  }
  for (const e of g.edges()) {
    const edge = g.edge(e) as { x?: number; width?: number; points?: { x: number }[] };
    if (edge.x !== undefined && edge.width) widen(edge.x, edge.width);
    for (const p of edge.points ?? []) widen(p.x, 0);
  }
  return right - left;
}
