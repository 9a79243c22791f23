/**
 * How wide Mermaid lays a diagram out, estimated without a browser, so a test on plain Node can
 * tell a diagram that GitHub would shrink into unreadable text.
 *
 * GitHub draws a check run's Mermaid diagram at its natural size (Mermaid's default 16 px text)
 * and scales a wider one down to the page. A diagram `w` px wide therefore shows its text at
 * `16 × PAGE_WIDTH / w` px; at {@link MIN_TEXT_PX} or less it is unreadable, so the widest readable
 * diagram is `PAGE_WIDTH × 16 / MIN_TEXT_PX` ({@link MAX_DIAGRAM_WIDTH}).
 *
 * The estimate follows what Mermaid's layout (dagre) does with a state diagram or flowchart, on
 * the graph Mermaid's own parser builds:
 * - Ranks: each node sits one rank below its deepest predecessor (longest path), after dropping
 *   the edges that close a cycle (dagre reverses them; they still occupy the ranks they span).
 * - Edge labels are boxes of their own, halfway along their edge (dagre doubles the ranks to
 *   make room), and an edge that spans ranks leaves a thin dummy node in each rank it crosses.
 * - A rank is as wide as its boxes plus the gaps between them; the diagram as wide as its widest
 *   rank. A composite state (a region) is one box as wide as its own contents.
 * - Text is {@link CHAR_EM} em a character, the average glyph of Mermaid's default font stack
 *   (Trebuchet MS, Verdana, Arial; DejaVu/Liberation where those are missing).
 * Checked against Chromium's layout of every report kind's diagrams (`npm run docs:screenshots`
 * prints both): it errs wide by up to 63 % (a short path whose labels Mermaid wraps) and narrow
 * by up to 15 % (stack-migration's `deployment` region, whose ten failure arrows dagre spreads
 * wider than the columns counted here). A rough gauge, not a layout.
 */
import { loadMermaid } from "./parse-mermaid.ts";

/** The width a diagram gets on GitHub's check-run page (the page's summary column). */
export const PAGE_WIDTH = 880;
/** Mermaid's default text size. */
export const FONT_PX = 16;
/** The smallest text a reader can read without zooming. */
export const MIN_TEXT_PX = 11;
/** The widest diagram whose text still shows at {@link MIN_TEXT_PX} on the page. */
export const MAX_DIAGRAM_WIDTH = Math.floor((PAGE_WIDTH * FONT_PX) / MIN_TEXT_PX);

/** Average glyph width of Mermaid's font, in em. */
const CHAR_EM = 0.6;
/** Padding inside a state's box, each side. */
const BOX_PADDING = 16;
/** Gap between boxes in a rank (Mermaid's `nodeSpacing`). */
const NODE_GAP = 50;
/** Width an edge crossing a rank takes there, with its gap. */
const EDGE_GAP = 20;
/** Start and end markers are small circles. */
const MARKER = 14;
/** Margin Mermaid leaves around the drawing, each side. */
const DIAGRAM_MARGIN = 8;

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

/** Mermaid wraps a longer label onto more lines. */
const WRAP = 200;
const textWidth = (text: string | undefined): number => Math.min(WRAP, [...(text ?? "")].length * CHAR_EM * FONT_PX);

/** The estimated laid-out width of a diagram, in px at Mermaid's 16 px text; 0 for kinds without a graph (Gantt). */
export async function diagramWidth(source: string): Promise<number> {
  const mermaid = await loadMermaid();
  // Parsing first loads the diagram kind (Mermaid registers kinds lazily), and throws on a syntax error.
  await mermaid.parse(source);
  const diagram = await mermaid.mermaidAPI.getDiagramFromText(source);
  const db = diagram.db as Partial<GraphDb>;
  if (typeof db.getData !== "function") return 0;
  const { nodes, edges } = db.getData();
  return graphWidth(nodes, edges, undefined) + 2 * DIAGRAM_MARGIN;
}

/** The width of the nodes whose parent is `parent`, each group counted as one box of its contents. */
function graphWidth(nodes: readonly GraphNode[], edges: readonly GraphEdge[], parent: string | undefined): number {
  const members = nodes.filter((n) => n.parentId === parent);
  if (members.length === 0) return 0;
  const ids = new Set(members.map((n) => n.id));
  // An edge into or out of a group's contents counts at the member that holds that end.
  const holder = new Map<string, string>();
  for (const n of nodes) {
    let at: GraphNode | undefined = n;
    while (at && at.parentId !== parent) at = nodes.find((p) => p.id === at?.parentId);
    if (at) holder.set(n.id, at.id);
  }
  const inside = edges
    .map((e) => ({ from: holder.get(e.start), to: holder.get(e.end), label: e.label ?? "" }))
    .filter((e): e is { from: string; to: string; label: string } => !!e.from && !!e.to)
    .filter((e) => ids.has(e.from) && ids.has(e.to));
  const loops = inside.filter((e) => e.from === e.to);
  const local = inside.filter((e) => e.from !== e.to);
  const width = new Map(
    members.map((n) => [
      n.id,
      n.isGroup
        ? graphWidth(nodes, edges, n.id) + 2 * BOX_PADDING
        : n.shape === "stateStart" || n.shape === "stateEnd"
          ? MARKER
          : textWidth(n.label ?? n.id) + 2 * BOX_PADDING,
    ]),
  );
  const forward = acyclic(
    members.map((n) => n.id),
    local,
  );
  // Longest-path ranks, doubled so that labels sit on the odd ranks between their ends.
  const rank = new Map<string, number>(members.map((n) => [n.id, 0]));
  for (let changed = true, guard = 0; changed && guard <= members.length; guard++) {
    changed = false;
    for (const e of forward) {
      const want = (rank.get(e.from) ?? 0) + 2;
      if ((rank.get(e.to) ?? 0) < want) {
        rank.set(e.to, want);
        changed = true;
      }
    }
  }
  const rows = new Map<number, number[]>();
  const put = (r: number, w: number, gap: number) => rows.set(r, [...(rows.get(r) ?? []), w + gap]);
  for (const n of members) put(rank.get(n.id) ?? 0, width.get(n.id) ?? 0, NODE_GAP);
  // A loop (a state that stays where it is, e.g. on progress) draws beside its state, with its label.
  for (const e of loops) put(rank.get(e.from) ?? 0, textWidth(e.label), EDGE_GAP);
  for (const e of forward) {
    const [a, b] = [rank.get(e.from) ?? 0, rank.get(e.to) ?? 0].sort((x, y) => x - y) as [number, number];
    // dagre puts a label's box on the rank halfway along its edge, and then keeps the edge's
    // dummies above and below in line with it: the edge holds a column as wide as its label.
    for (let r = a + 1; r < b; r++) put(r, textWidth(e.label), e.label ? NODE_GAP : EDGE_GAP);
  }
  // The last box of a rank has no gap after it.
  return Math.max(...[...rows.values()].map((row) => row.reduce((s, w) => s + w, 0) - NODE_GAP));
}

/** The edges with those that close a cycle turned round (depth-first, as dagre's layout does). */
function acyclic(
  ids: readonly string[],
  edges: readonly { from: string; to: string; label: string }[],
): { from: string; to: string; label: string }[] {
  const state = new Map<string, "open" | "done">();
  const out: { from: string; to: string; label: string }[] = [];
  const visit = (id: string): void => {
    state.set(id, "open");
    for (const e of edges.filter((x) => x.from === id)) {
      const seen = state.get(e.to);
      if (seen === "open") out.push({ from: e.to, to: e.from, label: e.label });
      else {
        out.push(e);
        if (seen === undefined) visit(e.to);
      }
    }
    state.set(id, "done");
  };
  for (const id of ids) if (!state.has(id)) visit(id);
  return out;
}
