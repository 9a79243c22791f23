import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createNodeMiddleware, Probot } from "probot";
import { STAGE_RUN_NAME } from "../../../src/adapters/github/stage-run-name.ts";
import { ManualClock } from "../../../src/adapters/memory/manual-clock.ts";
import { createFerryApp, type FerryApp, type FerryAppOptions } from "../../../src/app/index.ts";
import type { DeploymentState } from "../../../src/core/deployment-state.ts";
import { parseSyncCursor } from "../../../src/manifest/sync-cursor.ts";
import type { GitHubStandin } from "../../support/github-standin/index.ts";
import { APP_ID, testAppKey, TestOctokit, WEBHOOK_SECRET } from "../../support/github-standin/standin-fixture.ts";

const run = promisify(execFile);

/** One ferry app replica: a real Probot server on 127.0.0.1 with the app loaded. */
export interface Replica {
  readonly app: FerryApp;
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Starts ferry as `npm start` would, but on a free port, against the stand-in, with the test's clock.
 * Tests use an Octokit with throttling and retries off unless they pass one; the bench passes Probot's own.
 */
export async function startReplica(
  gh: GitHubStandin,
  options: FerryAppOptions & { readonly Octokit?: typeof TestOctokit } = {},
): Promise<Replica> {
  const { Octokit = TestOctokit, ...appOptions } = options;
  const probot = new Probot({
    appId: APP_ID,
    privateKey: testAppKey(),
    secret: WEBHOOK_SECRET,
    baseUrl: gh.baseUrl,
    Octokit,
    logLevel: (process.env["FERRY_TEST_LOG"] ?? "fatal") as "fatal",
  });
  const app = createFerryApp({ timerIntervalMs: 3_600_000, coalesceMs: 0, ...appOptions });
  const middleware = await createNodeMiddleware(app, { probot, webhooksPath: "/api/github/webhooks" });
  // Loading started the first timer pass; a repository the test creates while it lists repositories would be
  // reconciled behind the test's back, so the replica is ready only once that pass is over.
  await app.idle();
  const server: Server = createServer((req, res) => {
    void middleware(req, res, () => res.writeHead(404).end());
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/github/webhooks`;
  return {
    app,
    url,
    close: async () => {
      app.stop();
      await app.idle();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** Waits until no webhook is in flight and no replica has work queued, however many rounds that takes. */
export async function settle(gh: GitHubStandin, replicas: readonly Replica[]): Promise<void> {
  for (let round = 0; round < 200; round++) {
    const before = gh.deliveries.length;
    await gh.flushWebhooks();
    await Promise.all(replicas.map((r) => r.app.idle()));
    await gh.flushWebhooks();
    if (gh.deliveries.length === before) return;
  }
  throw new Error("the app did not settle");
}

/** The runner workflow every managed test repository has. */
export const STAGE_WORKFLOW = {
  ".github/workflows/ferry-stage.yml": `name: ferry stage
run-name: "${STAGE_RUN_NAME}"
on:
  workflow_dispatch:
    inputs:
      deployment: { required: true, type: string }
      stage: { required: true, type: string }
      version: { required: true, type: string }
      run_id: { required: true, type: string }
      attempt: { required: true, type: string }
      environment: { required: false, type: string }
      runs_on: { required: false, type: string, default: '"ubuntu-latest"' }
jobs:
  stage:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { ref: "\${{ inputs.version }}" }
      - uses: ferry/ferry@v0
        with: { command: stage, deployment: "\${{ inputs.deployment }}", stage: "\${{ inputs.stage }}" }
`,
};

/** A standard-lifecycle manifest triggered by `site/**`, with install and rollback stages. */
export const WEB_MANIFEST = `lifecycle: standard
environment: production
triggers:
  paths: ["site/**"]
stages:
  install:
    steps:
      - run: ./install.sh
  rollback:
    steps:
      - run: ./rollback.sh
`;

/** Opens a pull request that changes `site/index.html` to `version` and merges it: its number and the merge commit. */
export async function mergeSite(
  gh: GitHubStandin,
  owner: string,
  repo: string,
  version: string,
): Promise<{ pr: number; sha: string }> {
  const opened = await gh.openPullRequest({
    owner,
    repo,
    actor: "dev",
    head: `feature-${version}`,
    files: { "site/index.html": `${version}\n` },
  });
  const sha = await gh.mergePullRequest({ owner, repo, number: opened.number, actor: "lead" });
  return { pr: opened.number, sha };
}

/** The deployment's state as the state branch has it. */
export async function stateOf(
  gh: GitHubStandin,
  owner: string,
  repo: string,
  deployment: string,
): Promise<DeploymentState | undefined> {
  const text = await gh.readFile(owner, repo, "ferry/state", `deployments/${deployment}.json`);
  return text === undefined ? undefined : (JSON.parse(text) as DeploymentState);
}

/** The sync cursor of `branch` on the state branch, or undefined when there is none or it is unreadable. */
export async function syncCursorOf(gh: GitHubStandin, owner: string, repo: string, branch = "main") {
  const text = await gh.readFile(owner, repo, "ferry/state", `sync/${branch}.json`);
  const parsed = text === undefined ? undefined : parseSyncCursor(text, branch);
  return parsed?.kind === "ok" ? parsed.cursor : undefined;
}

/** Moves the test's clock on and runs each replica's timer loop once, as their next ticks would, then settles. */
export async function tickAfter(
  gh: GitHubStandin,
  clock: ManualClock,
  replicas: readonly Replica[],
  minutes: number,
): Promise<void> {
  clock.advance(minutes * 60);
  for (const replica of replicas) await replica.app.tick();
  await settle(gh, replicas);
}

/** Which queued stage runs to complete: every one, or only those of one repository (others' stay queued). */
export interface RunScope {
  readonly repo?: string;
}

/** Completes every queued stage run (of `scope.repo` only, if given) with `conclusion`, then settles; returns the stages it completed. */
export async function completeRuns(
  gh: GitHubStandin,
  replicas: readonly Replica[],
  conclusion: "success" | "failure" = "success",
  scope: RunScope = {},
): Promise<string[]> {
  await settle(gh, replicas);
  const done: string[] = [];
  for (const pending of gh.runner.pending()) {
    if (scope.repo !== undefined && pending.repo !== scope.repo) continue;
    done.push(String(pending.inputs["stage"]));
    await gh.runner.complete(pending.id, conclusion);
  }
  await settle(gh, replicas);
  return done;
}

/** Runs stages (of `scope.repo` only, if given) to success until nothing is dispatched any more. */
export async function runToRest(
  gh: GitHubStandin,
  replicas: readonly Replica[],
  scope: RunScope = {},
): Promise<string[]> {
  const all: string[] = [];
  for (let i = 0; i < 20; i++) {
    const done = await completeRuns(gh, replicas, "success", scope);
    if (done.length === 0) return all;
    all.push(...done);
  }
  throw new Error("stages kept being dispatched");
}

/**
 * A clock at the real time that moves only when the test says (payload times from the stand-in are real). It starts on
 * a whole second: GitHub's times, and so the stand-in's, have none, and a stage finished in the same second as the
 * clock started would otherwise carry a time before the run's start (a run that "took" a negative time shows none).
 */
export function testClock(): ManualClock {
  return new ManualClock(new Date(Math.floor(Date.now() / 1000) * 1000).toISOString());
}

/**
 * Moves a branch of a stand-in repository to each commit in turn with real `git push --force` (as
 * `actor`), like a person resetting it; one clone, so commits no branch reaches any more still push.
 */
export async function gitPush(
  gh: GitHubStandin,
  owner: string,
  repo: string,
  actor: string,
  branch: string,
  shas: readonly string[],
): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), "ferry-push-"));
  try {
    const env = { ...process.env, GIT_TERMINAL_PROMPT: "0" };
    await run("git", ["clone", "--quiet", "--bare", gh.cloneUrl(owner, repo, { actor }), dir], { env });
    for (const sha of shas)
      await run("git", ["push", "--quiet", "--force", "origin", `${sha}:refs/heads/${branch}`], { cwd: dir, env });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
