import { Octokit } from "@octokit/rest";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubStandin } from "./github-standin.ts";
import { appJwt, appOctokit, installationOctokit, startTestStandin, type TestOctokit } from "./standin-fixture.ts";

const b64 = (s: string): string => Buffer.from(s).toString("base64");

describe("the stand-in accepts what GitHub accepts, and answers in GitHub's shapes", () => {
  let gh: GitHubStandin;
  let octokit: TestOctokit;
  let installationId: number;
  const owner = "acme";
  let repo = "";
  let repos = 0;

  beforeAll(async () => {
    gh = await startTestStandin();
  });
  // Each test gets its own repository, so pull request numbers and contents start where the test expects.
  beforeEach(async () => {
    repo = `web-${++repos}`;
    const info = await gh.createRepo({
      owner,
      name: repo,
      files: { "README.md": "hello\n", "deploy/app.yaml": "replicas: 1\n" },
    });
    installationId = info.installationId!;
    octokit = installationOctokit(gh, installationId);
  });
  // Every answer and webhook payload was checked against GitHub's description; none may have drifted.
  afterEach(async () => {
    await gh.flushWebhooks();
    expect(gh.violations).toEqual([]);
  });
  afterAll(async () => gh.close());

  it("issues installation tokens from the JWT flow and serves the app endpoints with the JWT", async () => {
    const app = appOctokit(gh);
    expect((await app.rest.apps.getAuthenticated()).data).toMatchObject({ id: 4242, slug: "ferry" });
    expect((await app.rest.apps.listInstallations()).data.map((i) => i.id)).toContain(installationId);
    expect((await app.rest.apps.getRepoInstallation({ owner, repo })).data.id).toBe(installationId);
    const { data: token } = await app.rest.apps.createInstallationAccessToken({ installation_id: installationId });
    expect(token.token).toMatch(/^ghs_/);
    // The plain @octokit/rest client with that token works on repository endpoints.
    const rest = new Octokit({ auth: token.token, baseUrl: gh.baseUrl });
    expect((await rest.repos.get({ owner, repo })).data).toMatchObject({
      full_name: `acme/${repo}`,
      default_branch: "main",
      private: true,
    });
    // The JWT is not a repository credential, and an installation token is not an app credential.
    const jwtOnRepo = await fetch(`${gh.baseUrl}/repos/${owner}/${repo}`, {
      headers: { authorization: `Bearer ${appJwt()}` },
    });
    expect(jwtOnRepo.status).toBe(401);
    await expect(rest.apps.getAuthenticated()).rejects.toMatchObject({ status: 401 });
    expect(gh.violations.map((v) => v.kind)).toEqual(["auth", "auth"]);
    gh.log.violations.length = 0;
  });

  it("reads, creates, updates and deletes contents with the blob-sha rule, raw media type included", async () => {
    const { data: file } = await octokit.rest.repos.getContent({ owner, repo, path: "deploy/app.yaml" });
    if (Array.isArray(file) || file.type !== "file") throw new Error("expected a file");
    expect(Buffer.from(file.content, "base64").toString()).toBe("replicas: 1\n");
    const raw = await octokit.rest.repos.getContent({
      owner,
      repo,
      path: "deploy/app.yaml",
      mediaType: { format: "raw" },
    });
    expect(raw.data as unknown as string).toBe("replicas: 1\n");
    const dir = await octokit.rest.repos.getContent({ owner, repo, path: "deploy" });
    expect((dir.data as Array<{ name: string }>).map((e) => e.name)).toEqual(["app.yaml"]);
    const root = await octokit.rest.repos.getContent({ owner, repo, path: "" });
    expect((root.data as Array<{ name: string; type: string }>).map((e) => [e.name, e.type])).toEqual([
      ["README.md", "file"],
      ["deploy", "dir"],
    ]);
    const updated = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: "deploy/app.yaml",
      message: "scale",
      content: b64("replicas: 2\n"),
      sha: file.sha,
    });
    expect(updated.status).toBe(200);
    expect(await gh.readFile(owner, repo, "main", "deploy/app.yaml")).toBe("replicas: 2\n");
    const created = await octokit.rest.repos.createOrUpdateFileContents({
      owner,
      repo,
      path: "new/file.txt",
      message: "add",
      content: b64("x"),
      branch: "main",
    });
    expect(created.status).toBe(201);
    await octokit.rest.repos.deleteFile({
      owner,
      repo,
      path: "new/file.txt",
      message: "rm",
      sha: created.data.content!.sha!,
    });
    await expect(octokit.rest.repos.getContent({ owner, repo, path: "new/file.txt" })).rejects.toMatchObject({
      status: 404,
    });
    gh.log.rejections.length = 0;
  });

  it("builds commits with the git database API (blobs, trees with base_tree, commits, refs) and lists, gets and compares them", async () => {
    const head = (await octokit.rest.git.getRef({ owner, repo, ref: "heads/main" })).data.object.sha;
    const parent = await octokit.rest.git.getCommit({ owner, repo, commit_sha: head });
    const blob = await octokit.rest.git.createBlob({ owner, repo, content: b64("new\n"), encoding: "base64" });
    const tree = await octokit.rest.git.createTree({
      owner,
      repo,
      base_tree: parent.data.tree.sha,
      tree: [
        { path: "deploy/extra.yaml", mode: "100644", type: "blob", sha: blob.data.sha },
        { path: "README.md", mode: "100644", type: "blob", sha: null },
      ],
    });
    const commit = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: "db api",
      tree: tree.data.sha,
      parents: [head],
    });
    await octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/db", sha: commit.data.sha });
    const refs = await octokit.rest.git.listMatchingRefs({ owner, repo, ref: "heads/" });
    expect(refs.data.map((r) => r.ref)).toEqual(["refs/heads/db", "refs/heads/main"]);
    const got = await octokit.rest.repos.getCommit({ owner, repo, ref: "db" });
    expect(got.data.files?.map((f) => [f.filename, f.status])).toEqual([
      ["README.md", "removed"],
      ["deploy/extra.yaml", "added"],
    ]);
    const cmp = await octokit.rest.repos.compareCommitsWithBasehead({ owner, repo, basehead: "main...db" });
    expect(cmp.data).toMatchObject({ status: "ahead", ahead_by: 1, behind_by: 0, total_commits: 1 });
    expect(cmp.data.files?.map((f) => f.filename)).toEqual(["README.md", "deploy/extra.yaml"]);
    const list = await octokit.rest.repos.listCommits({ owner, repo, sha: "db", path: "deploy/extra.yaml" });
    expect(list.data.map((c) => c.sha)).toEqual([commit.data.sha]);
    const recursive = await octokit.rest.git.getTree({ owner, repo, tree_sha: tree.data.sha, recursive: "1" });
    expect(recursive.data.tree.map((e) => e.path)).toEqual(["deploy", "deploy/app.yaml", "deploy/extra.yaml"]);
    await octokit.rest.git.deleteRef({ owner, repo, ref: "heads/db" });
  });

  it("opens, lists, diffs and merges pull requests with a real two-parent merge commit", async () => {
    await gh.push({ owner, repo, actor: "dev", branch: "feature", files: { "deploy/app.yaml": "replicas: 3\n" } });
    const { data: pr } = await octokit.rest.pulls.create({
      owner,
      repo,
      head: "feature",
      base: "main",
      title: "Scale up",
    });
    expect(pr).toMatchObject({
      number: 1,
      state: "open",
      head: { ref: "feature" },
      base: { ref: "main" },
      mergeable: true,
    });
    expect((await octokit.rest.pulls.list({ owner, repo })).data.map((p) => p.number)).toEqual([1]);
    const files = await octokit.rest.pulls.listFiles({ owner, repo, pull_number: 1 });
    expect(files.data.map((f) => [f.filename, f.additions, f.deletions])).toEqual([["deploy/app.yaml", 1, 1]]);
    const before = await gh.branchSha(owner, repo, "main");
    const merged = await octokit.rest.pulls.merge({ owner, repo, pull_number: 1, sha: pr.head.sha });
    const mergeCommit = await gh.commit(owner, repo, merged.data.sha);
    expect(mergeCommit?.parents).toEqual([before, pr.head.sha]);
    expect(await gh.readFile(owner, repo, "main", "deploy/app.yaml")).toBe("replicas: 3\n");
    const after = await octokit.rest.pulls.get({ owner, repo, pull_number: 1 });
    expect(after.data).toMatchObject({ merged: true, state: "closed", merge_commit_sha: merged.data.sha });
  });

  it("labels and comments on issues and pull requests", async () => {
    const pr = await gh.openPullRequest({ owner, repo, actor: "dev", head: "labels", files: { "x.txt": "x" } });
    await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: pr.number,
      labels: ["ferry:pause", "ferry:hold"],
    });
    expect(
      (await octokit.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: pr.number })).data.map((l) => l.name),
    ).toEqual(["ferry:pause", "ferry:hold"]);
    const { data: comment } = await octokit.rest.issues.createComment({
      owner,
      repo,
      issue_number: pr.number,
      body: "Deploying…",
    });
    await octokit.rest.issues.updateComment({ owner, repo, comment_id: comment.id, body: "Deployed." });
    const comments = await octokit.rest.issues.listComments({ owner, repo, issue_number: pr.number });
    expect(comments.data.map((c) => [c.body, c.user?.login])).toEqual([["Deployed.", "ferry[bot]"]]);
    expect(gh.labels(owner, repo, pr.number)).toEqual(["ferry:pause", "ferry:hold"]);
  });

  it("reports combined status, check runs for a ref, deployments with statuses, and collaborator permissions", async () => {
    const sha = (await gh.branchSha(owner, repo, "main"))!;
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "pending", context: "ferry/plan" });
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "success", context: "ferry/plan" });
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "success", context: "ci" });
    const combined = await octokit.rest.repos.getCombinedStatusForRef({ owner, repo, ref: "main" });
    expect(combined.data).toMatchObject({ state: "success", total_count: 2 });
    const run = await octokit.rest.checks.create({ owner, repo, name: "ferry", head_sha: sha, status: "in_progress" });
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: run.data.id,
      conclusion: "success",
      output: { title: "Done", summary: "ok" },
    });
    const runs = await octokit.rest.checks.listForRef({ owner, repo, ref: sha });
    expect(runs.data.check_runs.map((r) => [r.name, r.status, r.conclusion])).toEqual([
      ["ferry", "completed", "success"],
    ]);
    const dep = await octokit.rest.repos.createDeployment({
      owner,
      repo,
      ref: "main",
      environment: "staging",
      auto_merge: false,
      required_contexts: [],
      payload: { stage: "staging" },
    });
    if (!("id" in dep.data)) throw new Error("expected a deployment");
    await octokit.rest.repos.createDeploymentStatus({ owner, repo, deployment_id: dep.data.id, state: "in_progress" });
    await octokit.rest.repos.createDeploymentStatus({
      owner,
      repo,
      deployment_id: dep.data.id,
      state: "success",
      environment_url: "https://staging.example.com",
    });
    const statuses = await octokit.rest.repos.listDeploymentStatuses({ owner, repo, deployment_id: dep.data.id });
    expect(statuses.data.map((s) => s.state)).toEqual(["success", "in_progress"]);
    expect((await octokit.rest.repos.listDeployments({ owner, repo, environment: "staging" })).data).toHaveLength(1);
    gh.setPermission(owner, repo, "maya", "maintain");
    const perm = await octokit.rest.repos.getCollaboratorPermissionLevel({ owner, repo, username: "maya" });
    expect(perm.data).toMatchObject({ permission: "write", role_name: "maintain", user: { login: "maya" } });
  });

  it("paginates with Link headers Octokit follows", async () => {
    const sha = (await gh.branchSha(owner, repo, "main"))!;
    for (let i = 0; i < 7; i++)
      await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "success", context: `page-${i}` });
    // The method as the type argument: inferred, TypeScript first tries it against every paginating route's types.
    const list = octokit.rest.repos.listCommitStatusesForRef;
    const all = await octokit.paginate<typeof list>(list, {
      owner,
      repo,
      ref: sha,
      per_page: 3,
    });
    expect(all.length).toBeGreaterThanOrEqual(7);
  });
});
