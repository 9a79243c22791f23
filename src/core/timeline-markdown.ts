import { clockTime } from "./human-time.ts";
import type { TimelineRow } from "./run-timeline.ts";
import { oneLine, type SummaryStyle } from "./summary-tables.ts";

/**
 * A run's timeline as a Markdown table: the step, when it started (UTC), how long it took, its
 * result and its log. Automatic steps that took no time (choices, signals between regions) are
 * folded into a `<details>` below it, so a two-region run reads as its stages, not its plumbing.
 */
export function timelineMarkdown(rows: readonly TimelineRow[], style: SummaryStyle): string[] {
  if (rows.length === 0) return [];
  const multi = new Set(rows.map((r) => r.region)).size > 1;
  const table = (part: readonly TimelineRow[]) => [
    `| ${multi ? "region | " : ""}step | started (UTC) | took | result | entered by | log |`,
    `|${multi ? "---|" : ""}---|---|---|---|---|---|`,
    ...part.map(
      (r) =>
        `| ${multi ? `${r.region} | ` : ""}${oneLine(r.step)} | ${clockTime(r.at, style.now)} | ${r.took} | ${oneLine(r.result)} | ${oneLine(r.via)} | ${r.log ? `[log](${r.log})` : ""} |`,
    ),
  ];
  const main = rows.filter((r) => !r.hop);
  const hops = rows.filter((r) => r.hop);
  const lines = ["#### Timeline", "", ...table(main), ""];
  if (hops.length > 0)
    lines.push(
      `<details><summary>${hops.length} automatic step${hops.length === 1 ? "" : "s"} that took no time</summary>`,
      "",
      ...table(hops),
      "",
      "</details>",
      "",
    );
  return lines;
}
