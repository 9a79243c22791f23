import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  completeRuns,
  gitPush,
  runToRest,
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
let gh: GitHubStandin;
let replica: Replica;

beforeAll(async () => {
  gh = await startTestStandin();
  replica = await startReplica(gh, { clock: testClock() });
  gh.setWebhookTargets([replica.url]);
});
afterAll(async () => {
  await replica.close();
  await gh.close();
});

/** A new repository whose `web` deployment runs the merge of its first pull request (v1); `lead` may act on it. */
async function deployedRepo(repo: string): Promise<{ pr: number; v1: string }> {
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
  });
  gh.setPermission(owner, repo, "lead", "write");
  const pr = await gh.openPullRequest({
    owner,
    repo,
    actor: "dev",
    head: "feature",
    files: { "site/index.html": "v1\n" },
  });
  const v1 = await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
  expect(await runToRest(gh, [replica])).toEqual(["install"]);
  expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("running");
  return { pr: pr.number, v1 };
}

describe("ferry as a GitHub App: merges, stages and the four records", () => {
  it("a merge deploys the merge commit, stages run on Actions, and running is recorded on the state branch, status, check run and deployment", async () => {
    const repo = "web";
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
    });
    gh.setPermission(owner, repo, "lead", "write");
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "feature",
      files: { "site/index.html": "v1\n" },
    });
    const mergeSha = await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.runner.pending().map((r) => r.inputs)).toEqual([
      {
        deployment: "web",
        stage: "install",
        version: mergeSha,
        run_id: "1",
        attempt: "1",
        environment: "production",
        runs_on: '"ubuntu-latest"',
      },
    ]);
    expect(await runToRest(gh, [replica])).toEqual(["install"]);

    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("running");
    expect(state?.run).toMatchObject({
      id: 1,
      version: mergeSha,
      cause: "merge",
      actor: "lead",
      pullRequest: pr.number,
    });
    expect(
      gh
        .listStatuses(owner, repo, mergeSha)
        .filter((s) => s.context === "ferry/web")
        .at(-1),
    ).toMatchObject({ state: "success" });
    const checks = gh.checkRuns(owner, repo).filter((c) => c.name === "ferry/web");
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ headSha: mergeSha, status: "completed", conclusion: "success" });
    // The page links the pull request whose merge it deploys.
    expect(checks[0]!.output.summary).toContain(`[pull request #${pr.number}](`);
    const deployments = gh.deployments(owner, repo);
    expect(deployments).toHaveLength(1);
    expect(deployments[0]).toMatchObject({ sha: mergeSha, environment: "production" });
    expect(deployments[0]!.statuses.at(-1)).toMatchObject({ state: "success" });
    // Every webhook was answered within GitHub's delivery timeout (how fast is for the bench).
    expect(gh.deliveries.flatMap((d) => d.attempts.map((a) => a.status))).not.toContain(null);
    expect(gh.violations).toEqual([]);
  });

  it("a pause label holds the deployment and a resume label releases it, each removed with a comment; redelivered, the labels and the merge change nothing the second time", async () => {
    const repo = "web-hold";
    const pr = { number: (await deployedRepo(repo)).pr };
    await gh.label({ owner, repo, number: pr.number, label: "ferry:pause", actor: "lead" });
    await settle(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toMatchObject({ actor: "lead" });
    expect(gh.labels(owner, repo, pr.number)).toEqual([]);
    expect(gh.comments(owner, repo, pr.number).at(-1)?.body).toMatch(/`ferry:pause` from @lead[\s\S]*`web`/);
    expect(
      gh
        .checkRuns(owner, repo)
        .filter((c) => c.name === "ferry/web")
        .at(-1),
    ).toMatchObject({ conclusion: "neutral" });

    await gh.label({ owner, repo, number: pr.number, label: "ferry:resume", actor: "lead" });
    await settle(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toBeNull();
    expect(gh.comments(owner, repo, pr.number)).toHaveLength(2);
    expect(
      gh
        .checkRuns(owner, repo)
        .filter((c) => c.name === "ferry/web")
        .at(-1),
    ).toMatchObject({ conclusion: "success" });

    // The pause, the resume and the merge delivered again: nothing moves, nobody is told twice.
    const head = await gh.branchSha(owner, repo, "ferry/state");
    const again = gh.deliveries.filter(
      (d) =>
        d.event === "pull_request" &&
        (d.payload as { repository?: { name?: string } }).repository?.name === repo &&
        ["labeled", "closed"].includes(String((d.payload as { action?: string }).action)),
    );
    expect(again.length, "the pause, the resume and the merge were delivered").toBeGreaterThanOrEqual(3);
    for (const delivery of again) await gh.redeliver(delivery.id);
    await settle(gh, [replica]);
    expect(await gh.branchSha(owner, repo, "ferry/state"), "a redelivery committed to ferry/state").toBe(head);
    expect(gh.comments(owner, repo, pr.number), "a redelivery commented").toHaveLength(2);
    expect(gh.runner.pending(), "a redelivery dispatched a stage").toEqual([]);
    expect(gh.violations).toEqual([]);
  });

  it("a rollback label goes back to the previous good version, and moving the branch back to the rolled-back commit does not redeploy it", async () => {
    const repo = "web-rollback";
    const { v1 } = await deployedRepo(repo);
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "feature-2",
      files: { "site/index.html": "v2\n" },
    });
    const v2 = await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run?.version).toBe(v2);

    await gh.label({ owner, repo, number: pr.number, label: "ferry:rollback", actor: "lead" });
    expect(await runToRest(gh, [replica])).toEqual(["rollback"]);
    const rolledBack = await stateOf(gh, owner, repo, "web");
    expect(rolledBack?.regions["main"]?.state).toBe("running");
    expect(rolledBack?.run).toMatchObject({ kind: "rollback", version: v1, from: v2 });
    expect(rolledBack?.rolledBack?.version).toBe(v2);
    expect(gh.comments(owner, repo, pr.number).at(-1)?.body).toContain("rolling_back");
    const check = gh
      .checkRuns(owner, repo)
      .filter((c) => c.name === "ferry/web")
      .at(-1)!;
    expect(check).toMatchObject({ headSha: v1, conclusion: "success" });
    expect(check.output.summary).toContain(`\`${v2.slice(0, 7)}\` was rolled back`);

    // Someone resets main to the good commit, then moves it forward to the rolled-back one again.
    await gitPush(gh, owner, repo, "dev", "main", [v1, v2]);
    await settle(gh, [replica]);
    expect(gh.runner.pending()).toEqual([]);
    const after = await stateOf(gh, owner, repo, "web");
    expect(after?.run).toMatchObject({ kind: "rollback", version: v1 });
    const notice = gh
      .checkRuns(owner, repo)
      .filter((c) => c.name === "ferry/web" && c.headSha === v2)
      .at(-1);
    expect(notice).toMatchObject({ status: "completed", conclusion: "skipped" });
    expect(notice?.output.summary).toContain("version-rolled-back");

    // The rollback run's page offers to deploy the rolled-back version again, explicitly.
    const page = gh
      .checkRuns(owner, repo)
      .filter((c) => c.name === "ferry/web" && c.headSha === v1)
      .at(-1)!;
    expect(page.actions.map((a) => [a.identifier, a.label])).toContainEqual(["redeploy", `Redeploy ${v2.slice(0, 7)}`]);
    await gh.requestAction({ owner, repo, checkRunId: page.id, identifier: "redeploy", actor: "lead" });
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({
      kind: "deploy",
      version: v2,
      cause: "button",
    });
    expect(gh.violations).toEqual([]);
  });
});

describe("buttons", () => {
  const repo = "api";

  it("after a failed first install, the retry button on its check run runs it again", async () => {
    await gh.createRepo({ owner, name: repo, files: { ...STAGE_WORKFLOW, "site/index.html": "v0\n" } });
    gh.setPermission(owner, repo, "lead", "maintain");
    const sha = await gh.push({
      owner,
      repo,
      actor: "lead",
      branch: "main",
      files: { ".ferry/deployments/api.yml": WEB_MANIFEST },
    });
    expect(await completeRuns(gh, [replica], "failure")).toEqual(["install"]);
    const failed = await stateOf(gh, owner, repo, "api");
    expect(failed?.regions["main"]?.state).toBe("failed");
    expect(failed?.run).toMatchObject({ version: sha, cause: "create" });
    const check = gh.checkRuns(owner, repo).find((c) => c.name === "ferry/api")!;
    expect(check).toMatchObject({ conclusion: "failure" });
    expect(check.actions.map((a) => a.identifier)).toContain("retry");

    await gh.requestAction({ owner, repo, checkRunId: check.id, identifier: "retry", actor: "lead" });
    await settle(gh, [replica]);
    expect(gh.runner.pending().map((r) => r.inputs)).toEqual([
      expect.objectContaining({ deployment: "api", stage: "install", attempt: "2" }),
    ]);
    expect(await runToRest(gh, [replica])).toEqual(["install"]);
    const running = await stateOf(gh, owner, repo, "api");
    expect(running?.regions["main"]?.state).toBe("running");
    expect(running?.run).toMatchObject({ id: 1, attempt: 2 });
    expect(
      gh
        .checkRuns(owner, repo)
        .filter((c) => c.name === "ferry/api")
        .at(-1),
    ).toMatchObject({ id: check.id, conclusion: "success" });
    expect(gh.violations).toEqual([]);
  });
});

describe("concurrency and removal", () => {
  const API = WEB_MANIFEST.replace("production", "api")
    .replace('paths: ["site/**"]', 'paths: ["api/**"]')
    .replace("lifecycle: standard\n", "lifecycle: standard\nconcurrency: reject\n");

  it("queues a trigger behind a busy queue-policy deployment (shown in its check run) and rejects one for a reject-policy deployment, naming the run that holds it", async () => {
    const repo = "busy";
    await gh.createRepo({
      owner,
      name: repo,
      files: {
        ...STAGE_WORKFLOW,
        ".ferry/deployments/web.yml": WEB_MANIFEST,
        ".ferry/deployments/api.yml": API,
        "site/index.html": "v0\n",
        "api/main.go": "v0\n",
      },
    });
    const first = await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: { "site/index.html": "v1\n", "api/main.go": "v1\n" },
    });
    await settle(gh, [replica]);
    const second = await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: { "site/index.html": "v2\n", "api/main.go": "v2\n" },
    });
    await settle(gh, [replica]);
    const web = await stateOf(gh, owner, repo, "web");
    expect(web?.queue.map((q) => q.version)).toEqual([second]);
    const webCheck = gh
      .checkRuns(owner, repo)
      .filter((c) => c.name === "ferry/web")
      .at(-1)!;
    expect(webCheck).toMatchObject({ headSha: first, status: "in_progress" });
    expect(webCheck.output.summary).toContain(`**Queued (1):** \`${second.slice(0, 7)}\``);
    const notice = gh.checkRuns(owner, repo).find((c) => c.name === "ferry/api" && c.headSha === second);
    expect(notice).toMatchObject({ status: "completed", conclusion: "neutral" });
    expect(notice?.output.summary).toContain(`run 1 (${first.slice(0, 7)}) holds the deployment`);

    // When web's run ends, the queued commit runs; api stays on the first.
    expect((await runToRest(gh, [replica])).sort()).toEqual(["install", "install", "install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ id: 2, version: second, cause: "push" });
    expect((await stateOf(gh, owner, repo, "api"))?.run).toMatchObject({ id: 1, version: first });
    expect(gh.violations).toEqual([]);
  });

  it("a removed manifest is handled by its lifecycle (remove), not forgotten", async () => {
    const repo = "removal";
    await gh.createRepo({
      owner,
      name: repo,
      files: {
        ...STAGE_WORKFLOW,
        ".ferry/deployments/web.yml": WEB_MANIFEST,
        ".ferry/deployments/api.yml": API,
        "site/index.html": "v0\n",
        "api/main.go": "v0\n",
      },
    });
    await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: { "site/index.html": "v1\n", "api/main.go": "v1\n" },
    });
    expect((await runToRest(gh, [replica])).sort()).toEqual(["install", "install"]);
    await gh.push({ owner, repo, actor: "dev", branch: "main", files: { ".ferry/deployments/api.yml": null } });
    await settle(gh, [replica]);
    const api = await stateOf(gh, owner, repo, "api");
    expect(api?.regions["main"]?.state).toBe("deleted");
    expect(api?.history.filter((h) => h.event === "remove").map((h) => h.from)).toEqual(["running"]);
    expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("running");
    expect(gh.violations).toEqual([]);
  });
});
