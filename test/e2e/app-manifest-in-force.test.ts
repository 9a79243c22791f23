import { afterAll, beforeAll, describe, expect, it } from "vitest";
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
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
let gh: GitHubStandin;
let replicas: Replica[];

beforeAll(async () => {
  gh = await startTestStandin();
  const clock = testClock();
  replicas = [await startReplica(gh, { clock }), await startReplica(gh, { clock })];
});

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  await gh.close();
});

/**
 * A new repository whose `web` replica `by` alone deployed at v1 (`site/**` on main), so `by` has
 * loaded main's manifests. Every test completes only its own repository's runs (`{ repo }`), so the
 * runs another test left queued stay queued and every count a test makes is its own.
 */
async function repoDeployedBy(by: Replica, repo: string): Promise<void> {
  await gh.createRepo({
    owner,
    name: repo,
    files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
  });
  gh.setWebhookTargets([by.url]);
  await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "site/index.html": "v1\n" } });
  expect(await runToRest(gh, [by], { repo })).toEqual(["install"]);
}

/** Replica `by` alone sees the commit that adds a manifest `api` on `api/**`, and deploys it; returns that commit. */
async function apiAddedBy(by: Replica, repo: string): Promise<string> {
  gh.setWebhookTargets([by.url]);
  const added = await gh.push({
    owner,
    repo,
    actor: "dev",
    branch: "main",
    files: { ".ferry/deployments/api.yml": WEB_MANIFEST.replace('paths: ["site/**"]', 'paths: ["api/**"]') },
  });
  expect(await runToRest(gh, [by], { repo })).toEqual(["install"]);
  return added;
}

/**
 * Issue 13, point 5: the manifest in force for a deployment is recorded in its state (commit and
 * path), so a replica that never saw the commit that changed it still decides by it, not by the
 * manifest it loaded itself.
 */
describe("the manifest in force, recorded in the state", () => {
  it("decides on a replica that never saw the commit that changed it", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const repo = "in-force";
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
    });
    // Replica b deploys v1 and so holds the manifest of `production` in its memory.
    gh.setWebhookTargets([b.url]);
    const v1 = await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "site/index.html": "v1\n" } });
    expect(await runToRest(gh, [b], { repo })).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.manifest?.commit).toMatch(/^[0-9a-f]{40}$/);

    // Replica a alone sees the commit that moves web to `staging`, and starts its install there.
    gh.setWebhookTargets([a.url]);
    const v2 = await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: {
        ".ferry/deployments/web.yml": WEB_MANIFEST.replace("environment: production", "environment: staging"),
        "site/index.html": "v2\n",
      },
    });
    await settle(gh, [a]);
    expect((await stateOf(gh, owner, repo, "web"))?.manifest).toEqual({
      commit: v2,
      path: ".ferry/deployments/web.yml",
    });

    // Replica b gets the install's failure and starts the rollback to v1: in `staging`, as recorded.
    gh.setWebhookTargets([b.url]);
    expect(await completeRuns(gh, [b], "failure", { repo })).toEqual(["install"]);
    await settle(gh, replicas);
    const runs = gh.runner.all().filter((r) => r.repo === repo);
    expect(runs.map((r) => [r.inputs["stage"], r.inputs["version"], r.inputs["environment"]])).toEqual([
      ["install", v1, "production"],
      ["install", v2, "staging"],
      ["rollback", v1, "staging"],
    ]);
    expect(gh.violations).toEqual([]);
  });
});

/**
 * Which deployments a landed commit triggers is judged from the manifests at that commit, as
 * GitHub holds them, never from the ones a replica loaded: a replica that never saw the commit
 * adding a trigger path or a manifest triggers by it all the same.
 */
describe("the trigger paths of a landed commit", () => {
  it("are read at the commit on a replica that never saw the commit that added them", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const repo = "paths-at-commit";
    // Replica b deploys v1 and so holds the manifests of main (web on `site/**` only) in its memory.
    await repoDeployedBy(b, repo);

    // Replica a alone sees the commit that adds `docs/**` to web's paths and a new manifest `api` on `api/**`.
    gh.setWebhookTargets([a.url]);
    await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: {
        ".ferry/deployments/web.yml": WEB_MANIFEST.replace('paths: ["site/**"]', 'paths: ["site/**", "docs/**"]'),
        ".ferry/deployments/api.yml": WEB_MANIFEST.replace('paths: ["site/**"]', 'paths: ["api/**"]'),
      },
    });
    expect(await runToRest(gh, [a], { repo })).toEqual(["install", "install"]);

    // Replica b gets the next commit, which touches only those paths: it deploys both.
    gh.setWebhookTargets([b.url]);
    const v3 = await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: { "docs/index.md": "v3\n", "api/main.txt": "v3\n" },
    });
    expect(await runToRest(gh, [b], { repo })).toEqual(["install", "install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run?.version).toBe(v3);
    expect((await stateOf(gh, owner, repo, "api"))?.run?.version).toBe(v3);
    expect(gh.violations).toEqual([]);
  });
});

/** A preview template: each pull request touching `shop/**` gets a `shop-pr-<n>` deployment. */
const PREVIEW = `lifecycle: preview
triggers:
  pullRequests: true
  paths: ["shop/**"]
stages:
  initialize: { steps: [{ run: ./init.sh }] }
  deploy: { steps: [{ run: ./deploy.sh }] }
  pause: { steps: [{ run: ./pause.sh }] }
  drop: { steps: [{ run: ./drop.sh }] }
`;

/**
 * A pull request's previews come from the templates in force on its base branch as GitHub holds
 * it, not from the manifests a replica loaded: a replica that never saw the commit adding a
 * template deploys its preview all the same, with that commit's manifest recorded.
 */
describe("a pull request's previews", () => {
  it("come from the base branch as GitHub holds it, on a replica that never saw the commit adding the template", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const repo = "previews-at-base";
    // Replica b deploys v1 and so holds the manifests of main (web alone, no template) in its memory.
    await repoDeployedBy(b, repo);

    // Replica a alone sees the commit that adds the preview template `shop`.
    gh.setWebhookTargets([a.url]);
    const added = await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: { ".ferry/deployments/shop.yml": PREVIEW },
    });
    await settle(gh, [a]);

    // Replica b gets the pull request: it previews it by the template on main, recorded at the commit that added it.
    gh.setWebhookTargets([b.url]);
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "feature",
      files: { "shop/index.html": "v1\n" },
    });
    const name = `shop-pr-${pr.number}`;
    expect(await completeRuns(gh, [b], "success", { repo })).toEqual(["initialize"]);
    const preview = await stateOf(gh, owner, repo, name);
    expect(preview?.run).toMatchObject({ version: pr.headSha, cause: "create" });
    expect(preview?.manifest).toEqual({ commit: added, path: ".ferry/deployments/shop.yml" });
    const initialize = gh.runner.all().find((r) => r.repo === repo && r.inputs["stage"] === "initialize");
    expect(initialize?.inputs["environment"]).toBe(name);
    expect(gh.violations).toEqual([]);
  });
});

/**
 * A label acts on the deployments a pull request touches as the manifests in force where it lands
 * (its base branch, as GitHub holds it) say, not as a replica's memory says: a replica that never
 * saw the commit adding a trigger path acts on the deployment that path now belongs to.
 */
describe("a label on a pull request", () => {
  it("acts on what the base branch's manifests say the pull request touches, on a replica that never saw them change", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const repo = "labels-at-base";
    // Replica b deploys v1 and so holds the manifests of main (web on `site/**` only) in its memory.
    await repoDeployedBy(b, repo);
    gh.setPermission(owner, repo, "lead", "write");

    // Replica a alone sees the commit that adds `docs/**` to web's trigger paths (and deploys it).
    gh.setWebhookTargets([a.url]);
    await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: {
        ".ferry/deployments/web.yml": WEB_MANIFEST.replace('paths: ["site/**"]', 'paths: ["site/**", "docs/**"]'),
      },
    });
    expect(await runToRest(gh, [a], { repo })).toEqual(["install"]);

    // Replica b gets a pull request touching only docs/, and a `ferry:deploy` label on it: it deploys web.
    gh.setWebhookTargets([b.url]);
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "docs",
      files: { "docs/index.md": "v3\n" },
    });
    await settle(gh, [b]);
    await gh.label({ owner, repo, number: pr.number, label: "ferry:deploy", actor: "lead" });
    expect(await runToRest(gh, [b], { repo })).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ version: pr.headSha, cause: "label" });
    expect(gh.comments(owner, repo, pr.number).at(-1)?.body).toMatch(/`ferry:deploy` from @lead[\s\S]*`web`/);
    expect(gh.violations).toEqual([]);
  });
});

/**
 * Whether a push lands on a trigger branch is judged by the manifests at the pushed commit, not
 * by those a replica loaded: a replica that never saw the commit adding a trigger branch deploys
 * a push to it.
 */
describe("the trigger branches of a push", () => {
  it("are read at the pushed commit on a replica that never saw the commit that added the branch", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const repo = "branches-at-commit";
    // Replica b deploys v1 and so holds the manifests of main (web on main only) in its memory.
    await repoDeployedBy(b, repo);

    // Replica a alone sees the commit that makes web deploy from `release` instead.
    gh.setWebhookTargets([a.url]);
    await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: {
        ".ferry/deployments/web.yml": WEB_MANIFEST.replace(
          'paths: ["site/**"]',
          'paths: ["site/**"]\n  branches: ["release"]',
        ),
      },
    });
    await settle(gh, [a]);
    await gh.push({ owner, repo, actor: "dev", branch: "release", from: "main", files: { "notes.txt": "cut\n" } });
    await settle(gh, [a]);

    // Replica b gets the next push to release, which touches only site/: it deploys it.
    gh.setWebhookTargets([b.url]);
    const v3 = await gh.push({ owner, repo, actor: "dev", branch: "release", files: { "site/index.html": "v3\n" } });
    expect(await runToRest(gh, [b], { repo })).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ version: v3, cause: "push" });
    expect(gh.violations).toEqual([]);
  });
});

/**
 * Whether deleting a manifest removes its deployment is judged by the manifest the deployment's
 * state records, not by the manifests a replica loaded: a replica that never saw the commit adding
 * a manifest on another trigger branch removes its deployment when it is deleted there.
 */
describe("a deleted manifest", () => {
  it("removes its deployment by the manifest its state records, on a replica that never saw that manifest", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const repo = "removal-by-record";
    // Replica b deploys v1 and so holds the manifests of main (web alone) in its memory.
    await repoDeployedBy(b, repo);

    // Replica a alone sees the commit that adds `api`, deployed from `release` only, and deploys it.
    gh.setWebhookTargets([a.url]);
    await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "release",
      from: "main",
      files: {
        ".ferry/deployments/api.yml": WEB_MANIFEST.replace(
          'paths: ["site/**"]',
          'paths: ["api/**"]\n  branches: ["release"]',
        ),
      },
    });
    expect(await runToRest(gh, [a], { repo })).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "api"))?.regions["main"]?.state).toBe("running");

    // Replica b gets the commit deleting api's manifest on release: api is removed.
    gh.setWebhookTargets([b.url]);
    await gh.push({ owner, repo, actor: "dev", branch: "release", files: { ".ferry/deployments/api.yml": null } });
    await runToRest(gh, [b], { repo });
    const api = await stateOf(gh, owner, repo, "api");
    expect(api?.regions["main"]?.state).toBe("deleted");
    expect(api?.history.filter((h) => h.event === "remove").map((h) => h.from)).toEqual(["running"]);
    expect((await stateOf(gh, owner, repo, "web"))?.regions["main"]?.state).toBe("running");
    expect(gh.violations).toEqual([]);
  });
});

/**
 * A manifest invalid at a commit counts by the last valid one its deployment's state records
 * (src/app/manifests-in-force.ts); a replica that listed the state branch before that deployment
 * existed must find that state all the same, not decide by the deployments it happened to know.
 */
describe("an invalid manifest", () => {
  it("counts by its last valid one, recorded in the state, on a replica that never saw its deployment", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const repo = "invalid-by-record";
    // Replica b deploys v1 and so has read the state branch when it held web alone.
    await repoDeployedBy(b, repo);

    // Replica a alone sees the commit that adds `api` on `api/**` and deploys it, then the commit that breaks its manifest.
    const added = await apiAddedBy(a, repo);
    await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: { ".ferry/deployments/api.yml": "lifecycle: standard\nstages: 42\n" },
    });
    expect(await runToRest(gh, [a], { repo })).toEqual([]);

    // Replica b gets the next commit touching api/**: api deploys by the manifest its state records.
    gh.setWebhookTargets([b.url]);
    const v3 = await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "api/main.txt": "v3\n" } });
    expect(await runToRest(gh, [b], { repo })).toEqual(["install"]);
    const api = await stateOf(gh, owner, repo, "api");
    expect(api?.run?.version).toBe(v3);
    expect(api?.manifest).toEqual({ commit: added, path: ".ferry/deployments/api.yml" });
    expect(gh.violations).toEqual([]);
  });
});

/**
 * A button acts on the deployment's state as the state branch holds it: a replica that listed the
 * branch before the deployment existed reads it all the same (here, the version its rollback undid).
 */
describe("a button on a check run", () => {
  it("redeploys what the rollback undid, on a replica that never saw the deployment", async () => {
    const [a, b] = replicas as [Replica, Replica];
    const repo = "button-by-record";
    // Replica b deploys v1 and so has read the state branch when it held web alone.
    await repoDeployedBy(b, repo);
    gh.setPermission(owner, repo, "lead", "maintain");

    // Replica a alone sees `api` added and deployed, then its v2 fail and roll back.
    await apiAddedBy(a, repo);
    const v2 = await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "api/main.txt": "v2\n" } });
    expect(await completeRuns(gh, [a], "failure", { repo })).toEqual(["install"]);
    expect(await runToRest(gh, [a], { repo })).toEqual(["rollback"]);
    expect((await stateOf(gh, owner, repo, "api"))?.rolledBack?.version).toBe(v2);

    // Replica b gets the press of the rollback run's "Redeploy" button.
    gh.setWebhookTargets([b.url]);
    const page = gh
      .checkRuns(owner, repo)
      .filter((c) => c.name === "ferry/api" && c.actions.some((x) => x.identifier === "redeploy"))
      .at(-1)!;
    await gh.requestAction({ owner, repo, checkRunId: page.id, identifier: "redeploy", actor: "lead" });
    expect(await runToRest(gh, [b], { repo })).toEqual(["install"]);
    expect((await stateOf(gh, owner, repo, "api"))?.run).toMatchObject({
      kind: "deploy",
      version: v2,
      cause: "button",
    });
    expect(gh.violations).toEqual([]);
  });
});
