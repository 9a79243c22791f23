import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CountingStore } from "../../support/counting-store.ts";
import { CutInStore } from "../../support/cut-in-store.ts";
import { GitHubReporter } from "../../../src/adapters/github/github-reporter.ts";
import { GitHubStateStore } from "../../../src/adapters/github/github-state-store.ts";
import { initialDeploymentState } from "../../../src/core/deployment-state.ts";
import { builtinLifecycle } from "../../../src/manifest/builtin-lifecycles.ts";
import type { GitHubStandin } from "../../support/github-standin/index.ts";
import { installationOctokit, startTestStandin } from "../../support/github-standin/standin-fixture.ts";
import { engineWith, events, specFor } from "../../support/engine-fixture.ts";

let gh: GitHubStandin;
let repoNo = 0;

beforeAll(async () => {
  gh = await startTestStandin();
});
afterAll(async () => {
  await gh.close();
});

async function freshRepo() {
  const name = `svc-${++repoNo}`;
  const info = await gh.createRepo({ owner: "acme", name, files: { "README.md": "# svc\n" } });
  const octokit = installationOctokit(gh, info.installationId!);
  return { name, info, octokit, ref: { owner: "acme", repo: name } };
}

const lifecycle = builtinLifecycle("standard");
const initial = (name: string) => initialDeploymentState(lifecycle, name, "2026-01-01T00:00:00.000Z");

/** Dies once right after the commit, the way a process killed between commit and report would. */
class CrashOnceReporter extends GitHubReporter {
  crashed = false;
  override async report(views: Parameters<GitHubReporter["report"]>[0]): Promise<void> {
    if (!this.crashed) {
      this.crashed = true;
      throw new Error("process died before reporting");
    }
    return super.report(views);
  }
}

describe("GitHubStateStore against the stand-in", () => {
  it("creates ferry/state with a README root commit, writes with createCommitOnBranch, and reads back", async () => {
    const { octokit, ref } = await freshRepo();
    const store = new GitHubStateStore(octokit, ref);
    expect((await store.read(["web"])).head).toBeNull();
    const written = await store.write({
      expectedHead: null,
      states: [initial("web")],
      message: "web: requested [skip ci]\n\nFerry-Event: deploy web\n",
    });
    expect(written.ok).toBe(true);
    expect(await gh.readFile("acme", ref.repo, "ferry/state", "README.md")).toContain("# ferry/state");
    const fresh = new GitHubStateStore(octokit, ref);
    const snapshot = await fresh.read(["web", "api"], { fresh: true });
    expect(snapshot.deployments.get("web")).toEqual({ kind: "ok", state: initial("web") });
    expect(snapshot.deployments.get("api")).toEqual({ kind: "absent" });
    expect((await fresh.history("web"))[0]).toMatchObject({
      subject: "web: requested [skip ci]",
      trailers: { "Ferry-Event": ["deploy web"] },
    });
    expect(gh.violations).toEqual([]);
  });

  it("a steady stream of writes costs one request each", async () => {
    const { octokit, ref } = await freshRepo();
    const store = new GitHubStateStore(octokit, ref);
    let head = (await store.read(["web"])).head;
    const first = await store.write({ expectedHead: head, states: [initial("web")], message: "first" });
    if (!first.ok) throw new Error("write failed");
    gh.resetCounts();
    for (let i = 0; i < 5; i++) {
      const snapshot = await store.read(["web"]);
      head = snapshot.head;
      const outcome = await store.write({
        expectedHead: head,
        states: [{ ...initial("web"), runSeq: i }],
        message: `w${i}`,
      });
      expect(outcome.ok).toBe(true);
    }
    expect(gh.counts().total).toBe(5);
    expect(gh.violations).toEqual([]);
  });

  it("compare-and-swap: a stale head is a typed conflict (GitHub's STALE_DATA), not an overwrite", async () => {
    const { octokit, ref } = await freshRepo();
    const a = new GitHubStateStore(octokit, ref);
    const b = new GitHubStateStore(octokit, ref);
    const first = await a.write({ expectedHead: null, states: [initial("web")], message: "one" });
    if (!first.ok) throw new Error("write failed");
    const fromB = await b.write({ expectedHead: first.head, states: [initial("api")], message: "two" });
    expect(fromB.ok).toBe(true);
    const stale = await a.write({ expectedHead: first.head, states: [initial("db")], message: "stale" });
    expect(stale).toMatchObject({ ok: false, reason: "conflict" });
    expect((await a.list()).deployments).toEqual(["api", "web"]);
  });

  it("reports a corrupt file and the engine never overwrites it", async () => {
    const { octokit, ref, name } = await freshRepo();
    await gh.push({
      owner: "acme",
      repo: name,
      branch: "ferry/state",
      files: { "deployments/web.json": '{"schemaVersion": 1,' },
      message: "hand edit",
      actor: "octocat",
    });
    const store = new GitHubStateStore(octokit, ref);
    const { engine, reporter } = engineWith(store, [specFor("web", "standard", ["install"])]);
    const [outcome] = await engine.submit([events.deploy("web", "a".repeat(40))]);
    expect(outcome).toMatchObject({ kind: "blocked" });
    expect(await gh.readFile("acme", name, "ferry/state", "deployments/web.json")).toBe('{"schemaVersion": 1,');
    expect(reporter.latest("web")?.blocked).toContain("corrupt");
  });

  it("two engines on two stores lose nothing and duplicate nothing: the loser of each race re-reads and re-applies", async () => {
    const { octokit, ref } = await freshRepo();
    // A's every first createCommitOnBranch meets a head B has just moved (B commits between A's read and write).
    const stores = [
      new CutInStore(new GitHubStateStore(octokit, ref)),
      new CountingStore(new GitHubStateStore(octokit, ref)),
    ] as const;
    const spec = specFor("web", "standard", ["install"]);
    const a = engineWith(stores[0], [spec]);
    const b = engineWith(stores[1], [spec]);
    const triggers = Array.from({ length: 10 }, (_, i) => events.deploy("web", `v${i}`));
    for (let i = 0; i < triggers.length; i += 2) {
      stores[0].beforeNextWrite(() => b.engine.submit([triggers[i + 1]!]));
      await a.engine.submit([triggers[i]!]);
    }
    await Promise.all([a.engine.idle(), b.engine.idle()]);
    // A loses each of its five races once. B's store remembers the head it last wrote, so each of B's submits after
    // the first starts from a remembered head A has since moved, loses once and re-reads: four more, as designed.
    expect([stores[0].conflicts, stores[1].conflicts]).toEqual([5, 4]);
    const read = (await new GitHubStateStore(octokit, ref).read(["web"])).deployments.get("web");
    if (read?.kind !== "ok") throw new Error("no state");
    const ids = triggers.map((t) => t.event.id);
    // Applied in the order the branch saw them, each once: B's cut-in, then A's retried trigger.
    expect(read.state.processed.filter((id) => ids.includes(id))).toEqual(
      [1, 0, 3, 2, 5, 4, 7, 6, 9, 8].map((i) => ids[i]),
    );
    // Every trigger is accounted for: the first applied (v1) runs, the last applied (v8) waits and counts the eight it superseded.
    expect(read.state.run!.version).toBe("v1");
    expect(read.state.queue).toMatchObject([{ version: "v8", coalesced: 8 }]);
    expect(gh.violations).toEqual([]);
  });
});

describe("GitHubReporter against the stand-in", () => {
  it("records a state change as a check run, a commit status and a deployment status; one request per surface after that", async () => {
    const { octokit, ref, info } = await freshRepo();
    const sha = info.headSha!;
    const store = new GitHubStateStore(octokit, ref);
    const spec = specFor("web", "standard", ["install", "rollback"]);
    const { engine } = engineWith(store, [spec], { reporter: new GitHubReporter(octokit, ref) });
    await engine.submit([events.deploy("web", sha)]);
    await engine.idle();
    const runs = gh.checkRuns("acme", ref.repo).filter((c) => c.name === "ferry/web");
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ headSha: sha, status: "in_progress", externalId: "ferry:web:1" });
    const statuses = gh.listStatuses("acme", ref.repo, sha).filter((s) => s.context === "ferry/web");
    expect(statuses.at(-1)).toMatchObject({ state: "pending" });
    expect(statuses.at(-1)!.description!.length).toBeLessThanOrEqual(140);
    expect(gh.deployments("acme", ref.repo)).toHaveLength(1);

    const read = (await store.read(["web"])).deployments.get("web");
    if (read?.kind !== "ok") throw new Error("no state");
    gh.resetCounts();
    await engine.submit([events.stage("web", "stage.failed", read.state, "install.sh exited 3: disk full")]);
    const counts = gh.counts().byOperation;
    expect(counts).toMatchObject({
      "checks/update": 1,
      "repos/create-commit-status": 1,
      "repos/create-deployment-status": 1,
    });
    const run = gh.checkRuns("acme", ref.repo).find((c) => c.name === "ferry/web")!;
    expect(run).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(run.output.summary).toContain("install failed");
    expect(run.output.summary).toContain("install.sh exited 3: disk full");
    expect(run.output.summary).toContain("```mermaid");
    expect(run.actions.map((a) => a.identifier)).toContain("retry");
    expect(
      gh
        .listStatuses("acme", ref.repo, sha)
        .filter((s) => s.context === "ferry/web")
        .at(-1),
    ).toMatchObject({ state: "failure" });
    expect(gh.violations).toEqual([]);
  });

  it("repairs the surfaces after a crash between the commit and the report, with the run's next move", async () => {
    const { octokit, ref, info } = await freshRepo();
    const sha = info.headSha!;
    const store = new GitHubStateStore(octokit, ref);
    const reporter = new CrashOnceReporter(octokit, ref);
    const { engine } = engineWith(store, [specFor("web", "standard", ["install"])], { reporter });
    const deploy = events.deploy("web", sha);
    const ferryWeb = () => gh.checkRuns("acme", ref.repo).filter((c) => c.name === "ferry/web");
    await engine.submit([deploy]);
    await engine.idle();
    expect(ferryWeb()).toHaveLength(0);
    // A redelivery creates nothing (only the writer of one of the run's moves may), so it cannot race the writer.
    expect(await engine.submit([deploy])).toMatchObject([{ kind: "duplicate" }]);
    expect(ferryWeb()).toHaveLength(0);
    const read = await store.read(["web"]);
    const state = read.deployments.get("web");
    if (state?.kind !== "ok") throw new Error("web has no state");
    await engine.submit([events.stage("web", "stage.succeeded", state.state)]);
    await engine.idle();
    const runs = ferryWeb();
    expect(runs).toHaveLength(1);
    // The title is the summary's verdict as plain text.
    expect(runs[0]!.output.title).toMatch(new RegExp(`^Deployed ${sha.slice(0, 7)} in `));
    expect(runs[0]!.output.summary).toContain(`### ✅ Deployed \`${sha.slice(0, 7)}\` in `);
    expect(runs[0]!.output.summary).toContain("running");
    expect(gh.violations).toEqual([]);
  });

  it("marks a superseded run's deployment inactive when a newer commit replaces it", async () => {
    const { octokit, ref, name } = await freshRepo();
    const v1 = await gh.push({
      owner: "acme",
      repo: name,
      branch: "main",
      files: { "app.txt": "1\n" },
      message: "v1",
      actor: "octocat",
    });
    const v2 = await gh.push({
      owner: "acme",
      repo: name,
      branch: "main",
      files: { "app.txt": "2\n" },
      message: "v2",
      actor: "octocat",
    });
    const store = new GitHubStateStore(octokit, ref);
    const { engine } = engineWith(store, [specFor("pr-7", "preview", ["initialize", "deploy"])], {
      reporter: new GitHubReporter(octokit, ref),
    });
    await engine.submit([events.deploy("pr-7", v1)]);
    await engine.idle();
    await engine.submit([events.deploy("pr-7", v2)]);
    await engine.idle();
    const deployments = gh.deployments("acme", ref.repo);
    expect(deployments.map((d) => d.sha)).toEqual([v1, v2]);
    expect(deployments[0]!.statuses.at(-1)).toMatchObject({
      state: "inactive",
      description: `run 1 cancelled: superseded by run 2 of ${v2.slice(0, 7)}`,
    });
    const checks = gh.checkRuns("acme", ref.repo).filter((c) => c.name === "ferry/pr-7");
    expect(checks.map((c) => [c.headSha, c.status, c.conclusion])).toEqual([
      [v1, "completed", "cancelled"],
      [v2, "in_progress", null],
    ]);
    expect(deployments[1]!.statuses.at(-1)).toMatchObject({ state: "in_progress" });
    expect(deployments.every((d) => d.transient)).toBe(true);
    expect(gh.violations).toEqual([]);
  });

  it("creates a run's surfaces only for the move that started it: a redelivery or a later writer after a restart finds them", async () => {
    const { octokit, ref, info } = await freshRepo();
    const sha = info.headSha!;
    let state = initialDeploymentState(lifecycle, "web", "2026-01-01T00:00:00.000Z");
    state = {
      ...state,
      run: {
        id: 1,
        kind: "deploy",
        cause: "merge",
        actor: "alice",
        version: sha,
        attempt: 1,
        startedAt: state.updatedAt,
      },
      runSeq: 1,
      regions: { main: { state: "installing", since: state.updatedAt, resting: "requested" } },
    };
    const view = { deployment: "web", lifecycle, state, environment: "production", transitions: [] };
    await new GitHubReporter(octokit, ref).report([{ ...view, basis: "written", started: true }]);
    gh.resetCounts();
    await new GitHubReporter(octokit, ref).report([{ ...view, basis: "redelivered" }]);
    // Up to date: a redelivery reads the check run and writes nothing.
    expect(gh.counts().byOperation).toEqual({ "checks/list-for-ref": 1 });
    await new GitHubReporter(octokit, ref).report([{ ...view, basis: "written", previous: state }]);
    expect(gh.checkRuns("acme", ref.repo).filter((c) => c.name === "ferry/web")).toHaveLength(1);
    expect(gh.deployments("acme", ref.repo)).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });
});
