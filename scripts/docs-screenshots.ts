/**
 * `npm run docs:screenshots`: the README's pictures of check runs, drawn from ferry's own pages.
 *
 * Each picture is a real run of the core (`test/support/report-scenarios.ts`, the golden tests'
 * runs), its check-run Markdown rendered as GitHub renders it (`test/support/check-run-html.ts`:
 * GitHub-flavoured Markdown, alerts, collapsed `<details>`, Mermaid) in headless Chromium at the
 * width of GitHub's check-run page, and saved under `docs/images/`. It also prints, for every
 * diagram of every report kind, the width Chromium laid it out at, next to the estimate the
 * rendering test (`test/docs/report-rendering.test.ts`) checks without a browser.
 *
 * Needs Debian's `chromium` (`apt-get install chromium`), or `CHROMIUM=/path/to/chrome`.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { checkRunHtml } from "../test/support/check-run-html.ts";
import { diagramWidth, PAGE_WIDTH } from "../test/support/diagram-width.ts";
import { parseMermaid } from "../test/support/parse-mermaid.ts";
import { REPORT_SCENARIOS, scenarioMarkdown, type ReportScenario } from "../test/support/report-scenarios.ts";

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const OUT = join(ROOT, "docs", "images");
/** The report kinds the README shows. */
const PICTURED = ["success", "rolled-back", "paused-preview", "fleet-rollout"];
/** Pages whose first diagram (this run's path) is also pictured opened. */
const OPENED = ["rolled-back"];
/** Room around the page, as on GitHub's check-run page. */
const MARGIN = 24;
/** The summary's padding and border around the column a diagram gets. */
const CHROME = 2 * 24 + 2;

const STYLE = readFileSync(join(ROOT, "scripts", "docs-screenshots.css"), "utf8");

function chromium(): string {
  const candidates = [process.env["CHROMIUM"], "chromium", "chromium-browser", "google-chrome"].filter(
    (c): c is string => Boolean(c),
  );
  for (const c of candidates) if (spawnSync(c, ["--version"], { stdio: "ignore" }).status === 0) return c;
  console.error(
    "docs:screenshots needs Chromium: `apt-get install chromium` (Debian), or set CHROMIUM=/path/to/chrome.",
  );
  process.exit(2);
}

/**
 * The page Chromium loads. Mermaid cannot lay out a diagram inside a closed `<details>` (nothing
 * there has a size), so every `<details>` is opened while Mermaid draws and closed again after,
 * unless `open` asks to keep the first one open. The page then writes what it measured into
 * `#measure` for `--dump-dom`.
 */
function pageHtml(scenario: ReportScenario, mermaidUrl: string, open: boolean): string {
  const { html } = checkRunHtml(scenarioMarkdown(scenario));
  return `<!doctype html>
<html><head><meta charset="utf-8"><title>${scenario.name}</title><style>${STYLE}</style></head>
<body><main class="checkrun" style="width:${PAGE_WIDTH + CHROME}px;margin:${MARGIN}px">
<div class="checkrun-header"><span class="checkrun-name">ferry/web</span></div>
<article class="markdown-body">${html}</article></main>
<pre id="measure" hidden></pre>
<script src="${mermaidUrl}"></script>
<script>
(async () => {
  const details = [...document.querySelectorAll("details")];
  const wasOpen = details.map((d) => d.open);
  for (const d of details) d.open = true;
  // GitHub's Mermaid font and layout (dagre: Mermaid 12 would pick ELK, which GitHub does not ship);
  // each diagram drawn on its own with its own id, as GitHub draws each in its own frame.
  mermaid.initialize({ startOnLoad: false, layout: "dagre", theme: "default", securityLevel: "strict", fontFamily: "trebuchet ms, verdana, arial, sans-serif" });
  let error = "";
  let n = 0;
  for (const pre of document.querySelectorAll("pre.mermaid")) {
    try { pre.innerHTML = (await mermaid.render("diagram-" + n++, pre.textContent)).svg; } catch (e) { error += String(e); }
  }
  // One entry per diagram, in page order; a diagram Mermaid could not draw has no svg.
  const svgs = [...document.querySelectorAll("pre.mermaid")].map((pre) => {
    const svg = pre.querySelector("svg");
    return { natural: svg ? svg.viewBox.baseVal.width : 0, shown: svg ? svg.getBoundingClientRect().width : 0 };
  });
  details.forEach((d, i) => { d.open = ${open ? "i === 0 || wasOpen[i]" : "wasOpen[i]"}; });
  const height = Math.ceil(document.querySelector("main").getBoundingClientRect().bottom) + ${MARGIN};
  document.getElementById("measure").textContent = JSON.stringify({ svgs, height, error });
})();
</script></body></html>`;
}

interface Measure {
  readonly svgs: readonly { readonly natural: number; readonly shown: number }[];
  readonly height: number;
  readonly error: string;
}

const WIDTH = PAGE_WIDTH + CHROME + 2 * MARGIN;
const FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--force-device-scale-factor=1"];

function measure(browser: string, file: string): Measure {
  const run = spawnSync(
    browser,
    [...FLAGS, `--window-size=${WIDTH},2000`, "--virtual-time-budget=20000", "--dump-dom", pathToFileURL(file).href],
    { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  const found = /<pre id="measure" hidden="">([^<]*)<\/pre>/.exec(run.stdout);
  if (!found?.[1]) throw new Error(`Chromium did not finish ${file}: ${run.stderr.slice(-2000)}`);
  return JSON.parse(found[1].replace(/&quot;/g, '"').replace(/&amp;/g, "&")) as Measure;
}

function screenshot(browser: string, file: string, png: string, height: number): void {
  const run = spawnSync(
    browser,
    [
      ...FLAGS,
      `--window-size=${WIDTH},${height}`,
      "--virtual-time-budget=20000",
      `--screenshot=${png}`,
      pathToFileURL(file).href,
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`Chromium failed on ${file}: ${run.stderr.slice(-2000)}`);
}

async function main(): Promise<void> {
  const browser = chromium();
  const require = createRequire(import.meta.url);
  const mermaidUrl = pathToFileURL(require.resolve("mermaid/dist/mermaid.min.js")).href;
  const work = mkdtempSync(join(tmpdir(), "ferry-shots-"));
  mkdirSync(OUT, { recursive: true });
  console.log("diagram widths (px): estimate at 16 px text, Chromium's layout, and the text size it shows at");
  try {
    for (const scenario of REPORT_SCENARIOS) {
      const file = join(work, `${scenario.name}.html`);
      writeFileSync(file, pageHtml(scenario, mermaidUrl, false));
      const measured = measure(browser, file);
      if (measured.error) throw new Error(`Mermaid failed on ${scenario.name}: ${measured.error}`);
      const { diagrams } = checkRunHtml(scenarioMarkdown(scenario));
      for (const [i, source] of diagrams.entries()) {
        await parseMermaid(source);
        const estimate = await diagramWidth(source);
        const svg = measured.svgs[i];
        const text = svg ? (16 * svg.shown) / svg.natural : NaN;
        console.log(
          `  ${scenario.name} #${i + 1}: estimate ${Math.round(estimate)}, laid out ${Math.round(svg?.natural ?? NaN)}, shown ${Math.round(svg?.shown ?? NaN)} → ${text.toFixed(1)} px text`,
        );
      }
      if (!PICTURED.includes(scenario.name)) continue;
      screenshot(browser, file, join(OUT, `check-run-${scenario.name}.png`), measured.height);
      console.log(`wrote docs/images/check-run-${scenario.name}.png`);
      if (OPENED.includes(scenario.name)) {
        const openFile = join(work, `${scenario.name}-open.html`);
        writeFileSync(openFile, pageHtml(scenario, mermaidUrl, true));
        const opened = measure(browser, openFile);
        screenshot(browser, openFile, join(OUT, `check-run-${scenario.name}-diagram.png`), opened.height);
        console.log(`wrote docs/images/check-run-${scenario.name}-diagram.png`);
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
