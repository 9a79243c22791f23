import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import { movesOf } from "../../src/engine/move-trailer.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { RetryingTestOctokit, startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

/**
 * Issue 13, "Replicas under load": 8 App replicas (real Probot servers) behind one round-robin
 * load balancer get at least 100 webhooks while replicas are stopped and started mid-flight; the
 * deliveries that reach a stopped replica are lost. Counted from the audit trailers on
 * `ferry/state`: every pushed commit and every stage result is applied exactly once, no move is
 * recorded twice, and every deployment ends on the last commit that touched it.
 */
const owner = "acme";
const repo = "load";
const DEPLOYMENTS = ["web", "api", "docs"] as const;
const REPLICAS = 8;
const ROUNDS = 4;

let gh: GitHubStandin;
let clock: ManualClock;
const live: Replica[] = [];
const stopped: Replica[] = [];

const manifestOf = (name: string) => WEB_MANIFEST.replace('paths: ["site/**"]', `paths: ["${name}/**"]`);
// ferry's own Octokit, with Probot's real retry and throttling plugins on (waits scaled to milliseconds).
const start = async () => startReplica(gh, { clock, Octokit: RetryingTestOctokit });
/** The load balancer's list: live replicas, and stopped ones it has not noticed yet. */
const route = (also: readonly Replica[] = []) => gh.setWebhookTargets([...live, ...also].map((r) => r.url));

beforeAll(async () => {
  gh = await startTestStandin();
  clock = testClock();
  live.push(...(await Promise.all(Array.from({ length: REPLICAS }, start))));
  route();
}, 120_000);

afterAll(async () => {
  await Promise.all(live.map((r) => r.close()));
  await gh.close();
});

/** Stops a replica while webhooks are in flight; the balancer still sends it the next few. */
function stopOne(index: number): Promise<void> {
  const [replica] = live.splice(index % live.length, 1);
  stopped.push(replica!);
  route(stopped);
  return replica!.close();
}

/** Trailers of every state commit, oldest first. */
async function auditTrail(): Promise<Record<string, string[]>[]> {
  const commits = await gh.history(owner, repo, "ferry/state", 2000);
  return commits.reverse().map((c) => {
    const trailers: Record<string, string[]> = {};
    for (const line of c.message.split("\n")) {
      const match = /^(Ferry-[A-Za-z]+): (.*)$/.exec(line);
      if (match) (trailers[match[1]!] ??= []).push(match[2]!);
    }
    return trailers;
  });
}

describe("8 replicas under load", () => {
  it("apply every commit and stage result once while replicas stop and start", { timeout: 300_000 }, async () => {
    const files: Record<string, string> = { ...STAGE_WORKFLOW };
    for (const name of DEPLOYMENTS) {
      files[`.ferry/deployments/${name}.yml`] = manifestOf(name);
      files[`${name}/index.html`] = "v0\n";
    }
    await gh.createRepo({ owner, name: repo, files });
    const last = new Map<string, string>();
    const pushed: { deployment: string; sha: string }[] = [];
    // ferry meets the repository first: its first webhook records where `main` starts (the sync
    // cursor). A burst of pushes before that first contact: test/e2e/app-first-contact.test.ts.
    await gh.push({ owner, repo, actor: "dev", branch: "main", files: { "README.md": "load\n" } });
    await settle(gh, live);
    const lost = () => gh.deliveries.filter((d) => d.attempts.some((a) => a.status === null)).length;

    for (let round = 1; round <= ROUNDS; round++) {
      // A commit per deployment, back to back: the replicas race for ferry/state. Meanwhile a new
      // replica comes up (first, so that it cannot take over the stopped one's port) and another
      // goes down; the balancer still sends the stopped one its share of the pushes and stage
      // results, and those deliveries are lost.
      let stopping: Promise<void> | undefined;
      for (const [i, name] of DEPLOYMENTS.entries()) {
        const sha = await gh.push({
          owner,
          repo,
          actor: "dev",
          branch: "main",
          files: { [`${name}/index.html`]: `v${round}\n` },
        });
        pushed.push({ deployment: name, sha });
        last.set(name, sha);
        if (i === 0) {
          live.push(await start());
          stopping = stopOne(round * 3);
        }
      }
      await stopping;
      for (let pass = 0; pass < 2; pass++) {
        await settle(gh, live);
        for (const run of gh.runner.pending()) await gh.runner.complete(run.id, "success");
      }
      await gh.flushWebhooks();
      stopped.length = 0;
      route();
      await settle(gh, live);
      // What was lost is found by the next reconcile: commits after the branch's cursor, overdue stages.
      for (let pass = 0; pass < 10; pass++) {
        const pending = gh.runner.pending();
        for (const run of pending) await gh.runner.complete(run.id, "success");
        const states = await Promise.all(DEPLOYMENTS.map((d) => stateOf(gh, owner, repo, d)));
        const atRest = states.every(
          (s, i) => s?.regions["main"]?.state === "running" && s.run?.version === last.get(DEPLOYMENTS[i]!),
        );
        if (pending.length === 0 && atRest) break;
        clock.advance(3 * 60);
        await Promise.all(live.map((r) => r.app.tick()));
        await settle(gh, live);
      }
    }

    expect(gh.deliveries.length).toBeGreaterThanOrEqual(100);
    expect(lost()).toBeGreaterThan(0);
    const trail = await auditTrail();
    const events = trail.flatMap((t) => t["Ferry-Delivery"] ?? []);
    // Every commit triggered its deployment once: found by a webhook or by a reconcile, never twice.
    for (const { sha } of pushed) expect(events.filter((e) => e === `commit:${sha}`)).toHaveLength(1);
    // Every stage result was applied once.
    const runs = gh.runner.all().filter((r) => r.repo === repo);
    expect(runs.every((r) => r.status === "completed")).toBe(true);
    for (const run of runs)
      expect(events.filter((e) => e.startsWith(`gh-run:${run.id}:`) && e.endsWith(":succeeded"))).toHaveLength(1);
    // No move recorded twice, and each deployment ended on its last commit.
    for (const name of DEPLOYMENTS) {
      const moves = trail
        .flatMap((t) => movesOf(t, name))
        .map((m) => JSON.stringify([m.run, m.region, m.from, m.to, m.event]));
      expect(moves.length).toBeGreaterThan(0);
      expect(new Set(moves).size).toBe(moves.length);
      const state = await stateOf(gh, owner, repo, name);
      expect(state?.regions["main"]?.state).toBe("running");
      expect(state?.run?.version).toBe(last.get(name));
      expect(new Set(state?.processed).size).toBe(state?.processed.length);
    }
    expect(gh.violations).toEqual([]);
  });
});
