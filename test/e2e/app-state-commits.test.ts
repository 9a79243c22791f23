/**
 * What a deploy costs on `ferry/state`, counted through the whole App (a real Probot server, signed
 * webhooks, the GitHub stand-in): one commit per lifecycle move, none for a stage's dispatch or
 * start. And what that relies on holds: a replica that dispatched a stage and then died took
 * nothing with it, since the run's title names the stage its completion moves.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import type { GitCommit } from "../support/github-standin/git-store.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  WEB_MANIFEST,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
/** A `standard` manifest that declares all six stages, so each move of a first deploy runs one. */
const FULL_MANIFEST = `lifecycle: standard
environment: production
triggers:
  paths: ["site/**"]
stages:
${["validate", "fetch", "prepare", "install", "activate", "health-check", "rollback"]
  .map((stage) => `  ${stage}:\n    steps:\n      - run: echo ${stage}\n`)
  .join("")}`;

let gh: GitHubStandin;

beforeAll(async () => {
  gh = await startTestStandin();
});
afterAll(async () => {
  await gh.close();
});

/** A repository with the stage workflow, `manifest` as web's, and a pull request that changes the site. */
async function repoWithPullRequest(repo: string, manifest: string): Promise<number> {
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": manifest, "site/index.html": "v0\n" },
  });
  gh.setPermission(owner, repo, "lead", "write");
  const pr = await gh.openPullRequest({
    owner,
    repo,
    actor: "dev",
    head: "feature",
    files: { "site/index.html": "v1\n" },
  });
  return pr.number;
}

/** The commits on `ferry/state`, oldest first. */
async function stateCommits(repo: string): Promise<GitCommit[]> {
  return (await gh.history(owner, repo, "ferry/state", 200)).reverse();
}

/** The lifecycle moves a state records: its transitions, the first ones included (history keeps 50). */
function moves(state: DeploymentState | undefined): string[] {
  return (state?.history ?? []).map((h) => `${h.from} → ${h.to}`);
}

describe("state commits", () => {
  it("a first standard deploy (merge to running, ferry/state created on the way) writes one commit per lifecycle move", async () => {
    const repo = "commits";
    const replica = await startReplica(gh, { clock: testClock() });
    gh.setWebhookTargets([replica.url]);
    try {
      const pr = await repoWithPullRequest(repo, FULL_MANIFEST);
      await settle(gh, [replica]);
      gh.resetCounts();
      await gh.mergePullRequest({ owner, repo, number: pr, actor: "lead" });
      expect(await runToRest(gh, [replica])).toEqual([
        "validate",
        "fetch",
        "prepare",
        "install",
        "activate",
        "health-check",
      ]);
      // Issue 12's floor for this deploy: at most 32 requests, 28 of them content-creating; the
      // merge's two webhooks read the state branch once each (bench/github-requests.ts has the table).
      const counts = gh.counts();
      expect(counts.total).toBeLessThanOrEqual(32);
      expect(counts.byKind.contentCreating).toBeLessThanOrEqual(28);
      expect(counts.byOperation["graphql:ferryReadState"]).toBe(2);
      const state = await stateOf(gh, owner, repo, "web");
      expect(state?.regions["main"]?.state).toBe("running");
      expect(moves(state)).toEqual([
        "requested → validating",
        "validating → fetching",
        "fetching → preparing",
        "preparing → installing",
        "installing → activating",
        "activating → health_checking",
        "health_checking → running",
      ]);
      // The branch's root commit (its README), the reconcile cursor of main (first set when the pull
      // request's webhook reconciled, then moved to the merge), and seven moves in seven commits:
      // the dispatches and the runs' starts recorded nothing of their own.
      const [root, ...commits] = await stateCommits(repo);
      expect(root?.parents).toEqual([]);
      const subject = (c: GitCommit) => c.message.split("\n")[0]!;
      const cursors = commits.filter((c) => subject(c).startsWith("ferry: synced main to "));
      const lifecycle = commits.filter((c) => !cursors.includes(c));
      expect(lifecycle).toHaveLength(moves(state).length);
      expect(cursors).toHaveLength(2);
      expect(commits.every((c) => subject(c).endsWith("[skip ci]"))).toBe(true);
      // Every stage record still links its run, from its result.
      const runs = gh.runner.all().filter((r) => r.repo === repo);
      for (const [i, stage] of (state?.stages ?? []).entries())
        expect(stage).toMatchObject({ status: "succeeded", externalId: String(runs[i]!.id) });
      expect(gh.violations).toEqual([]);
    } finally {
      await replica.close();
    }
  }, 180_000);

  it("a replica that dies after dispatching a stage loses nothing: a fresh one places the run by its title and its completion moves the stage", async () => {
    const repo = "crash";
    const first = await startReplica(gh, { clock: testClock() });
    gh.setWebhookTargets([first.url]);
    const pr = await repoWithPullRequest(repo, WEB_MANIFEST);
    await gh.mergePullRequest({ owner, repo, number: pr, actor: "lead" });
    await settle(gh, [first]);
    const [run] = gh.runner.pending().filter((r) => r.repo === repo);
    expect(run?.inputs).toMatchObject({ deployment: "web", stage: "install", run_id: "1", attempt: "1" });
    const dispatched = await stateOf(gh, owner, repo, "web");
    expect(dispatched?.regions["main"]?.state).toBe("installing");
    // Nothing on the state branch knows the workflow run: the dispatch wrote no commit.
    expect(JSON.stringify(dispatched)).not.toContain(String(run!.id));
    const head = await gh.branchSha(owner, repo, "ferry/state");
    // The replica goes away with whatever it remembered; another one, started cold, gets the webhooks.
    await first.close();
    const second = await startReplica(gh, { clock: testClock() });
    gh.setWebhookTargets([second.url]);
    try {
      await gh.runner.complete(run!.id, "success");
      await settle(gh, [second]);
      const done = await stateOf(gh, owner, repo, "web");
      expect(done?.regions["main"]?.state).toBe("running");
      expect(done?.stages.find((s) => s.stage === "install")).toMatchObject({
        status: "succeeded",
        externalId: String(run!.id),
      });
      // One commit since the dispatch: the stage's result, which moved the lifecycle.
      const commits = await gh.history(owner, repo, "ferry/state", 200);
      expect(commits.findIndex((c) => c.sha === head)).toBe(1);
      expect(
        gh
          .checkRuns(owner, repo)
          .filter((c) => c.name === "ferry/web")
          .at(-1),
      ).toMatchObject({ status: "completed", conclusion: "success" });
      expect(gh.violations).toEqual([]);
    } finally {
      await second.close();
    }
  }, 180_000);

  it("a run someone else dispatched with the same inputs does not move the stage", async () => {
    const repo = "forged";
    const replica = await startReplica(gh, { clock: testClock() });
    gh.setWebhookTargets([replica.url]);
    try {
      const pr = await repoWithPullRequest(repo, WEB_MANIFEST);
      await gh.mergePullRequest({ owner, repo, number: pr, actor: "lead" });
      await settle(gh, [replica]);
      const [ferrys] = gh.runner.pending().filter((r) => r.repo === repo);
      // A person with write access dispatches the stage workflow by hand with ferry's inputs: same title.
      const token = gh.installationToken(owner, repo, "mallory");
      const answer = await fetch(`${gh.baseUrl}/repos/${owner}/${repo}/actions/workflows/ferry-stage.yml/dispatches`, {
        method: "POST",
        headers: { authorization: `token ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ ref: "main", inputs: ferrys!.inputs, return_run_details: true }),
      });
      const { workflow_run_id: forged } = (await answer.json()) as { workflow_run_id: number };
      await gh.runner.complete(forged, "success");
      await settle(gh, [replica]);
      expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("installing");
      // ferry's own run still decides.
      await gh.runner.complete(ferrys!.id, "success");
      await settle(gh, [replica]);
      expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("running");
      expect(gh.violations).toEqual([]);
    } finally {
      await replica.close();
    }
  }, 180_000);
});
