/**
 * Golden pages of each report kind: the whole Markdown is pinned in `__golden__/`, and the facts a
 * reader needs first (the verdict line, the timeline's rows, the buttons, the links) are asserted
 * on their own, so a change of wording shows in review and a lost fact fails even after someone
 * regenerates the files.
 */
import { describe, expect, it } from "vitest";
import { runButtons } from "../../src/core/run-buttons.ts";
import { parseMermaid } from "../support/parse-mermaid.ts";
import { job, REPO, reportScenario, scenarioMarkdown, V1, V2 } from "../support/report-scenarios.ts";

interface Kind {
  /** The scenario of `test/support/report-scenarios.ts`. */
  readonly name: string;
  readonly verdict: string;
  /** Rows (or their start) the timeline must show. */
  readonly timeline: readonly string[];
  readonly folded?: string;
  readonly buttons: readonly string[];
  readonly links: readonly string[];
}

const KINDS: readonly Kind[] = [
  {
    name: "success",
    verdict: "### ✅ Deployed `ea861e2` in 2m 30s, 6/6 stages",
    timeline: [
      `| validating (validate) | 10:00:00 | <1s | ✅ succeeded · 1 step succeeded | deploy by @alice | [log](${job(1)}) |`,
      `| fetching (fetch) | 10:00:00 | 3.5s | ✅ succeeded · 1 step succeeded | stage.succeeded | [log](${job(2)}) |`,
      `| installing (install) | 10:00:05 | 2m 10s |`,
      "| running | 10:02:30 |  | current state | stage.succeeded |  |",
    ],
    buttons: [],
    links: [
      `**Links:** [commit \`ea861e2\`](${REPO}/commit/${V1}) · [pull request #11](${REPO}/pull/11) · [environment](https://web.acme.example) · [workflow job of \`health-check\`](${job(6)})`,
      `deploy of [\`ea861e2\`](${REPO}/commit/${V1})`,
    ],
  },
  {
    name: "rolled-back",
    verdict:
      '### ⚠️ Rolled back: `8d15309` failed `health-check` (step "wait for the app to answer" failed: GET /health → 503); `ea861e2` is live again',
    timeline: [
      `| rolling_back (rollback) | 11:01:34 | 5.5s | ✅ succeeded · 1 step succeeded | auto | [log](${job(11)}) |`,
      "| running | 11:01:40 |  | current state | stage.succeeded |  |",
    ],
    buttons: ["Redeploy 8d15309"],
    links: [
      `> **Run 2 ([\`8d15309\`](${REPO}/commit/${V2})): health-check failed** in \`health_checking\``,
      `[log of \`health-check\`](${job(10)})`,
    ],
  },
  {
    name: "failed-run",
    verdict:
      '### ⚠️ Rolled back: `8d15309` failed `health-check` (step "wait for the app to answer" failed: GET /health → 503)',
    timeline: [
      "| updating (update) | 11:00:00 | 2s | ✅ succeeded · 1 step succeeded | deploy by @alice |",
      `| health_checking (health-check) | 11:01:04 | 30s | ❌ failed · step "wait for the app to answer" failed: GET /health → 503 | stage.succeeded | [log](${job(10)}) |`,
    ],
    folded: "| rollback_needed | 11:01:34 | <1s |  | stage.failed |  |",
    buttons: [],
    links: [`[log of \`health-check\`](${job(10)})`],
  },
  {
    name: "queued-then-run",
    verdict: "### ✅ Deployed `8d15309` in 40s, 4/4 stages",
    timeline: [
      `| updating (update) | 10:02:30 | 1s | ✅ succeeded · 1 step succeeded | deploy by @alice | [log](${job(7)}) |`,
      "| running | 10:03:10 |  | current state | stage.succeeded |  |",
    ],
    buttons: ["Roll back"],
    links: [
      "started 12 min ago (10:02:30 UTC) · finished 10:03:10 UTC · took 40s · queued 10:00:02 UTC (waited 2m 28s)",
      `[commit \`8d15309\`](${REPO}/commit/${V2}) · [environment]`,
    ],
  },
  {
    name: "paused-preview",
    verdict:
      "### ⏸ `pause` on `ea861e2`; `dropping` on 8 Jan 09:03 UTC (in 6 days) by timer `drop-after` if `allowDrop`",
    timeline: [
      `| pausing (pause) | 09:30:00 | 20s | ✅ succeeded · 1 step succeeded | pause by @alice | [log](${job(3)}) |`,
      "| pause | 09:30:20 |  | current state | stage.succeeded |  |",
    ],
    buttons: ["Resume", "Drop"],
    links: [
      "**Next:** timer `drop-after` moves it to `dropping` in 6 days (8 Jan 09:03 UTC)",
      `[commit \`ea861e2\`](${REPO}/commit/${V1}) · [pull request #14](${REPO}/pull/14)`,
    ],
  },
  {
    name: "stack-migration",
    verdict: "### ✅ Deployed `8d15309` in 3m 55s, 5/5 stages",
    timeline: [
      "| region | step | started (UTC) | took | result | entered by | log |",
      `| deployment | scaling_down (scale-down) | 09:00:04 | 36s | ✅ succeeded · 1 step succeeded | auto | [log](${job(6)}) |`,
      "| stack | stable | 09:03:55 |  | current state | deployment.completed |  |",
    ],
    folded: "| deployment | triggered | 09:00:00 | <1s |  | stack.triggered |  |",
    buttons: [],
    links: [`[workflow job of \`scale-up\`](${job(9)})`],
  },
  {
    name: "fleet-rollout",
    verdict: "### 🔄 Deploying `8d15309`: `running`",
    timeline: [
      `| running (rollout) | 08:00:00 | 5m so far | 🔄 running | deploy by @alice | [log](${job(2)}) |`,
      "**Rollout** of `8d15309`: running, batch 2.",
      "| `web-09` | DEGRADED | disk 91% full on /var/lib/web |",
    ],
    buttons: ["Roll back", "Pause"],
    links: [`[pull request #13](${REPO}/pull/13)`],
  },
];

describe("golden check-run pages", () => {
  it.each(KINDS)(
    "$name: the verdict, the timeline, the buttons and the links",
    async (kind) => {
      const scenario = reportScenario(kind.name);
      const { state } = scenario;
      const summary = scenarioMarkdown(scenario);
      expect(summary.split("\n")[0]).toBe(kind.verdict);
      for (const row of kind.timeline) expect(summary).toContain(row);
      if (kind.folded) {
        const fold = summary.indexOf("that took no time</summary>");
        expect(fold).toBeGreaterThan(0);
        expect(summary.indexOf(kind.folded)).toBeGreaterThan(fold);
      }
      for (const link of kind.links) expect(summary).toContain(link);
      const ended = scenario.run !== undefined && scenario.run !== state.run?.id;
      expect(runButtons(scenario.lifecycle, state, { ended }).map((b) => b.label)).toEqual(kind.buttons);
      expect(summary).not.toMatch(/\| always \|/);
      for (const block of summary.matchAll(/```mermaid\n([\s\S]*?)```/g)) await parseMermaid(block[1] ?? "");
      await expect(`${summary}\n`).toMatchFileSnapshot(`./__golden__/summary-${kind.name}.md`);
      // The first page loads Mermaid's parser, which takes seconds on a loaded machine.
    },
    60_000,
  );
});
