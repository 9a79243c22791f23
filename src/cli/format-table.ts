/** How a table is fitted and coloured; with neither it is the plain aligned table scripts read. */
export interface TableOptions {
  /**
   * The terminal's width. When a line is wider, the free-text column (`shrink`) is cut with "…"
   * until the table fits, down to `SHRINK_MIN` characters; other columns are never cut. Absent
   * (a pipe, a file) means no limit.
   */
  readonly width?: number | undefined;
  /** The column that gives way: the widest free text (a description or a message). */
  readonly shrink?: number;
  /** Colours a cell's text; padding is added outside it, so colour never moves a column. */
  readonly paint?: (text: string, column: number) => string;
}

/** The free-text column keeps at least this much, so a very narrow terminal wraps instead of showing "…" alone. */
export const SHRINK_MIN = 12;

const GAP = "  ";

/** Renders rows as an aligned plain-text table, fitted to `options.width` when given. */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  options: TableOptions = {},
): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const cut = fittedWidth(widths, options);
  if (cut !== undefined && options.shrink !== undefined) widths[options.shrink] = cut;
  const fit = (cell: string, i: number) => (i === options.shrink && cut !== undefined ? ellipsis(cell, cut) : cell);
  const line = (cells: readonly string[], paint: boolean) =>
    cells
      .map((cell, i) => {
        const text = fit(cell, i);
        const shown = paint && options.paint ? options.paint(text, i) : text;
        return i === cells.length - 1 ? shown : shown + " ".repeat(Math.max(0, (widths[i] ?? 0) - text.length));
      })
      .join(GAP)
      .trimEnd();
  return [
    line(headers, false),
    line(
      widths.map((w) => "-".repeat(w)),
      false,
    ),
    ...rows.map((r) => line(r, true)),
  ].join("\n");
}

/** The width the shrinking column gets, or undefined when the table fits (or nothing may shrink). */
function fittedWidth(widths: readonly number[], options: TableOptions): number | undefined {
  const { width, shrink } = options;
  if (width === undefined || shrink === undefined || widths[shrink] === undefined) return undefined;
  const total = widths.reduce((sum, w) => sum + w, 0) + GAP.length * (widths.length - 1);
  if (total <= width) return undefined;
  const own = widths[shrink];
  return Math.min(own, Math.max(SHRINK_MIN, own - (total - width)));
}

/** The text cut to `width` characters, its last one "…" when anything was cut. */
export function ellipsis(text: string, width: number): string {
  if (text.length <= width) return text;
  return width <= 0 ? "" : `${text.slice(0, width - 1)}…`;
}
