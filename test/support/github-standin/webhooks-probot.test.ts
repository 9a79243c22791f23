import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { sign } from "@octokit/webhooks-methods";
import { createNodeMiddleware, Probot } from "probot";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { GitHubStandin } from "./github-standin.ts";
import { APP_ID, startTestStandin, testAppKey, TestOctokit, WEBHOOK_SECRET } from "./standin-fixture.ts";

interface Received {
  replica: number;
  name: string;
  id: string;
  payload: Record<string, unknown>;
  /** For `pull_request.closed`: where its base branch pointed when the webhook arrived, read through the API. */
  baseHead?: string;
}

/** A real Probot app server (one replica) that records what it receives and answers "retry" buttons. */
async function startReplica(
  replica: number,
  baseUrl: string,
  received: Received[],
): Promise<{ server: Server; url: string }> {
  const probot = new Probot({
    appId: APP_ID,
    privateKey: testAppKey(),
    secret: WEBHOOK_SECRET,
    baseUrl,
    Octokit: TestOctokit,
    logLevel: "fatal",
  });
  const middleware = await createNodeMiddleware(
    (app) => {
      app.onAny(async (context) => {
        received.push({
          replica,
          name: context.name,
          id: context.id,
          payload: context.payload as unknown as Record<string, unknown>,
        });
      });
      app.on("pull_request.closed", async (context) => {
        const branch = context.payload.pull_request.base.ref;
        const { data } = await context.octokit.rest.repos.getBranch(context.repo({ branch }));
        received.find((r) => r.id === context.id)!.baseHead = data.commit.sha;
      });
      app.on("check_run.requested_action", async (context) => {
        await context.octokit.rest.checks.update(
          context.repo({ check_run_id: context.payload.check_run.id, status: "in_progress" as const }),
        );
      });
    },
    { probot, webhooksPath: "/api/github/webhooks" },
  );
  const server = createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks` };
}

describe("webhooks reach a real Probot server", () => {
  let gh: GitHubStandin;
  const received: Received[] = [];
  const replicas: Array<{ server: Server; url: string }> = [];
  const owner = "acme";
  const repo = "web";
  let installationId: number;

  beforeAll(async () => {
    gh = await startTestStandin();
    replicas.push(await startReplica(1, gh.baseUrl, received), await startReplica(2, gh.baseUrl, received));
    gh.setWebhookTargets(replicas.map((r) => r.url));
    installationId = (await gh.createRepo({ owner, name: repo, files: { "README.md": "hi\n" } })).installationId!;
  });
  beforeEach(() => {
    received.length = 0;
  });
  afterAll(async () => {
    await gh.close();
    await Promise.all(replicas.map((r) => new Promise((resolve) => r.server.close(resolve))));
  });

  it("delivers a signed push that Probot verifies, alternating between replicas", async () => {
    const sha = await gh.push({
      owner,
      repo,
      actor: "dev",
      branch: "main",
      files: { "app.yaml": "a: 1\n" },
      message: "add app",
    });
    await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "app.yaml": null } });
    expect(received.map((r) => r.name)).toEqual(["push", "push"]);
    // Round robin: one delivery each (which replica is next depends on the deliveries before this test).
    expect(received.map((r) => r.replica).sort()).toEqual([1, 2]);
    expect(received[0]!.payload).toMatchObject({
      ref: "refs/heads/main",
      after: sha,
      repository: { full_name: "acme/web", default_branch: "main", owner: { login: "acme" } },
      installation: { id: expect.any(Number) },
      sender: { login: "dev" },
      commits: [{ id: sha, message: "add app", added: ["app.yaml"], removed: [], modified: [] }],
    });
    expect(received[1]!.payload).toMatchObject({ commits: [{ removed: ["app.yaml"] }] });
    const attempts = gh.deliveries.slice(-2).flatMap((d) => d.attempts);
    expect(attempts.map((a) => a.status)).toEqual([200, 200]);
    expect(attempts.every((a) => a.durationMs > 0)).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it("sends pull_request opened, labeled and closed (merged) plus the merge push, with the real shas", async () => {
    const pr = await gh.openPullRequest({
      owner,
      repo,
      actor: "dev",
      head: "feature",
      files: { "f.txt": "1\n" },
      title: "Feature",
    });
    await gh.label({ owner, repo, number: pr.number, label: "ferry:pause", actor: "lead" });
    const mergeSha = await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
    const names = received.map((r) => `${r.name}.${String(r.payload["action"] ?? "")}`);
    expect(names).toEqual(["push.", "pull_request.opened", "pull_request.labeled", "pull_request.closed", "push."]);
    expect(received[1]!.payload).toMatchObject({
      number: pr.number,
      pull_request: { head: { ref: "feature", sha: pr.headSha }, base: { ref: "main" }, state: "open" },
    });
    expect(received[2]!.payload).toMatchObject({ label: { name: "ferry:pause" }, sender: { login: "lead" } });
    // GitHub moves the base branch before it announces the merge: an app that reads the branch then finds the merge.
    expect(received[3]!.baseHead).toBe(mergeSha);
    expect(received[3]!.payload).toMatchObject({
      pull_request: {
        merged: true,
        merge_commit_sha: mergeSha,
        state: "closed",
        commits: 1,
        changed_files: 1,
        additions: 1,
      },
    });
    expect(received[4]!.payload).toMatchObject({ ref: "refs/heads/main", after: mergeSha });
    expect(gh.violations).toEqual([]);
  });

  it("sends synchronize when the head branch moves, and models a fork head", async () => {
    const pr = await gh.openPullRequest({ owner, repo, actor: "dev", head: "sync", files: { "s.txt": "1\n" } });
    const after = await gh.push({ owner, repo, actor: "dev", branch: "sync", files: { "s.txt": "2\n" } });
    const sync = received.find((r) => r.name === "pull_request" && r.payload["action"] === "synchronize");
    expect(sync?.payload).toMatchObject({ before: pr.headSha, after, pull_request: { head: { sha: after } } });
    const fork = await gh.openPullRequest({
      owner,
      repo,
      actor: "outsider",
      head: "patch",
      files: { "p.txt": "1\n" },
      fork: true,
    });
    expect(fork.headRepo).toBe("outsider/web");
    const opened = received.find(
      (r) => r.name === "pull_request" && (r.payload["pull_request"] as { number: number }).number === fork.number,
    );
    expect(opened?.payload).toMatchObject({
      pull_request: {
        head: { repo: { full_name: "outsider/web", fork: true } },
        base: { repo: { full_name: "acme/web", fork: false } },
      },
    });
    expect(gh.violations).toEqual([]);
  });

  it("lets the app answer a check run button with its installation token, and sends rerequested", async () => {
    const sha = (await gh.branchSha(owner, repo, "main"))!;
    const octokit = new TestOctokit({
      auth: { appId: APP_ID, privateKey: testAppKey(), installationId },
      baseUrl: gh.baseUrl,
    });
    const run = await octokit.rest.checks.create({
      owner,
      repo,
      name: "ferry",
      head_sha: sha,
      conclusion: "failure",
      output: { title: "Failed", summary: "boom" },
      actions: [{ label: "Retry", description: "Retry the stage", identifier: "retry" }],
    });
    await gh.flushWebhooks();
    received.length = 0;
    await gh.requestAction({ owner, repo, checkRunId: run.data.id, identifier: "retry", actor: "dev" });
    expect(received.map((r) => r.payload["action"])).toEqual(["requested_action"]);
    expect(received[0]!.payload).toMatchObject({
      requested_action: { identifier: "retry" },
      check_run: { id: run.data.id, head_sha: sha },
    });
    expect(gh.checkRuns(owner, repo).find((c) => c.id === run.data.id)?.status).toBe("in_progress");
    await gh.rerequestCheckRun({ owner, repo, checkRunId: run.data.id, actor: "dev" });
    expect(received.at(-1)?.payload["action"]).toBe("rerequested");
    await gh.flushWebhooks();
    expect(gh.violations).toEqual([]);
  });

  it("redelivers the same body with the same delivery id", async () => {
    await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "r.txt": "1" } });
    const original = gh.deliveries.at(-1)!;
    await gh.redeliver(original.id);
    expect(received.map((r) => r.id)).toEqual([original.id, original.id]);
    expect(JSON.stringify(received[1]!.payload)).toBe(original.body);
    expect(original.attempts.map((a) => a.redelivery)).toEqual([false, true]);
  });

  it("is refused by Probot when unsigned or signed with another secret", async () => {
    const body = gh.deliveries.at(-1)!.body;
    const post = (headers: Record<string, string>): Promise<Response> =>
      fetch(replicas[0]!.url, {
        method: "POST",
        body,
        headers: {
          "content-type": "application/json",
          "x-github-event": "push",
          "x-github-delivery": "d-1",
          ...headers,
        },
      });
    const unsigned = await post({});
    const wrong = await post({ "x-hub-signature-256": await sign("not-the-secret", body) });
    expect(unsigned.status).toBeGreaterThanOrEqual(400);
    expect(wrong.status).toBeGreaterThanOrEqual(400);
    expect(received).toEqual([]);
  });
});
