import type { ActorStyle } from "./actor-text.ts";
import type { SummaryLinks } from "./summary-links.ts";

/**
 * How a summary writes times, actors and versions: relative to `now` (the report's event time), in
 * one actor style, versions linked to their commits when the repository's address is known.
 */
export interface SummaryStyle {
  readonly now: string;
  readonly actors: ActorStyle;
  readonly links?: SummaryLinks;
}

/** One line of text that cannot break a table row. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\|/g, "\\|").trim();
}
