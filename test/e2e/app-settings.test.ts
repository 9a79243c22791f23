/**
 * `.github/ferry.yml` through the App: a real Probot server gets signed webhooks from the stand-in, and each setting
 * changes what it does. The safe defaults (forks refused, write access, labels and previews on) are tested in
 * app-guards.test.ts; here every setting is set the other way, and a push that changes the file takes effect at once.
 */
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

/** A repository with `web` deployed, `.github/ferry.yml` as given, and optionally a preview manifest. */
async function repoWith(name: string, settings: string, previews = false): Promise<void> {
  const preview: Record<string, string> = previews ? { ".ferry/deployments/preview.yml": PREVIEW_MANIFEST } : {};
  await gh.createRepo({
    owner,
    name,
    files: {
      ...STAGE_WORKFLOW,
      ".ferry/deployments/web.yml": WEB_MANIFEST,
      ".github/ferry.yml": settings,
      ...preview,
      "site/index.html": "v0\n",
    },
  });
  gh.setPermission(owner, name, "lead", "admin");
  await gh.push({ owner, repo: name, actor: "lead", branch: "main", files: { "site/index.html": "v1\n" } });
  await runToRest(gh, [replica], { repo: name });
}

/**
 * Runs dispatched for one repository and not yet picked up. Each test completes only its own repository's runs
 * (`runToRest(…, { repo })`), so a test may end with runs queued: they stay queued, and cost nothing.
 */
function pendingIn(repo: string): RunView[] {
  return gh.runner.pending().filter((r) => r.owner === owner && r.repo === repo);
}

/** Adds `label` as `actor` and waits for the App; returns the App's comment on it, if any. */
async function label(repo: string, number: number, name: string, actor: string): Promise<string | undefined> {
  const before = gh.comments(owner, repo, number).length;
  await gh.label({ owner, repo, number, label: name, actor });
  await settle(gh, [replica]);
  return gh.comments(owner, repo, number).slice(before).at(-1)?.body;
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

describe("minimumPermission", () => {
  it("maintain refuses write and lets maintain act; a push changing it to admin refuses maintain at once", async () => {
    const repo = "gated";
    await repoWith(repo, "minimumPermission: maintain\n");
    gh.setPermission(owner, repo, "wanda", "write");
    gh.setPermission(owner, repo, "mae", "maintain");
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "lead",
      head: "c",
      files: { "site/index.html": "v2\n" },
    });
    await settle(gh, [replica]);

    expect(await label(repo, pr.number, "ferry:pause", "wanda")).toContain(
      "@wanda has write access to this repository; acting on deployments needs maintain or more",
    );
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toBeFalsy();
    await label(repo, pr.number, "ferry:pause", "mae");
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toMatchObject({ actor: "mae" });
    await label(repo, pr.number, "ferry:resume", "mae");
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toBeFalsy();

    // The App read the file a moment ago (it keeps it up to a minute); the push that changes it forgets that copy.
    await gh.push({
      owner,
      repo,
      actor: "lead",
      branch: "main",
      files: { ".github/ferry.yml": "minimumPermission: admin\n" },
    });
    await settle(gh, [replica]);
    expect(await label(repo, pr.number, "ferry:pause", "mae")).toContain(
      "@mae has maintain access to this repository; acting on deployments needs admin or more",
    );
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toBeFalsy();
    await label(repo, pr.number, "ferry:pause", "lead");
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toMatchObject({ actor: "lead" });
    expect(gh.labels(owner, repo, pr.number)).toEqual([]);
    expect(gh.violations).toEqual([]);
  });
});

describe("allowForks: true", () => {
  it("a pull request from a fork gets its preview, and a maintainer's label on it acts", async () => {
    const repo = "open-forks";
    await repoWith(repo, "allowForks: true\n", true);
    const fork = await gh.openPullRequest({
      owner,
      repo,
      actor: "outsider",
      head: "patch",
      files: { "site/index.html": "fork\n" },
      fork: true,
    });
    await settle(gh, [replica]);
    const preview = `preview-pr-${fork.number}`;
    expect(pendingIn(repo).map((r) => [r.inputs["deployment"], r.inputs["stage"], r.inputs["version"]])).toEqual([
      [preview, "initialize", fork.headSha],
    ]);
    await runToRest(gh, [replica], { repo });
    expect((await stateOf(gh, owner, repo, preview))?.regions["main"]?.state).toBe("deploy");

    const answer = await label(repo, fork.number, "ferry:pause", "lead");
    expect(answer ?? "").not.toContain("comes from a fork");
    expect(gh.labels(owner, repo, fork.number)).toEqual([]);
    expect(pendingIn(repo).map((r) => [r.inputs["deployment"], r.inputs["stage"]])).toEqual([[preview, "pause"]]);
    expect(gh.violations).toEqual([]);
  });
});

describe("previews and labels switched off", () => {
  it("previews: { enabled: false } deploys no preview for a pull request of the repository", async () => {
    const repo = "no-previews";
    await repoWith(repo, "previews:\n  enabled: false\n", true);
    const pr = await gh.openPullRequest({ owner, repo, actor: "lead", head: "p", files: { "site/index.html": "p\n" } });
    await settle(gh, [replica]);
    expect(pendingIn(repo)).toEqual([]);
    expect(await stateOf(gh, owner, repo, `preview-pr-${pr.number}`)).toBeUndefined();
    // The same pull request gets its preview once a push turns previews on and the branch moves.
    await gh.push({
      owner,
      repo,
      actor: "lead",
      branch: "main",
      files: { ".github/ferry.yml": "previews:\n  enabled: true\n" },
    });
    await settle(gh, [replica]);
    const next = await gh.push({ owner, repo, actor: "lead", branch: "p", files: { "site/index.html": "p2\n" } });
    await settle(gh, [replica]);
    expect(pendingIn(repo).map((r) => [r.inputs["deployment"], r.inputs["stage"], r.inputs["version"]])).toEqual([
      [`preview-pr-${pr.number}`, "initialize", next],
    ]);
    expect(gh.violations).toEqual([]);
  });

  it("labels: { enabled: false } leaves a ferry label alone: no action, no comment, the label stays", async () => {
    const repo = "no-labels";
    await repoWith(repo, "labels:\n  enabled: false\n");
    const pr = await gh.openPullRequest({ owner, repo, actor: "lead", head: "l", files: { "site/index.html": "l\n" } });
    await settle(gh, [replica]);
    const head = await gh.branchSha(owner, repo, "ferry/state");
    expect(await label(repo, pr.number, "ferry:pause", "lead")).toBeUndefined();
    expect(gh.labels(owner, repo, pr.number)).toEqual(["ferry:pause"]);
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toBeFalsy();
    expect(gh.violations).toEqual([]);
  });
});
