import { readFileSync } from "node:fs";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  completeRuns,
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  type Replica,
  mergeSite,
} from "../app/support/ferry-harness.ts";

/**
 * The canary example as a repository has it: its own lifecycle with a `promote` gate, `staging`
 * on the standard lifecycle, and `web` (production) promoted from staging's `running`.
 */
const EXAMPLE = new URL("../../examples/canary/.ferry/", import.meta.url);
const example = (path: string) => readFileSync(new URL(path, EXAMPLE), "utf8");
const FILES = {
  ...STAGE_WORKFLOW,
  ".ferry/lifecycles/canary.yml": example("lifecycles/canary.yml"),
  ".ferry/deployments/staging.yml": example("deployments/staging.yml"),
  ".ferry/deployments/web.yml": example("deployments/web.yml"),
  "site/index.html": "v0\n",
};

const owner = "acme";
let repo = "";
let repos = 0;
let gh: GitHubStandin;
let replica: Replica;

const webChecks = () => gh.checkRuns(owner, repo).filter((c) => c.name === "ferry/web");
/** The runs still queued in this test's repository. */
const pendingRuns = () => gh.runner.pending().filter((r) => r.repo === repo);

/** v1 merged and through staging; production's canary of it paused at the promote gate (the first test's path). */
async function canaryOfV1(): Promise<{ pr: number; v1: string }> {
  const { pr, sha } = await mergeSite(gh, owner, repo, "v1");
  expect(await runToRest(gh, [replica])).toEqual(["install", "canary"]);
  expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("paused");
  return { pr, v1: sha };
}

/** v1's canary promoted: production runs v1 stable (the first and third tests' path). */
async function stableV1(): Promise<{ pr: number; v1: string }> {
  const merged = await canaryOfV1();
  await gh.label({ owner, repo, number: merged.pr, label: "ferry:promote", actor: "lead" });
  expect(await runToRest(gh, [replica])).toEqual(["promote"]);
  expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("stable");
  return merged;
}

beforeAll(async () => {
  gh = await startTestStandin();
  replica = await startReplica(gh, { clock: testClock() });
  gh.setWebhookTargets([replica.url]);
});
// Each test gets its own repository and brings it to the state it needs, so any order works.
beforeEach(async () => {
  repo = `shop-${++repos}`;
  await gh.createRepo({ owner, name: repo, files: FILES });
  gh.setPermission(owner, repo, "lead", "write");
  gh.setPermission(owner, repo, "reader", "read");
});
afterAll(async () => {
  await replica.close();
  await gh.close();
});

describe("a lifecycle's own events and promotion, through the App", () => {
  it("a merge deploys staging; production refuses the version until staging runs it, says so on the commit, then deploys it", async () => {
    const { sha: v1 } = await mergeSite(gh, owner, repo, "v1");
    await settle(gh, [replica]);
    expect(pendingRuns().map((r) => [r.inputs["deployment"], r.inputs["stage"]])).toEqual([["staging", "install"]]);
    expect(await stateOf(gh, owner, repo, "web")).toBeUndefined();
    const notice = webChecks().find((c) => c.headSha === v1);
    expect(notice).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(notice?.output.title).toBe("web: not deployed yet, this version has not been promoted");
    expect(notice?.output.summary).toContain(`not-promoted): ${v1.slice(0, 7)} has not reached running in staging`);

    // staging's install succeeds: staging runs v1, and production starts its canary of v1.
    expect(await completeRuns(gh, [replica])).toEqual(["install"]);
    expect(pendingRuns().map((r) => [r.inputs["deployment"], r.inputs["stage"], r.inputs["version"]])).toEqual([
      ["web", "canary", v1],
    ]);
    expect(await runToRest(gh, [replica])).toEqual(["canary"]);
    const web = await stateOf(gh, owner, repo, "web");
    expect(web?.regions["main"]?.state).toBe("paused");
    expect(web?.run).toMatchObject({ version: v1, cause: "promotion" });
    const check = webChecks().at(-1);
    expect(check).toMatchObject({ headSha: v1, status: "completed", conclusion: "action_required" });
    // The gate's own events come first; no Pause: the run waits for a person, nothing is going on to hold.
    expect(check?.actions.map((a) => [a.identifier, a.label, a.description])).toEqual([
      ["promote", "Promote", "Send all traffic to the canary"],
      ["abort", "Abort", "Take the canary down"],
    ]);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("a ferry:promote label needs the same access as the built-in labels; a ferry: label no lifecycle declares is left alone", async () => {
    const { pr } = await canaryOfV1();
    const head = await gh.branchSha(owner, repo, "ferry/state");
    const comments = gh.comments(owner, repo, pr).length;
    await gh.label({ owner, repo, number: pr, label: "ferry:promote", actor: "reader" });
    await settle(gh, [replica]);
    expect(gh.labels(owner, repo, pr)).toEqual([]);
    expect(gh.comments(owner, repo, pr).at(-1)?.body).toContain(
      "@reader has read access to this repository; acting on deployments needs write or more",
    );
    await gh.label({ owner, repo, number: pr, label: "ferry:approve", actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.labels(owner, repo, pr)).toEqual(["ferry:approve"]);
    expect(gh.comments(owner, repo, pr)).toHaveLength(comments + 1);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(pendingRuns()).toEqual([]);
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("a ferry:promote label promotes the canary of the deployment whose lifecycle declares it, and says so", async () => {
    const { pr, v1 } = await canaryOfV1();
    await gh.label({ owner, repo, number: pr, label: "ferry:promote", actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.labels(owner, repo, pr)).toEqual([]);
    const body = gh.comments(owner, repo, pr).at(-1)?.body ?? "";
    expect(body).toContain("`ferry:promote` from @lead:");
    expect(body).toContain("`web`: paused → promoting");
    expect(body).not.toContain("`staging`");
    expect(pendingRuns().map((r) => [r.inputs["deployment"], r.inputs["stage"]])).toEqual([["web", "promote"]]);
    expect(await runToRest(gh, [replica])).toEqual(["promote"]);
    const web = await stateOf(gh, owner, repo, "web");
    expect(web?.regions["main"]?.state).toBe("stable");
    expect(web?.history.find((h) => h.event === "promote")).toMatchObject({ from: "paused", actor: "lead" });
    expect(webChecks().at(-1)).toMatchObject({ headSha: v1, conclusion: "success" });
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("the Abort button on the next canary's check run aborts it; the stable version stays", async () => {
    const { v1 } = await stableV1();
    const { sha: v2 } = await mergeSite(gh, owner, repo, "v2");
    expect(await runToRest(gh, [replica])).toEqual(["install", "canary"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ version: v2, id: 2 });
    const check = webChecks().findLast((c) => c.headSha === v2 && c.externalId === "ferry:web:2");
    expect(check?.actions.map((a) => a.identifier)).toContain("abort");
    await gh.requestAction({ owner, repo, checkRunId: check!.id, identifier: "abort", actor: "lead" });
    expect(await runToRest(gh, [replica])).toEqual(["abort"]);
    const web = await stateOf(gh, owner, repo, "web");
    expect(web?.regions["main"]?.state).toBe("aborted");
    expect(web?.good.map((g) => g.version)).toEqual([v1]);
    expect(web?.history.find((h) => h.event === "abort")).toMatchObject({ from: "paused", actor: "lead" });
    expect(gh.violations).toEqual([]);
  }, 60_000);
});
