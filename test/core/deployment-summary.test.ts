/**
 * The check-run summary's facts, case by case (the whole pages of each report kind are pinned in
 * `summary-golden.test.ts`): the verdict, the failure and its log, times, actors, the timeline.
 */
import { describe, expect, it } from "vitest";
import { deploymentSummary, deploymentVerdict } from "../../src/core/deployment-summary.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, drive, fail, op, succeed, type Step } from "./lifecycles/drive.ts";

const standard = builtinLifecycle("standard");
const preview = builtinLifecycle("preview");

const V1 = "ea861e269c0fe6d9cd0ac1fab7cae4aa39c20b22";
const V2 = "8d15309e2d1fa29cb010091d722796918f8afaa8";
const FULL: TransitionContext = {
  stages: Object.fromEntries(
    ["validate", "fetch", "prepare", "install", "activate", "health-check", "update", "rollback"].map((s) => [s, {}]),
  ),
};
const job = (n: number): string => `https://github.com/acme/web/actions/runs/${n}/job/${n + 1000}`;

/** The step at a given time, so durations read like real ones (`<1s`, `3.5s`, `2m 10s`). */
function at(iso: string, inner: Step): Step {
  return { label: inner.label, build: (state) => ({ ...inner.build(state), at: iso }) };
}
/** A runner report at a given time, sent by ferry itself as local mode and the App's reconciler do. */
function byFerry(iso: string, inner: Step): Step {
  return { label: inner.label, build: (state) => ({ ...inner.build(state), at: iso, actor: "ferry" }) };
}
/** The stage running now succeeds at `iso`, with its job link. */
const ok = (iso: string, n: number): Step => byFerry(iso, succeed({ url: job(n), message: "1 step succeeded" }));

/** A merge by someone known only by a local git name (with a space: never a mention). */
function jane(version: string): Step {
  return {
    label: `deploy ${version} by Jane Doe`,
    build: () => ({ type: "deploy", version, cause: "merge", actor: "Jane Doe" }),
  };
}

const FIRST_DEPLOY: Step[] = [
  at("2030-01-01T10:00:00.000Z", deploy(V1)),
  ok("2030-01-01T10:00:00.400Z", 1),
  ok("2030-01-01T10:00:03.900Z", 2),
  ok("2030-01-01T10:00:05.000Z", 3),
  ok("2030-01-01T10:02:15.000Z", 4),
  ok("2030-01-01T10:02:18.500Z", 5),
  ok("2030-01-01T10:02:30.000Z", 6),
];
const ROLLED_BACK: Step[] = [
  ...FIRST_DEPLOY,
  at("2030-01-01T11:00:00.000Z", jane(V2)),
  ok("2030-01-01T11:00:02.000Z", 7),
  ok("2030-01-01T11:01:00.000Z", 8),
  ok("2030-01-01T11:01:04.000Z", 9),
  byFerry(
    "2030-01-01T11:01:34.500Z",
    fail({ url: job(10), message: 'step "wait for the app to answer" failed: GET /health → 503' }),
  ),
  ok("2030-01-01T11:01:40.000Z", 11),
];

describe("the check-run summary", () => {
  it("success: a verdict with the time the run took and its stages, times as people read them, ferry as the app", () => {
    const d = drive(standard, FIRST_DEPLOY, FULL);
    const summary = deploymentSummary(standard, d.state, undefined, { now: "2030-01-01T10:05:30.000Z" });
    expect(summary.split("\n")[0]).toBe("### ✅ Deployed `ea861e2` in 2m 30s, 6/6 stages");
    expect(summary).toContain("started 5 min ago (10:00:00 UTC)");
    expect(summary).toContain("| validating (validate) | 10:00:00 | <1s | ✅ succeeded · 1 step succeeded |");
    expect(summary).toContain("| fetching (fetch) | 10:00:00 | 3.5s | ✅ succeeded ·");
    expect(summary).toContain("| installing (install) | 10:00:05 | 2m 10s | ✅ succeeded ·");
    expect(summary).not.toContain("#### Transitions");
    expect(summary).not.toContain("#### Stages");
    expect(summary).not.toContain("@ferry");
    expect(summary).toContain("by @alice");
  });

  it("failed, then rolled back: the rollback run names the failed run, where it failed, and links that stage's log", () => {
    const d = drive(standard, ROLLED_BACK, FULL);
    expect(d.state.run).toMatchObject({ id: 3, kind: "rollback" });
    const summary = deploymentSummary(standard, d.state, undefined, { now: "2030-01-01T11:04:40.000Z" });
    expect(summary.split("\n")[0]).toBe(
      '### ⚠️ Rolled back: `8d15309` failed `health-check` (step "wait for the app to answer" failed: GET /health → 503); `ea861e2` is live again',
    );
    expect(summary).toContain(
      `> **Run 2 (\`8d15309\`): health-check failed** in \`health_checking\` after 30s, 3 min ago (11:01:34 UTC) · [log of \`health-check\`](${job(10)})`,
    );
    // The failed run's stage is shown with its log even though the page is the rollback run's.
    expect(summary).toContain(
      "**Run 3** · rollback of `ea861e2` (rolling back from `8d15309`) · caused by rollback · by ferry[bot]",
    );
    expect(summary).not.toContain("@ferry");
  });

  it("the failed run's own page, rendered after the rollback started, says it failed and was rolled back, with its log", () => {
    const d = drive(standard, ROLLED_BACK.slice(0, -1), FULL);
    expect(d.state.run).toMatchObject({ id: 3, kind: "rollback" });
    const summary = deploymentSummary(standard, d.state, undefined, { run: 2 });
    expect(summary.split("\n")[0]).toBe(
      '### ⚠️ Rolled back: `8d15309` failed `health-check` (step "wait for the app to answer" failed: GET /health → 503)',
    );
    expect(summary).toContain(`[log of \`health-check\`](${job(10)})`);
    expect(summary).toContain("**Run 2** · ended by run 3. Run 3 rolls back to `ea861e2`.");
    expect(summary).toContain(
      "| updating (update) | 11:00:00 | 2s | ✅ succeeded · 1 step succeeded | deploy by Jane Doe |",
    );
    expect(summary).not.toContain("rollback_needed → rolling_back");
    // The run that finished before a queued trigger started reads as deployed.
    const first = deploymentSummary(standard, d.state, undefined, { run: 1 });
    expect(first.split("\n")[0]).toBe("### ✅ Deployed `ea861e2` in 2m 30s");
  });

  it("a retried rollback (the retry clears the error) still names the run it undoes and links its log", () => {
    const d = drive(
      standard,
      [...ROLLED_BACK.slice(0, -1), byFerry("2030-01-01T11:01:50.000Z", fail({ message: "restore failed" }))],
      FULL,
    );
    expect(d.current()).toBe("rollback_failed");
    expect(deploymentVerdict(standard, d.state, { now: d.state.updatedAt, actors: "github" })).toBe(
      "❌ Rollback to `ea861e2` failed at `rollback` (restore failed)",
    );
    d.send(at("2030-01-01T11:05:00.000Z", op("retry")));
    expect(d.state.error).toBeNull();
    const summary = deploymentSummary(standard, d.state);
    expect(summary.split("\n")[0]).toBe(
      '### 🔄 Rolling back to `ea861e2` after `8d15309` failed `health-check` (step "wait for the app to answer" failed: GET /health → 503): `rolling_back`',
    );
    expect(summary).toContain(`[log of \`health-check\`](${job(10)})`);
  });

  it("the deploy run that failed reads as a failure with the same place and log", () => {
    // A first deploy has nothing to roll back to, so its failure rests in `failed`.
    const d = drive(
      standard,
      [
        ...FIRST_DEPLOY.slice(0, 6).map((s) => (s === FIRST_DEPLOY[0] ? at("2030-01-01T10:00:00.000Z", jane(V2)) : s)),
        at("2030-01-01T10:02:45.500Z", fail({ url: job(10), message: "GET /health → 503" })),
      ],
      FULL,
    );
    expect(d.current()).toBe("failed");
    const verdict = deploymentVerdict(standard, d.state, { now: "2030-01-01T10:03:00.000Z", actors: "github" });
    expect(verdict).toBe("❌ Failed: `8d15309` failed `health-check` (GET /health → 503)");
    const summary = deploymentSummary(standard, d.state);
    expect(summary).toContain(`> [!CAUTION]`);
    expect(summary).toContain(`[log of \`health-check\`](${job(10)})`);
    expect(summary).toContain("by Jane Doe");
  });

  it("a paused preview: the verdict says what happens next and when, and the diagram is folded away below", () => {
    const context: TransitionContext = {
      stages: { initialize: {}, deploy: {}, pause: {}, drop: {} },
      timers: { "pause-after": 3600, "drop-after": 7 * 86_400 },
      allowDrop: true,
    };
    const d = drive(
      preview,
      [
        at("2030-01-01T09:00:00.000Z", deploy(V1)),
        ok("2030-01-01T09:01:00.000Z", 1),
        ok("2030-01-01T09:03:00.000Z", 2),
        at("2030-01-01T09:30:00.000Z", op("pause")),
        ok("2030-01-01T09:30:20.000Z", 3),
      ],
      context,
    );
    expect(d.current()).toBe("pause");
    const summary = deploymentSummary(preview, d.state, undefined, { now: "2030-01-01T12:00:00.000Z" });
    expect(summary.split("\n")[0]).toBe(
      "### ⏸ `pause` on `ea861e2`; `dropping` on 8 Jan 09:03 UTC (in 6 days) by timer `drop-after` if `allowDrop`",
    );
    const details = summary.indexOf("<details><summary>Diagram: this run's path</summary>");
    expect(details).toBeGreaterThan(summary.indexOf("#### Timeline"));
    expect(summary.indexOf("```mermaid")).toBeGreaterThan(details);
    expect(summary.trimEnd().endsWith("</details>")).toBe(true);
  });

  it("local names are never mentions: the plain style writes every actor as it is", () => {
    const d = drive(standard, ROLLED_BACK.slice(0, 8), FULL);
    const summary = deploymentSummary(standard, d.state, undefined, { actors: "plain" });
    expect(summary).toContain("by Jane Doe");
    expect(summary).not.toMatch(/@\w/);
  });
});

describe("the check run's title: the verdict as plain text", () => {
  const style = (now: string) => ({ now, actors: "github" as const });
  const plain = (d: ReturnType<typeof drive>, now = d.state.updatedAt) =>
    deploymentVerdict(d.lifecycle, d.state, style(now), { plain: true });

  it.each([
    ["a first deploy", FIRST_DEPLOY, "Deployed ea861e2 in 2m 30s, 6/6 stages"],
    [
      "a rollback after a failed health check",
      ROLLED_BACK,
      'Rolled back: 8d15309 failed health-check (step "wait for the app to answer" failed: GET /health → 503); ea861e2 is live again',
    ],
    ["a run in progress", FIRST_DEPLOY.slice(0, 3), "Deploying ea861e2: preparing"],
  ])("%s", (_what, steps, title) => {
    const d = drive(standard, steps, FULL);
    expect(plain(d)).toBe(title);
    // The same words as the summary's heading, without its emoji and code spans.
    const heading = deploymentSummary(standard, d.state).split("\n")[0]!;
    expect(heading.replace(/^### \S+ /u, "").replaceAll("`", "")).toBe(title);
  });

  it("never a relative time, which would go stale in a title read later", () => {
    const d = drive(
      preview,
      [
        at("2030-01-01T09:00:00.000Z", deploy(V1)),
        ok("2030-01-01T09:01:00.000Z", 1),
        ok("2030-01-01T09:03:00.000Z", 2),
        at("2030-01-01T09:30:00.000Z", op("pause")),
        ok("2030-01-01T09:30:20.000Z", 3),
      ],
      {
        stages: { initialize: {}, deploy: {}, pause: {}, drop: {} },
        timers: { "drop-after": 7 * 86_400 },
        allowDrop: true,
      },
    );
    expect(plain(d, "2030-01-01T12:00:00.000Z")).toBe(
      "pause on ea861e2; dropping on 8 Jan 09:03 UTC by timer drop-after if allowDrop",
    );
  });
});
