import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubStandin } from "./github-standin.ts";
import { installationOctokit, startTestStandin, type TestOctokit } from "./standin-fixture.ts";

interface Failure {
  status: number;
  response: { headers: Record<string, string>; data: { message: string } };
}

describe("faults on demand, rate-limit headers and request counts", () => {
  let gh: GitHubStandin;
  let octokit: TestOctokit;
  const owner = "acme";
  const repo = "web";
  let sha: string;

  beforeAll(async () => {
    gh = await startTestStandin();
    // Starting is measured for the benchmark logs, never asserted.
    console.log(`stand-in started in ${gh.startupMs.toFixed(0)} ms`);
    const info = await gh.createRepo({ owner, name: repo, files: { "README.md": "hi\n" } });
    sha = info.headSha!;
    octokit = installationOctokit(gh, info.installationId!);
    await octokit.rest.repos.get({ owner, repo });
  });
  beforeEach(() => {
    gh.faults.clear();
    gh.resetCounts();
    gh.log.clear();
  });
  afterAll(async () => gh.close());

  it("answers with a secondary rate limit (403 + retry-after) once, then normally", async () => {
    gh.faults.next({ status: 403, retryAfter: 60 });
    const failure = (await octokit.rest.repos.get({ owner, repo }).catch((e: unknown) => e)) as Failure;
    expect(failure.status).toBe(403);
    expect(failure.response.data.message).toMatch(/^You have exceeded a secondary rate limit/);
    expect(failure.response.headers["retry-after"]).toBe("60");
    expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200);
    expect(gh.violations).toEqual([]);
  });

  it("keeps an outage up while its condition holds, whatever the count, then drops it", async () => {
    let down = true;
    gh.faults.next({ status: 502, count: 1, while: () => down });
    for (let i = 0; i < 3; i++)
      expect(await octokit.rest.repos.get({ owner, repo }).catch((e: unknown) => e)).toMatchObject({ status: 502 });
    down = false;
    expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200);
    expect(gh.faults.pending()).toEqual([]);
  });

  it("holds the next matching request until released, while other requests are answered", async () => {
    const hold = gh.faults.hold({ route: "repos/get" });
    let answered = false;
    const held = octokit.rest.repos.get({ owner, repo }).then((r) => {
      answered = true;
      return r.status;
    });
    await hold.reached;
    // The hold is taken: the next matching request and any other one pass.
    expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200);
    expect((await octokit.rest.repos.getBranch({ owner, repo, branch: "main" })).status).toBe(200);
    expect(answered).toBe(false);
    hold.release();
    expect(await held).toBe(200);
    expect(gh.violations).toEqual([]);
  });

  it("loses the webhooks a test drops: recorded, never sent", async () => {
    gh.dropWebhooks((d) => d.event === "push");
    await gh.push({ owner, repo, branch: "main", actor: "dev", files: { "a.txt": "1\n" } });
    gh.dropWebhooks(undefined);
    const push = gh.deliveries.findLast((d) => d.event === "push");
    expect(push?.attempts).toEqual([]);
  });

  it("applies a fault only to matching requests, `count` times", async () => {
    gh.faults.next({ status: 429, count: 2, match: { method: "POST", route: "repos/create-commit-status" } });
    expect((await octokit.rest.repos.get({ owner, repo })).status).toBe(200);
    const status = (): Promise<unknown> =>
      octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "success" }).catch((e: unknown) => e);
    expect(await status()).toMatchObject({ status: 429 });
    expect(await status()).toMatchObject({ status: 429 });
    expect(await status()).toMatchObject({ status: 201 });
    gh.faults.next({ status: 502, match: { route: "/repos/{owner}/{repo}/contents/{path}" } });
    expect(
      await octokit.rest.repos.getContent({ owner, repo, path: "README.md" }).catch((e: unknown) => e),
    ).toMatchObject({ status: 502 });
    gh.faults.next({ status: 503, match: { route: "graphql" } });
    expect(
      await octokit.graphql(`query { repository(owner: "acme", name: "web") { id } }`).catch((e: unknown) => e),
    ).toMatchObject({ status: 503 });
    gh.faults.next({ status: 500 });
    expect(await octokit.rest.repos.get({ owner, repo }).catch((e: unknown) => e)).toMatchObject({ status: 500 });
    expect(gh.faults.pending()).toEqual([]);
  });

  it("sends rate-limit headers on every answer, errors included", async () => {
    const ok = await octokit.rest.repos.get({ owner, repo });
    expect(Number(ok.headers["x-ratelimit-limit"])).toBe(5000);
    expect(ok.headers["x-ratelimit-resource"]).toBe("core");
    const used = Number(ok.headers["x-ratelimit-used"]);
    const again = await octokit.rest.repos.get({ owner, repo });
    expect(Number(again.headers["x-ratelimit-used"])).toBe(used + 1);
    expect(Number(again.headers["x-ratelimit-remaining"])).toBe(5000 - used - 1);
    expect(Number(again.headers["x-ratelimit-reset"])).toBeGreaterThan(Date.now() / 1000);
    const missing = (await octokit.rest.repos
      .getContent({ owner, repo, path: "nope" })
      .catch((e: unknown) => e)) as Failure;
    expect(missing.status).toBe(404);
    expect(missing.response.headers["x-ratelimit-remaining"]).toBeDefined();
  });

  it("counts requests per operation and per kind", async () => {
    await octokit.rest.repos.get({ owner, repo });
    await octokit.rest.repos.getContent({ owner, repo, path: "README.md" });
    await octokit.rest.repos.createCommitStatus({ owner, repo, sha, state: "pending", context: "c" });
    await octokit.rest.issues.createLabel({ owner, repo, name: "ferry:pause" });
    const { data: run } = await octokit.rest.checks.create({ owner, repo, name: "ferry", head_sha: sha });
    await octokit.rest.checks.update({ owner, repo, check_run_id: run.id, status: "in_progress" });
    await octokit.graphql(`query Probe { repository(owner: "acme", name: "web") { id } }`);
    await fetch(`${gh.baseUrl}/no/such/endpoint`);
    expect(gh.counts()).toEqual({
      byOperation: {
        "repos/get": 1,
        "repos/get-content": 1,
        "repos/create-commit-status": 1,
        "issues/create-label": 1,
        "checks/create": 1,
        "checks/update": 1,
        "graphql:Probe": 1,
        unknown: 1,
      },
      byKind: { read: 4, write: 4, contentCreating: 2 },
      total: 8,
    });
    gh.resetCounts();
    expect(gh.counts()).toEqual({ byOperation: {}, byKind: { read: 0, write: 0, contentCreating: 0 }, total: 0 });
  });
});
