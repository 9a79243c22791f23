/**
 * Check-run Markdown as GitHub draws it, near enough to judge a page by: GitHub-flavoured Markdown
 * (tables, autolinks) through `marked`, raw `<details>`/`<sub>` left as they are (GitHub allows
 * both), `> [!WARNING]`-style alerts as GitHub's alert boxes, and each ```` ```mermaid ```` fence
 * as a `<pre class="mermaid">` that Mermaid draws in the browser (GitHub draws them with Mermaid
 * too). The rendering test and `npm run docs:screenshots` both use it, so what the test parses
 * is what the pictures show.
 */
import { Marked, type Tokens } from "marked";

/** GitHub's five alert kinds and the title each box shows. */
const ALERTS: Readonly<Record<string, string>> = {
  NOTE: "Note",
  TIP: "Tip",
  IMPORTANT: "Important",
  WARNING: "Warning",
  CAUTION: "Caution",
};

export interface CheckRunHtml {
  /** The page body's HTML. */
  readonly html: string;
  /** The source of each Mermaid diagram, in page order. */
  readonly diagrams: readonly string[];
}

const escape = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Renders one page; a fresh parser each time, so no state leaks from one page into the next. */
export function checkRunHtml(markdown: string): CheckRunHtml {
  const diagrams: string[] = [];
  // Line breaks inside a paragraph break the line, as in GitHub comments: ferry writes an alert's lines that way.
  const marked = new Marked({ gfm: true, breaks: true, async: false });
  marked.use({
    renderer: {
      code(token: Tokens.Code): string | false {
        if (token.lang !== "mermaid") return false;
        diagrams.push(token.text);
        return `<pre class="mermaid">${escape(token.text)}</pre>\n`;
      },
      blockquote(token: Tokens.Blockquote): string {
        const inner = this.parser.parse(token.tokens);
        const alert = /^<p>\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION)\]\s*(?:<br>\s*)?/.exec(inner);
        const kind = alert?.[1];
        if (!alert || !kind) return `<blockquote>\n${inner}</blockquote>\n`;
        const body = `<p>${inner.slice(alert[0].length)}`.replace(/^<p><\/p>\n?/, "");
        return `<div class="markdown-alert markdown-alert-${kind.toLowerCase()}"><p class="markdown-alert-title">${ALERTS[kind] ?? kind}</p>\n${body}</div>\n`;
      },
    },
  });
  const html = marked.parse(markdown);
  if (typeof html !== "string") throw new Error("marked rendered asynchronously");
  return { html, diagrams };
}
