/**
 * The pull request a run deploys: recorded from the trigger that knew it, carried through the
 * queue and retries, absent where no pull request caused the run, and linked from the page.
 */
import { describe, expect, it } from "vitest";
import { linksLine } from "../../src/core/summary-links.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploy, drive, fail, op, succeed, type Step } from "./lifecycles/drive.ts";

const standard = builtinLifecycle("standard");
const installOnly = { stages: { install: {}, rollback: {} } };
const SHA = "8d15309e2d1fa29cb010091d722796918f8afaa8";

/** A merge the App announced with its pull request's number. */
function mergedPr(version: string, pullRequest: number): Step {
  const inner = deploy(version);
  return { label: `${inner.label} (#${pullRequest})`, build: (s) => ({ ...inner.build(s), pullRequest }) };
}

describe("the pull request of a run", () => {
  const rows: [string, Step[], number | undefined][] = [
    ["a merged pull request's run records it", [mergedPr("v1", 12)], 12],
    ["a push (or a local run) has none", [deploy("v1", "push")], undefined],
    ["a trigger queued behind a run brings it to the run it starts", [deploy("v1"), mergedPr("v2", 7), succeed()], 7],
    [
      "the newest queued trigger wins, with its own pull request",
      [deploy("v1"), mergedPr("v2", 7), mergedPr("v3", 8), succeed()],
      8,
    ],
    ["a retry is the same run: it keeps it", [mergedPr("v1", 12), fail(), op("retry")], 12],
    [
      "a rollback run deploys an older version, not the pull request",
      [mergedPr("v1", 11), succeed(), mergedPr("v2", 12), fail()],
      undefined,
    ],
  ];
  it.each(rows)("%s", (_, steps, expected) => {
    const { state } = drive(standard, steps, installOnly);
    expect(state.run?.pullRequest).toBe(expected);
  });

  it("is queued with the trigger, so the state file keeps it while it waits", () => {
    const { state } = drive(standard, [deploy("v1"), mergedPr("v2", 7)], installOnly);
    expect(state.queue).toMatchObject([{ version: "v2", pullRequest: 7 }]);
  });

  it("links from the page's links line, as a link when the repository is known", () => {
    const { state } = drive(standard, [mergedPr(SHA, 12)], installOnly);
    expect(linksLine(state, { repository: "https://github.com/acme/web" })).toBe(
      `**Links:** [commit \`8d15309\`](https://github.com/acme/web/commit/${SHA}) · [pull request #12](https://github.com/acme/web/pull/12)`,
    );
    expect(linksLine(state, undefined)).toBe("**Links:** pull request #12");
    expect(linksLine(drive(standard, [deploy(SHA, "push")], installOnly).state, undefined)).toBe("");
  });
});
