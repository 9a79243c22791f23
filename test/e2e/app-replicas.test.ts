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
  mergeSite,
} from "../app/support/ferry-harness.ts";
import { runSurfacesOf, standardRollbackSurfaces } from "../app/support/run-surfaces.ts";

const owner = "acme";

/** Two app replicas behind one stand-in, delivering each webhook to both or alternating between them. */
function twoReplicas(fanout: "all" | "round-robin") {
  const setup = { gh: undefined as unknown as GitHubStandin, replicas: [] as Replica[], clock: testClock() };
  beforeAll(async () => {
    setup.gh = await startTestStandin({ webhookFanout: fanout });
    const clock = setup.clock;
    setup.replicas.push(await startReplica(setup.gh, { clock }), await startReplica(setup.gh, { clock }));
    setup.gh.setWebhookTargets(setup.replicas.map((r) => r.url));
  });
  afterAll(async () => {
    await Promise.all(setup.replicas.map((r) => r.close()));
    await setup.gh.close();
  });
  return setup;
}

/** web with a health check: a failing one ends the run and starts the rollback run in one move. */
const HEALTH_MANIFEST = WEB_MANIFEST.replace(
  "  rollback:\n",
  "  health-check:\n    steps:\n      - run: ./health.sh\n  rollback:\n",
);

/**
 * Every history entry, oldest first, with its event and the kind of its note: none left out, so a move a second
 * replica applied again shows, self-loops included.
 */
async function moves(gh: GitHubStandin, repo: string): Promise<string[]> {
  const state = await stateOf(gh, owner, repo, "web");
  return (state?.history ?? []).map((h) => `${h.from}→${h.to} ${h.event}${h.note ? ` (${h.note.split(":")[0]})` : ""}`);
}

describe("two replicas that both get every webhook (a redelivering load balancer)", () => {
  const setup = twoReplicas("all");

  it("apply each transition once: one dispatch per stage, one check run, one deployment, one comment", async () => {
    const { gh, replicas } = setup;
    const repo = "both";
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
    const sha = await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" });
    expect(await runToRest(gh, replicas)).toEqual(["install"]);
    await gh.label({ owner, repo, number: pr.number, label: "ferry:pause", actor: "lead" });
    await settle(gh, replicas);

    expect(gh.deliveries.every((d) => d.attempts.length === 2 && d.attempts.every((a) => a.status === 200))).toBe(true);
    expect(gh.runner.all().map((r) => r.inputs["stage"])).toEqual(["install"]);
    // Whole entries, event and note included: a second replica applying a move again, or under another event, shows here.
    expect(await moves(gh, repo)).toEqual([
      "requested→validating deploy",
      // The manifest declares only install (and rollback): every other stage is skipped, not run.
      "validating→fetching stage.skipped",
      "fetching→preparing stage.skipped",
      "preparing→installing stage.skipped",
      "installing→activating stage.succeeded",
      "activating→health_checking stage.skipped",
      "health_checking→running stage.skipped",
      "running→running pause (held)",
    ]);
    const state = (await stateOf(gh, owner, repo, "web"))!;
    expect(new Set(state.processed).size).toBe(state.processed.length);
    expect(state.run).toMatchObject({ id: 1, version: sha });
    expect(state.hold).toMatchObject({ actor: "lead" });
    expect(gh.checkRuns(owner, repo).filter((c) => c.name === "ferry/web")).toHaveLength(1);
    expect(gh.deployments(owner, repo)).toHaveLength(1);
    expect(gh.comments(owner, repo, pr.number)).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });
});

describe("two replicas firing the same timer", () => {
  const setup = twoReplicas("all");

  it("apply a stage deadline once", async () => {
    const { gh, replicas, clock } = setup;
    const repo = "late";
    await gh.createRepo({ owner, name: repo, files: { ...STAGE_WORKFLOW, "site/index.html": "v0\n" } });
    await gh.push({
      owner,
      repo,
      actor: "lead",
      branch: "main",
      files: { ".ferry/deployments/web.yml": WEB_MANIFEST },
    });
    await settle(gh, replicas);
    expect(gh.runner.pending()).toHaveLength(1);
    clock.advance(31 * 60);
    await Promise.all(replicas.map((r) => r.app.tick()));
    await settle(gh, replicas);
    const state = (await stateOf(gh, owner, repo, "web"))!;
    expect(state.regions["main"]?.state).toBe("failed");
    expect(state.error?.message).toContain("did not report within its deadline");
    expect(state.history.filter((h) => h.eventId.startsWith("timer:")).map((h) => `${h.from}→${h.to}`)).toEqual([
      "installing→rollback_needed",
      "rollback_needed→failed",
    ]);
    expect(state.processed.filter((id) => id.startsWith("timer:"))).toHaveLength(1);
    expect(gh.runner.all().map((r) => r.status)).toEqual(["completed"]);
    expect(gh.violations).toEqual([]);
  });
});

describe("two replicas behind a round-robin load balancer", () => {
  const setup = twoReplicas("round-robin");

  it("share the work: merges, stage results and labels land on either replica, and each is applied once", async () => {
    const { gh, replicas } = setup;
    const repo = "shared";
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
    });
    gh.setPermission(owner, repo, "lead", "write");
    const versions: string[] = [];
    for (let i = 1; i <= 3; i++) {
      const pr = await gh.openPullRequest({
        owner,
        repo,
        actor: "dev",
        head: `feature-${i}`,
        files: { "site/index.html": `v${i}\n` },
      });
      versions.push(await gh.mergePullRequest({ owner, repo, number: pr.number, actor: "lead" }));
      expect(await runToRest(gh, replicas)).toEqual(["install"]);
    }
    const targets = new Set(gh.deliveries.flatMap((d) => d.attempts.map((a) => a.target)));
    expect(targets.size).toBe(2);
    const state = (await stateOf(gh, owner, repo, "web"))!;
    expect(state.regions["main"]?.state).toBe("running");
    expect(state.run).toMatchObject({ id: 3, version: versions[2] });
    expect(state.good.map((g) => g.version)).toEqual([...versions].reverse());
    expect(gh.runner.all().map((r) => [r.inputs["run_id"], r.inputs["version"]])).toEqual(
      versions.map((v, i) => [String(i + 1), v]),
    );
    expect(new Set(state.processed).size).toBe(state.processed.length);
    expect(gh.checkRuns(owner, repo).filter((c) => c.name === "ferry/web")).toHaveLength(3);
    expect(gh.deployments(owner, repo)).toHaveLength(3);
    expect(gh.violations).toEqual([]);
  });
});

describe("two replicas that both get every webhook, across a run boundary", () => {
  const setup = twoReplicas("all");

  it("end each run once and create each run's check run and deployment once: a failed v2 and the rollback run it starts", async () => {
    const { gh, replicas } = setup;
    const repo = "boundary";
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": HEALTH_MANIFEST, "site/index.html": "v0\n" },
    });
    const merge = async (version: string) => (await mergeSite(gh, owner, repo, version)).sha;
    gh.setPermission(owner, repo, "lead", "write");
    const v1 = await merge("v1");
    expect(await runToRest(gh, replicas)).toEqual(["install", "health-check"]);
    const v2 = await merge("v2");
    expect(await completeRuns(gh, replicas)).toEqual(["install"]);
    expect(await completeRuns(gh, replicas, "failure")).toEqual(["health-check"]);
    expect(await runToRest(gh, replicas)).toEqual(["rollback"]);

    expect(gh.deliveries.every((d) => d.attempts.length === 2)).toBe(true);
    const state = (await stateOf(gh, owner, repo, "web"))!;
    expect(state.run).toMatchObject({ id: 3, kind: "rollback", version: v1 });
    // One check run and one deployment per run (runSurfacesOf fails on a second), each with its own end.
    expect(runSurfacesOf(gh, owner, repo, "web").map((r) => [r.run, r.sha, r.check, r.deployment.at(-1)])).toEqual([
      [1, v1, "completed/success", "success"],
      [2, v2, "completed/failure", "failure"],
      [3, v1, "completed/success", "success"],
    ]);
    expect(gh.violations).toEqual([]);
  });
});

describe("two replicas, one handed a redelivery while the other's report is still on its way", () => {
  const setup = twoReplicas("round-robin");

  it("the redelivery creates nothing: the rollback run's check run and deployment come once, from the replica that wrote the move", async () => {
    const { gh, replicas } = setup;
    const [writer, other] = replicas as [Replica, Replica];
    const repo = "in-flight";
    gh.setWebhookTargets([writer.url]);
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": HEALTH_MANIFEST, "site/index.html": "v0\n" },
    });
    gh.setPermission(owner, repo, "lead", "write");
    const v1 = (await mergeSite(gh, owner, repo, "v1")).sha;
    expect(await runToRest(gh, [writer])).toEqual(["install", "health-check"]);
    const v2 = (await mergeSite(gh, owner, repo, "v2")).sha;
    expect(await completeRuns(gh, [writer])).toEqual(["install"]);
    const rollbackCheck = () => gh.checkRuns(owner, repo).filter((c) => c.externalId === "ferry:web:3");
    // The writer's creation of the rollback run's check run waits at GitHub until the other replica is done.
    const hold = gh.faults.hold({ route: "checks/create" });
    try {
      const delivered = gh.deliveries.length;
      const [health] = gh.runner.pending();
      await gh.runner.complete(health!.id, "failure");
      await hold.reached;
      expect((await stateOf(gh, owner, repo, "web"))?.run).toMatchObject({ id: 3, kind: "rollback", version: v1 });
      expect(rollbackCheck()).toEqual([]);
      // The health check's webhooks reach the other replica too (a redelivery, a second load balancer): the
      // move is already written, run 3's keys find nothing yet, and it must not create them.
      for (const d of gh.deliveries.slice(delivered)) await gh.redeliver(d.id, other.url);
      await other.app.idle();
      expect(rollbackCheck()).toEqual([]);
      expect(gh.deployments(owner, repo)).toHaveLength(2);
    } finally {
      // Let it through whatever happened, or the replicas never go idle and the suite's clean-up waits forever.
      hold.release();
    }
    gh.setWebhookTargets(replicas.map((r) => r.url));
    expect(await runToRest(gh, replicas)).toEqual(["rollback"]);
    expect(runSurfacesOf(gh, owner, repo, "web")).toEqual(standardRollbackSurfaces(v1, v2));
    expect(gh.violations).toEqual([]);
  });
});
