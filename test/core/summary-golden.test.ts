/**
 * Golden pages of each report kind: the whole Markdown is pinned in `__golden__/`, and the facts a
 * reader needs first (the verdict line, the timeline's rows, the buttons, the links) are asserted
 * on their own, so a change of wording shows in review and a lost fact fails even after someone
 * regenerates the files.
 */
import { describe, expect, it } from "vitest";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { deploymentSummary } from "../../src/core/deployment-summary.ts";
import type { Lifecycle } from "../../src/core/lifecycle.ts";
import { runButtons } from "../../src/core/run-buttons.ts";
import type { SummaryLinks } from "../../src/core/summary-links.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { parseMermaid } from "../support/parse-mermaid.ts";
import { deploy, drive, fail, op, succeed, type Step } from "./lifecycles/drive.ts";

const standard = builtinLifecycle("standard");
const preview = builtinLifecycle("preview");
const stack = builtinLifecycle("stack-migration");

const V1 = "ea861e269c0fe6d9cd0ac1fab7cae4aa39c20b22";
const V2 = "8d15309e2d1fa29cb010091d722796918f8afaa8";
const REPO = "https://github.com/acme/web";
const LINKS: SummaryLinks = { repository: REPO, environmentUrl: "https://web.acme.example" };
const FULL: TransitionContext = {
  stages: Object.fromEntries(
    ["validate", "fetch", "prepare", "install", "activate", "health-check", "update", "rollback"].map((s) => [s, {}]),
  ),
};
const job = (n: number): string => `${REPO}/actions/runs/${n}/job/${n + 1000}`;

function at(iso: string, inner: Step): Step {
  return { label: inner.label, build: (state) => ({ ...inner.build(state), at: iso }) };
}
function byFerry(iso: string, inner: Step): Step {
  return { label: inner.label, build: (state) => ({ ...inner.build(state), at: iso, actor: "ferry" }) };
}
const ok = (iso: string, n: number, stage?: string): Step =>
  byFerry(iso, succeed({ url: job(n), message: "1 step succeeded", ...(stage ? { stage } : {}) }));

/** The six stages of V1's first deploy, from 10:00 to 10:02:30, jobs numbered from `n`. */
function sixStages(n: number): Step[] {
  return ["00:00.400", "00:03.900", "00:05.000", "02:15.000", "02:18.500", "02:30.000"].map((t, i) =>
    ok(`2030-01-01T10:${t}Z`, n + i),
  );
}

const FIRST_DEPLOY: Step[] = [at("2030-01-01T10:00:00.000Z", deploy(V1)), ...sixStages(1)];
const ROLLED_BACK: Step[] = [
  ...FIRST_DEPLOY,
  at("2030-01-01T11:00:00.000Z", deploy(V2)),
  ok("2030-01-01T11:00:02.000Z", 7),
  ok("2030-01-01T11:01:00.000Z", 8),
  ok("2030-01-01T11:01:04.000Z", 9),
  byFerry(
    "2030-01-01T11:01:34.500Z",
    fail({ url: job(10), message: 'step "wait for the app to answer" failed: GET /health → 503' }),
  ),
  ok("2030-01-01T11:01:40.000Z", 11),
];
/** V2 merged while V1's first deploy runs: it waits in the queue, then runs as run 2. */
const QUEUED: Step[] = [
  at("2030-01-01T10:00:00.000Z", deploy(V1)),
  ok("2030-01-01T10:00:00.400Z", 1),
  at("2030-01-01T10:00:02.000Z", deploy(V2)),
  ...sixStages(1).slice(1),
  ok("2030-01-01T10:02:31.000Z", 7),
  ok("2030-01-01T10:03:00.000Z", 8),
  ok("2030-01-01T10:03:02.500Z", 9),
  ok("2030-01-01T10:03:10.000Z", 10),
];
const PREVIEW_CONTEXT: TransitionContext = {
  stages: { initialize: {}, deploy: {}, pause: {}, drop: {} },
  timers: { "pause-after": 3600, "drop-after": 7 * 86_400 },
  allowDrop: true,
};
const PAUSED: Step[] = [
  at("2030-01-01T09:00:00.000Z", deploy(V1)),
  ok("2030-01-01T09:01:00.000Z", 1),
  ok("2030-01-01T09:03:00.000Z", 2),
  at("2030-01-01T09:30:00.000Z", op("pause")),
  ok("2030-01-01T09:30:20.000Z", 3),
];
/** The stack exists after V1's run; V2 migrates it: scale down, migrate infrastructure and data, scale up. */
const MIGRATED: Step[] = [
  at("2030-01-01T08:00:00.000Z", deploy(V1)),
  ok("2030-01-01T08:00:05.000Z", 1, "wait-stable"),
  ok("2030-01-01T08:03:05.000Z", 2, "create"),
  ok("2030-01-01T08:04:00.000Z", 3, "db-migrate"),
  ok("2030-01-01T08:04:30.000Z", 4, "scale-up"),
  at("2030-01-01T09:00:00.000Z", deploy(V2)),
  ok("2030-01-01T09:00:04.000Z", 5, "wait-stable"),
  ok("2030-01-01T09:00:40.000Z", 6, "scale-down"),
  ok("2030-01-01T09:02:50.000Z", 7, "infra-migrate"),
  ok("2030-01-01T09:03:10.500Z", 8, "db-migrate"),
  ok("2030-01-01T09:03:55.000Z", 9, "scale-up"),
];

interface Kind {
  readonly name: string;
  readonly lifecycle: Lifecycle;
  readonly steps: readonly Step[];
  readonly context: TransitionContext;
  readonly now: string;
  readonly run?: number;
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
    lifecycle: standard,
    steps: FIRST_DEPLOY,
    context: FULL,
    now: "2030-01-01T10:05:30.000Z",
    verdict: "### ✅ Deployed `ea861e2` in 2m 30s, 6/6 stages",
    timeline: [
      `| validating (validate) | 10:00:00 | <1s | ✅ succeeded · 1 step succeeded | deploy by @alice | [log](${job(1)}) |`,
      `| fetching (fetch) | 10:00:00 | 3.5s | ✅ succeeded · 1 step succeeded | stage.succeeded | [log](${job(2)}) |`,
      `| installing (install) | 10:00:05 | 2m 10s |`,
      "| running | 10:02:30 |  | current state | stage.succeeded |  |",
    ],
    buttons: [],
    links: [
      `**Links:** [commit \`ea861e2\`](${REPO}/commit/${V1}) · [environment](https://web.acme.example) · [workflow job of \`health-check\`](${job(6)})`,
      `deploy of [\`ea861e2\`](${REPO}/commit/${V1})`,
    ],
  },
  {
    name: "rolled-back",
    lifecycle: standard,
    steps: ROLLED_BACK,
    context: FULL,
    now: "2030-01-01T11:04:40.000Z",
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
    lifecycle: standard,
    steps: ROLLED_BACK.slice(0, -1),
    context: FULL,
    now: "2030-01-01T11:01:36.000Z",
    run: 2,
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
    lifecycle: standard,
    steps: QUEUED,
    context: FULL,
    now: "2030-01-01T10:15:00.000Z",
    verdict: "### ✅ Deployed `8d15309` in 40s, 4/4 stages",
    timeline: [
      `| updating (update) | 10:02:30 | 1s | ✅ succeeded · 1 step succeeded | deploy by @alice | [log](${job(7)}) |`,
      "| running | 10:03:10 |  | current state | stage.succeeded |  |",
    ],
    buttons: ["Roll back"],
    links: [
      "started 12 min ago (10:02:30 UTC) · finished 10:03:10 UTC · took 40s · queued 10:00:02 UTC (waited 2m 28s)",
      `[commit \`8d15309\`](${REPO}/commit/${V2})`,
    ],
  },
  {
    name: "paused-preview",
    lifecycle: preview,
    steps: PAUSED,
    context: PREVIEW_CONTEXT,
    now: "2030-01-01T12:00:00.000Z",
    verdict:
      "### ⏸ `pause` on `ea861e2`; `dropping` on 8 Jan 09:03 UTC (in 6 days) by timer `drop-after` if `allowDrop`",
    timeline: [
      `| pausing (pause) | 09:30:00 | 20s | ✅ succeeded · 1 step succeeded | pause by @alice | [log](${job(3)}) |`,
      "| pause | 09:30:20 |  | current state | stage.succeeded |  |",
    ],
    buttons: ["Resume", "Drop"],
    links: [
      "**Next:** timer `drop-after` moves it to `dropping` in 6 days (8 Jan 09:03 UTC)",
      `[commit \`ea861e2\`](${REPO}/commit/${V1})`,
    ],
  },
  {
    name: "stack-migration",
    lifecycle: stack,
    steps: MIGRATED,
    context: {},
    now: "2030-01-01T09:05:00.000Z",
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
];

describe("golden check-run pages", () => {
  it.each(KINDS)(
    "$name: the verdict, the timeline, the buttons and the links",
    async (kind) => {
      const d = drive(kind.lifecycle, kind.steps, kind.context);
      const state: DeploymentState = d.state;
      const summary = deploymentSummary(kind.lifecycle, state, undefined, {
        now: kind.now,
        links: LINKS,
        ...(kind.run === undefined ? {} : { run: kind.run }),
      });
      expect(summary.split("\n")[0]).toBe(kind.verdict);
      for (const row of kind.timeline) expect(summary).toContain(row);
      if (kind.folded) {
        const fold = summary.indexOf("that took no time</summary>");
        expect(fold).toBeGreaterThan(0);
        expect(summary.indexOf(kind.folded)).toBeGreaterThan(fold);
      }
      for (const link of kind.links) expect(summary).toContain(link);
      const ended = kind.run !== undefined && kind.run !== state.run?.id;
      expect(runButtons(kind.lifecycle, state, { ended }).map((b) => b.label)).toEqual(kind.buttons);
      expect(summary).not.toMatch(/\| always \|/);
      for (const block of summary.matchAll(/```mermaid\n([\s\S]*?)```/g)) await parseMermaid(block[1] ?? "");
      await expect(`${summary}\n`).toMatchFileSnapshot(`./__golden__/summary-${kind.name}.md`);
      // The first page loads Mermaid's parser, which takes seconds on a loaded machine.
    },
    60_000,
  );
});
