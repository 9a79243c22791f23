import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubStandin } from "./github-standin.ts";
import { generateAppKey } from "./generate-app-key.ts";
import { appJwt, installationOctokit, startTestStandin, type TestOctokit } from "./standin-fixture.ts";

/** The HTTP status (and body) Octokit saw, whether it threw or not. */
async function answer(p: Promise<{ status: number }>): Promise<{ status: number; message: string }> {
  try {
    return { status: (await p).status, message: "" };
  } catch (error) {
    const e = error as { status?: number; response?: { data?: { message?: string } } };
    if (typeof e.status !== "number") throw error;
    return { status: e.status, message: e.response?.data?.message ?? "" };
  }
}

const b64 = (s: string): string => Buffer.from(s).toString("base64");
const WORKFLOWS = {
  ".github/workflows/deploy.yml":
    "name: Deploy\non:\n  workflow_dispatch:\n    inputs:\n      stage:\n        required: true\n        type: string\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo hi\n",
  ".github/workflows/ci.yml":
    "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo test\n",
};

describe("the stand-in rejects what GitHub rejects", () => {
  let gh: GitHubStandin;
  let octokit: TestOctokit;
  const owner = "acme";
  const repo = "rules";
  let head: string;

  beforeAll(async () => {
    gh = await startTestStandin();
    const info = await gh.createRepo({ owner, name: repo, files: { "README.md": "hello\n", ...WORKFLOWS } });
    head = info.headSha!;
    octokit = installationOctokit(gh, info.installationId!);
  });
  afterAll(async () => gh.close());
  beforeEach(async () => {
    await gh.flushWebhooks();
    gh.log.clear();
  });

  const contractKinds = (): string[] => gh.violations.map((v) => v.kind);

  it("answers 409 for a stale blob sha and 422 for a missing one, without calling them violations", async () => {
    const stale = await answer(
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: "README.md",
        message: "m",
        content: b64("x"),
        sha: "0".repeat(40),
      }),
    );
    expect(stale.status).toBe(409);
    expect(stale.message).toContain("does not match");
    const missing = await answer(
      octokit.rest.repos.createOrUpdateFileContents({
        owner,
        repo,
        path: "README.md",
        message: "m",
        content: b64("x"),
      }),
    );
    expect(missing.status).toBe(422);
    expect(missing.message).toContain(`"sha" wasn't supplied`);
    expect(gh.rejections.map((r) => r.status)).toEqual([409, 422]);
    expect(gh.violations).toEqual([]);
  });

  it("refuses a non-fast-forward ref update unless forced, an existing ref, and a sha that is not a commit", async () => {
    const { data: blob } = await octokit.rest.git.createBlob({ owner, repo, content: "x" });
    const { data: root } = await octokit.rest.git.createTree({
      owner,
      repo,
      tree: [{ path: "a.txt", mode: "100644", type: "blob", sha: blob.sha }],
    });
    const { data: orphan } = await octokit.rest.git.createCommit({
      owner,
      repo,
      message: "orphan",
      tree: root.sha,
      parents: [],
    });
    const nonFf = await answer(octokit.rest.git.updateRef({ owner, repo, ref: "heads/main", sha: orphan.sha }));
    expect(nonFf).toEqual({ status: 422, message: "Update is not a fast forward" });
    expect((await answer(octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/main", sha: head }))).message).toBe(
      "Reference already exists",
    );
    expect(
      (await answer(octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/blobby", sha: blob.sha }))).status,
    ).toBe(422);
    expect(
      (await answer(octokit.rest.git.createRef({ owner, repo, ref: "refs/heads/forced", sha: head }))).status,
    ).toBe(201);
    expect(
      (await answer(octokit.rest.git.updateRef({ owner, repo, ref: "heads/forced", sha: orphan.sha, force: true })))
        .status,
    ).toBe(200);
    expect(await gh.branchSha(owner, repo, "forced")).toBe(orphan.sha);
    expect(gh.violations).toEqual([]);
  });

  it("enforces the commit status limits: description over 140 characters, more than 1,000 per sha and context", async () => {
    const long = await answer(
      octokit.rest.repos.createCommitStatus({
        owner,
        repo,
        sha: head,
        state: "success",
        context: "ferry",
        description: "x".repeat(141),
      }),
    );
    expect(long.status).toBe(422);
    expect(contractKinds()).toEqual(["limit"]);
    for (let batch = 0; batch < 1000; batch += 50) {
      const sent = Array.from({ length: 50 }, () =>
        octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: "pending", context: "bulk" }),
      );
      expect((await Promise.all(sent)).every((r) => r.status === 201)).toBe(true);
    }
    expect(gh.violations).toHaveLength(1);
    const over = await answer(
      octokit.rest.repos.createCommitStatus({ owner, repo, sha: head, state: "pending", context: "bulk" }),
    );
    expect(over.status).toBe(422);
    expect(gh.violations.at(-1)?.reason).toContain("maximum number of statuses");
  }, 60_000);

  it("enforces check run limits: summary length, 50 annotations, 3 actions and action field lengths", async () => {
    const base = { owner, repo, name: "ferry", head_sha: head };
    const annotation = {
      path: "README.md",
      start_line: 1,
      end_line: 1,
      annotation_level: "notice" as const,
      message: "m",
    };
    const action = { label: "Retry", description: "Retry the stage", identifier: "retry" };
    const cases = [
      { output: { title: "t", summary: "s".repeat(65_536) } },
      { output: { title: "t", summary: "s", annotations: Array.from({ length: 51 }, () => annotation) } },
      { actions: [action, action, action, action] },
      { actions: [{ ...action, label: "l".repeat(21) }] },
      { actions: [{ ...action, description: "d".repeat(41) }] },
      { actions: [{ ...action, identifier: "i".repeat(21) }] },
    ];
    for (const extra of cases) {
      expect((await answer(octokit.rest.checks.create({ ...base, ...extra }))).status).toBe(422);
    }
    expect(gh.violations).toHaveLength(cases.length);
    const ok = await octokit.rest.checks.create({
      ...base,
      output: { title: "t", summary: "s", annotations: Array.from({ length: 50 }, () => annotation) },
      actions: [action],
    });
    await octokit.rest.checks.update({
      owner,
      repo,
      check_run_id: ok.data.id,
      output: { title: "t", summary: "s", annotations: [annotation] },
    });
    const listed = await octokit.paginate(octokit.rest.checks.listAnnotations, {
      owner,
      repo,
      check_run_id: ok.data.id,
      per_page: 100,
    });
    expect(listed).toHaveLength(51);
  });

  it("answers 404 for a dispatch of a workflow that is not on the ref, 422 without a workflow_dispatch trigger or with undeclared inputs", async () => {
    expect(
      (
        await answer(
          octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: "missing.yml", ref: "main" }),
        )
      ).status,
    ).toBe(404);
    const noTrigger = await answer(
      octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: "ci.yml", ref: "main" }),
    );
    expect(noTrigger).toEqual({ status: 422, message: "Workflow does not have 'workflow_dispatch' trigger" });
    const undeclared = await answer(
      octokit.rest.actions.createWorkflowDispatch({
        owner,
        repo,
        workflow_id: "deploy.yml",
        ref: "main",
        inputs: { stage: "a", extra: "b" },
      }),
    );
    expect(undeclared.status).toBe(422);
    expect(undeclared.message).toContain("Unexpected inputs");
    const required = await answer(
      octokit.rest.actions.createWorkflowDispatch({ owner, repo, workflow_id: "deploy.yml", ref: "main" }),
    );
    expect(required.status).toBe(422);
    expect(contractKinds()).toEqual(["invalid-request", "invalid-request"]);
  });

  it("records an endpoint GitHub does not have as a 404 violation", async () => {
    const r = await answer(
      octokit.request<"GET /repos/{owner}/{repo}/deployments-by-magic">(
        "GET /repos/{owner}/{repo}/deployments-by-magic",
        { owner, repo },
      ),
    );
    expect(r.status).toBe(404);
    expect(gh.violations).toMatchObject([{ kind: "unknown-endpoint", status: 404, operation: "unknown" }]);
  });

  it("records a body of the wrong type as a 422 violation, in GitHub's words", async () => {
    // Routes typed as plain strings let the test send what Octokit's types would refuse.
    const statusRoute: string = "POST /repos/{owner}/{repo}/statuses/{sha}";
    const refRoute: string = "POST /repos/{owner}/{repo}/git/refs";
    const r = await answer(
      octokit.request<string>(statusRoute, { owner, repo, sha: head, state: "success", context: 42 }),
    );
    expect(r.status).toBe(422);
    expect(r.message).toContain("For 'properties/context', 42 is not a string.");
    const missing = await answer(octokit.request<string>(refRoute, { owner, repo, ref: "refs/heads/x" }));
    expect(missing.message).toContain(`"sha" wasn't supplied.`);
    expect(contractKinds()).toEqual(["invalid-request", "invalid-request"]);
  });

  it("answers 401 Bad credentials to any token it did not issue, and 404 to a repository the installation does not hold", async () => {
    const res = await fetch(`${gh.baseUrl}/repos/${owner}/${repo}`, {
      headers: { authorization: "token ghs_made_up" },
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: "Bad credentials" });
    expect(res.headers.get("x-ratelimit-limit")).toBe("5000");
    await gh.createRepo({ owner: "other", name: "private-thing", files: { a: "b" } });
    expect((await answer(octokit.rest.repos.get({ owner: "other", repo: "private-thing" }))).status).toBe(404);
    expect(contractKinds()).toEqual(["auth", "auth"]);
  });

  it("issues installation tokens only for an RS256 JWT from the app's key with iss = app id and a live exp", async () => {
    const installationId = (await gh.createRepo({ owner: "jwt", name: "check" })).installationId!;
    const mint = (jwt: string): Promise<Response> =>
      fetch(`${gh.baseUrl}/app/installations/${installationId}/access_tokens`, {
        method: "POST",
        headers: { authorization: `Bearer ${jwt}` },
      });
    const now = Math.floor(Date.now() / 1000);
    expect((await mint(appJwt({ iss: 999 }))).status).toBe(401);
    expect((await mint(appJwt({ iat: now - 700, exp: now - 60 }))).status).toBe(401);
    expect((await mint(appJwt({ exp: now + 3600 }))).status).toBe(401);
    expect((await mint(appJwt({}, generateAppKey()))).status).toBe(401);
    const ok = await mint(appJwt());
    expect(ok.status).toBe(201);
    const { token } = (await ok.json()) as { token: string };
    expect(
      (await fetch(`${gh.baseUrl}/repos/jwt/check`, { headers: { authorization: `token ${token}` } })).status,
    ).toBe(200);
    expect(contractKinds()).toEqual(["auth", "auth", "auth", "auth"]);
  });

  it("labels: removing a label the issue does not have is a 404", async () => {
    const pr = await gh.openPullRequest({ owner, repo, actor: "dev", head: "feature", files: { "f.txt": "1" } });
    const added = await octokit.rest.issues.addLabels({
      owner,
      repo,
      issue_number: pr.number,
      labels: ["ferry:pause"],
    });
    expect(added.data.map((l) => l.name)).toEqual(["ferry:pause"]);
    const gone = await answer(octokit.rest.issues.removeLabel({ owner, repo, issue_number: pr.number, name: "nope" }));
    expect(gone).toEqual({ status: 404, message: "Label does not exist" });
    const removed = await octokit.rest.issues.removeLabel({
      owner,
      repo,
      issue_number: pr.number,
      name: "ferry:pause",
    });
    expect(removed.data).toEqual([]);
    expect(gh.violations).toEqual([]);
  });
});
