import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubStandin, RunView } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
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

const PREVIEW_MANIFEST = `lifecycle: preview
triggers:
  pullRequests: true
  paths: ["site/**"]
scope:
  allowDrop: true
stages:
  initialize: { steps: [{ run: ./init.sh }] }
  deploy: { steps: [{ run: ./deploy.sh }] }
  pause: { steps: [{ run: ./pause.sh }] }
  drop: { steps: [{ run: ./drop.sh }] }
`;

/** A repository with `web` deployed from a push to main; returns the deployed version. */
async function deployedRepo(name: string, previews = false): Promise<string> {
  const preview: Record<string, string> = previews ? { ".ferry/deployments/preview.yml": PREVIEW_MANIFEST } : {};
  await gh.createRepo({
    owner,
    name,
    files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, ...preview, "site/index.html": "v0\n" },
  });
  gh.setPermission(owner, name, "lead", "admin");
  const sha = await gh.push({ owner, repo: name, actor: "lead", branch: "main", files: { "site/index.html": "v1\n" } });
  await runToRest(gh, [replica], { repo: name });
  return sha;
}

/**
 * Runs dispatched for one repository and not yet picked up; other tests' repositories share the stand-in, and each
 * test completes only its own repository's runs (`runToRest(…, { repo })`), so another test's may stay queued.
 */
function pendingIn(repo: string): RunView[] {
  return gh.runner.pending().filter((r) => r.owner === owner && r.repo === repo);
}

beforeAll(async () => {
  gh = await startTestStandin();
  replica = await startReplica(gh, { clock: testClock() });
  gh.setWebhookTargets([replica.url]);
});
afterAll(async () => {
  await replica.close();
  await gh.close();
});

describe("who may act", () => {
  it("refuses a label from someone without write access with a comment, removes the label, and changes nothing", async () => {
    const repo = "guarded";
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
    });
    gh.setPermission(owner, repo, "reader", "read");
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "lead",
      head: "change",
      files: { "site/index.html": "v2\n" },
    });
    await settle(gh, [replica]);
    const head = await gh.branchSha(owner, repo, "ferry/state");
    for (const actor of ["reader", "stranger"]) {
      await gh.label({ owner, repo, number: pr.number, label: "ferry:deploy", actor });
      await settle(gh, [replica]);
    }
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect(pendingIn(repo)).toEqual([]);
    expect(gh.labels(owner, repo, pr.number)).toEqual([]);
    const bodies = gh.comments(owner, repo, pr.number).map((c) => c.body);
    expect(bodies).toHaveLength(2);
    expect(bodies[0]).toContain(
      "@reader has read access to this repository; acting on deployments needs write or more",
    );
    expect(bodies[1]).toContain("@stranger has none access");
    expect(gh.violations).toEqual([]);
  });
});

describe("GitHub errors", () => {
  it("a repository without the runner workflow gets a failed stage that says what to add", async () => {
    const repo = "unwired";
    await gh.createRepo({
      owner,
      name: repo,
      files: { ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
    });
    await gh.push({ owner, repo, actor: "lead", branch: "main", files: { "site/index.html": "v1\n" } });
    await settle(gh, [replica]);
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("failed");
    expect(state?.error?.message).toContain(".github/workflows/ferry-stage.yml was not found");
    expect(gh.checkRuns(owner, repo).find((c) => c.name === "ferry/web")?.output.summary).toContain(
      "ferry-stage.yml was not found",
    );
    expect(gh.violations).toEqual([]);
  });
});

describe("forks", () => {
  it("a pull request from a fork gets no preview and its labels are refused", async () => {
    const repo = "forked";
    await deployedRepo(repo, true);
    const fork = await gh.openPullRequest({
      owner,
      repo,
      actor: "outsider",
      head: "patch",
      files: { "site/index.html": "pwned\n" },
      fork: true,
    });
    await settle(gh, [replica]);
    expect(await stateOf(gh, owner, repo, `preview-pr-${fork.number}`)).toBeUndefined();
    expect(pendingIn(repo)).toEqual([]);
    await gh.label({ owner, repo, number: fork.number, label: "ferry:deploy", actor: "lead" });
    await settle(gh, [replica]);
    expect(pendingIn(repo)).toEqual([]);
    expect(gh.labels(owner, repo, fork.number)).toEqual([]);
    expect(gh.comments(owner, repo, fork.number).at(-1)?.body).toContain("comes from a fork");
    // The same change from a branch of the repository gets its preview.
    const own = await gh.openPullRequest({
      owner,
      repo,
      actor: "lead",
      head: "own",
      files: { "site/index.html": "mine\n" },
    });
    await settle(gh, [replica]);
    expect(pendingIn(repo).map((r) => [r.inputs["deployment"], r.inputs["stage"], r.inputs["version"]])).toEqual([
      [`preview-pr-${own.number}`, "initialize", own.headSha],
    ]);
    expect(gh.violations).toEqual([]);
  });
});

describe("validation", () => {
  it("a hostile .github/ferry.yml (1,000 levels deep) is refused before it is parsed: the App stays up with the safe defaults", async () => {
    const repo = "hostile-settings";
    await deployedRepo(repo);
    const deep = "[".repeat(1000) + "]".repeat(1000);
    await gh.push({
      owner,
      repo,
      actor: "lead",
      branch: "main",
      files: { ".github/ferry.yml": `minimumPermission: read\nlabels: ${deep}\n` },
    });
    await settle(gh, [replica]);
    gh.setPermission(owner, repo, "reader", "read");
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "lead",
      head: "pause-it",
      files: { "site/index.html": "v2\n" },
    });
    await settle(gh, [replica]);
    // The file would let readers act; refused unparsed, the default (write) applies.
    await gh.label({ owner, repo, number: pr.number, label: "ferry:pause", actor: "reader" });
    await settle(gh, [replica]);
    expect(gh.comments(owner, repo, pr.number).at(-1)?.body).toContain("acting on deployments needs write or more");
    await gh.label({ owner, repo, number: pr.number, label: "ferry:pause", actor: "lead" });
    await settle(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toBeTruthy();
    expect(gh.violations).toEqual([]);
  }, 60_000);

  it("an invalid manifest in a pull request fails ferry/config with annotations at its lines before merge, and triggers nothing after it", async () => {
    const repo = "checked";
    const deployed = await deployedRepo(repo);
    expect((await stateOf(gh, owner, repo, "web"))?.run?.version).toBe(deployed);
    const invalid = WEB_MANIFEST.replace("  install:\n", "  install:\n    timeout: forever\n").replace(
      "  rollback:\n    steps:\n      - run: ./rollback.sh\n",
      "  rollback:\n    steps: []\n",
    );
    const many =
      "lifecycle: standard\nenv:\n" +
      Array.from({ length: 60 }, (_, i) => `  V${i}: [1]`).join("\n") +
      "\nstages:\n  install:\n    steps:\n      - run: x\n  rollback:\n    steps:\n      - run: y\n";
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "lead",
      head: "bad",
      files: { ".ferry/deployments/web.yml": invalid, ".ferry/deployments/many.yml": many, "site/index.html": "v3\n" },
    });
    await settle(gh, [replica]);
    const check = gh.checkRuns(owner, repo).find((c) => c.name === "ferry/config" && c.headSha === pr.headSha)!;
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    const web = check.annotations
      .filter((a) => a.path === ".ferry/deployments/web.yml")
      .map((a) => [a.start_line, a.annotation_level]);
    expect(web).toEqual([
      [7, "failure"],
      [11, "failure"],
    ]);
    expect(check.annotations.filter((a) => a.path === ".ferry/deployments/many.yml")).toHaveLength(60);
    expect(
      check.annotations.find((a) => a.path === ".ferry/deployments/many.yml" && a.start_line === 62)?.message,
    ).toBe("must be text or a map, not a list");

    await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
    await settle(gh, [replica]);
    expect(pendingIn(repo)).toEqual([]);
    // The merge of the invalid manifest (with a site change) deployed nothing: the pushed v1 is still the run.
    expect((await stateOf(gh, owner, repo, "web"))?.run?.version).toBe(deployed);
    expect(await stateOf(gh, owner, repo, "many")).toBeUndefined();

    // The last valid manifest stays in force: a later change to the site still deploys with it.
    const fixed = await gh.push({ owner, repo, actor: "lead", branch: "main", files: { "site/index.html": "v4\n" } });
    await settle(gh, [replica]);
    expect(pendingIn(repo).map((r) => [r.inputs["deployment"], r.inputs["version"]])).toEqual([["web", fixed]]);
    await runToRest(gh, [replica], { repo });
    expect((await stateOf(gh, owner, repo, "web"))?.run?.version).toBe(fixed);
    expect(gh.violations).toEqual([]);
  });

  it("a valid change to the ferry files passes ferry/config, and Re-run checks it again", async () => {
    const repo = "rechecked";
    await deployedRepo(repo);
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "lead",
      head: "good",
      files: { ".ferry/deployments/web.yml": WEB_MANIFEST.replace("production", "prod") },
    });
    await settle(gh, [replica]);
    const checks = () => gh.checkRuns(owner, repo).filter((c) => c.name === "ferry/config" && c.headSha === pr.headSha);
    expect(checks()).toEqual([expect.objectContaining({ conclusion: "success" })]);
    // "Re-run" on the check validates the commit again, as a new check run.
    await gh.rerequestCheckRun({ owner, repo, checkRunId: checks()[0]!.id, actor: "lead" });
    await settle(gh, [replica]);
    expect(checks()).toEqual([
      expect.objectContaining({ conclusion: "success" }),
      expect.objectContaining({ conclusion: "success" }),
    ]);
    expect(gh.violations).toEqual([]);
  });
});
