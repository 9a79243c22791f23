/**
 * Every report kind's check-run page, rendered as `npm run docs:screenshots` renders it for the
 * README (GitHub-flavoured Markdown through `marked`, Mermaid for the diagrams), but without a
 * browser: the Markdown must render into the page's parts, every diagram must parse with
 * Mermaid's own parser, and no diagram may be so wide that GitHub shrinks its text below
 * {@link MIN_TEXT_PX} px (see `test/support/diagram-width.ts` for the estimate and its error).
 */
import { describe, expect, it } from "vitest";
import { checkRunHtml } from "../support/check-run-html.ts";
import { diagramWidth, MAX_DIAGRAM_WIDTH, MIN_TEXT_PX, PAGE_WIDTH } from "../support/diagram-width.ts";
import { parseMermaid } from "../support/parse-mermaid.ts";
import { REPORT_SCENARIOS, scenarioMarkdown } from "../support/report-scenarios.ts";

describe("check-run pages as GitHub renders them", () => {
  it.each(REPORT_SCENARIOS.map((s) => [s.name, s] as const))(
    "%s: the Markdown renders into its verdict, tables and folded diagrams, and every diagram parses",
    async (_, scenario) => {
      const markdown = scenarioMarkdown(scenario);
      const { html, diagrams } = checkRunHtml(markdown);
      expect(html).toMatch(/^<h3>/);
      expect(html).toContain("<table>");
      // Every fence became a diagram, each inside a collapsed <details>.
      expect(diagrams.length).toBe([...markdown.matchAll(/```mermaid\n/g)].length);
      expect(diagrams.length).toBeGreaterThan(0);
      expect(html).not.toMatch(/<details open/);
      expect(html).not.toContain("```");
      // An alert is GitHub's box, not a quote that starts with [!WARNING].
      expect(html).not.toContain("[!");
      for (const source of diagrams) await parseMermaid(source);
    },
    60_000,
  );

  it(`no diagram is wider than ${MAX_DIAGRAM_WIDTH} px, where a ${PAGE_WIDTH} px page shows its text at ${MIN_TEXT_PX} px`, async () => {
    const tooWide: string[] = [];
    const widths: string[] = [];
    for (const scenario of REPORT_SCENARIOS) {
      const { diagrams } = checkRunHtml(scenarioMarkdown(scenario));
      for (const [i, source] of diagrams.entries()) {
        const width = await diagramWidth(source);
        widths.push(`${scenario.name} #${i + 1}: ${Math.round(width)}`);
        if (width > MAX_DIAGRAM_WIDTH) tooWide.push(`${scenario.name} #${i + 1}`);
      }
    }
    expect(tooWide, widths.join("\n")).toEqual([]);
  }, 60_000);

  it("a broken diagram fails to parse", async () => {
    await expect(parseMermaid("stateDiagram-v2\n  a --> : b\n  [*] -->")).rejects.toThrow();
  }, 60_000);

  it("the estimate grows with what a rank holds: side by side is wider than one after another", async () => {
    const chain = await diagramWidth("stateDiagram-v2\n  [*] --> a\n  a --> b : go\n  b --> c : go");
    const fan = await diagramWidth(
      "stateDiagram-v2\n  [*] --> a\n  a --> b : go\n  a --> c : go\n  a --> d : go\n  a --> e : go",
    );
    expect(fan).toBeGreaterThan(2 * chain);
  }, 60_000);
});
