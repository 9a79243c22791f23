import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { simpleGit } from "simple-git";
import { beforeAll, describe, expect, it } from "vitest";
import { ProcessRunner, type ProcessRunnerOptions } from "../../../src/adapters/local/process-runner.ts";
import { runGit } from "../../../src/adapters/local/run-git.ts";
import { GitStateStore } from "../../../src/adapters/local/git-state-store.ts";
import { ManualClock } from "../../../src/adapters/memory/manual-clock.ts";
import { alive, waitFor } from "../../support/processes.ts";
import { MemoryCatalog } from "../../../src/adapters/memory/memory-catalog.ts";
import { MemoryReporter } from "../../../src/adapters/memory/memory-reporter.ts";
import { Engine } from "../../../src/engine/engine.ts";
import type { DeploymentEvent } from "../../../src/engine/deployment-event.ts";
import type { CommandStep, Manifest, Stage } from "../../../src/manifest/manifest.ts";
import type { StageRequest } from "../../../src/ports/stage-runner.ts";
import { events as eventsFor, specFor } from "../../support/engine-fixture.ts";
import { commitFiles, GIT_IDENTITY, tempRepo } from "../../support/temp-repo.ts";

const sh = (script: string, extra: Partial<CommandStep> = {}): CommandStep => ({
  kind: "command",
  name: extra.name ?? script.slice(0, 20),
  command: { script },
  env: {},
  ...extra,
});
const stage = (...steps: [CommandStep, ...CommandStep[]]): Stage => ({ retries: 0, env: {}, steps });

function manifestWith(stages: Record<string, Stage>, extra: Partial<Manifest> = {}): Manifest {
  return {
    name: "web",
    file: ".ferry/deployments/web.yml",
    lifecycle: "standard",
    environment: "web",
    runsOn: "ubuntu-latest",
    quick: false,
    triggers: { pullRequests: false },
    timers: {},
    scope: { allowDrop: false },
    env: {},
    secrets: [],
    healthChecks: [],
    stages,
    ...extra,
  };
}

function request(stageName: string, version: string, extra: Partial<StageRequest> = {}): StageRequest {
  return {
    deployment: "web",
    region: "main",
    state: stageName,
    stage: stageName,
    version,
    runId: 7,
    attempt: 2,
    deadline: "2026-01-01T01:00:00.000Z",
    environment: "web",
    runsOn: "ubuntu-latest",
    ...extra,
  };
}

interface Harness {
  readonly runner: ProcessRunner;
  readonly submitted: DeploymentEvent[];
  readonly output: string[];
  readonly logDir: string;
}

/** `logs: "default"` leaves the runner's own log directory (under .git/ferry) in place. */
function harness(
  repo: string,
  manifest: Manifest | undefined,
  extra: Partial<ProcessRunnerOptions> = {},
  logs: "temp" | "default" = "temp",
): Harness {
  const submitted: DeploymentEvent[] = [];
  const output: string[] = [];
  const logDir = mkdtempSync(join(tmpdir(), "ferry-logs-"));
  const runner = new ProcessRunner({
    repo,
    manifests: async (_version, deployment) => (deployment === manifest?.name ? manifest : undefined),
    submit: async (events) => void submitted.push(...events),
    clock: new ManualClock(),
    ...(logs === "temp" ? { logDir } : {}),
    killGraceMs: 200,
    onOutput: (line) => output.push(line),
    ...extra,
  });
  return { runner, submitted, output, logDir };
}

const typesOf = (events: readonly DeploymentEvent[]) => events.map((e) => e.event.type);

async function worktrees(repo: string): Promise<number> {
  return (await runGit(repo, ["worktree", "list", "--porcelain"])).stdout
    .split("\n")
    .filter((l) => l.startsWith("worktree ")).length;
}

describe("ProcessRunner", () => {
  let repo = "";
  let v1 = "";
  let v2 = "";

  beforeAll(async () => {
    repo = await tempRepo({ "README.md": "# app\n", "version.txt": "v0\n" });
    v1 = await commitFiles(repo, { "version.txt": "v1\n", "only-in-v1.txt": "from v1\n" }, "v1");
    await runGit(repo, ["rm", "-q", "only-in-v1.txt"]);
    v2 = await commitFiles(repo, { "version.txt": "v2\n" }, "v2");
  });

  it("runs a stage in a worktree at the requested version and leaves the user's working tree alone", async () => {
    writeFileSync(join(repo, "README.md"), "# dirty, uncommitted edit\n");
    writeFileSync(join(repo, "untracked.txt"), "mine\n");
    const git = simpleGit({ baseDir: repo, config: GIT_IDENTITY });
    const before = {
      status: (await runGit(repo, ["status", "--porcelain"])).stdout,
      head: await git.revparse(["HEAD"]),
      branch: (await git.branch()).current,
    };
    const { runner, submitted, output } = harness(
      repo,
      manifestWith({
        deploy: stage(
          sh('cat only-in-v1.txt version.txt; git rev-parse HEAD; echo "checkout=$(pwd)"', { name: "show" }),
        ),
      }),
    );

    const started = await runner.start(request("deploy", v1));
    expect(started).toMatchObject({ ok: true, externalId: "local:web:7:2:deploy" });
    await runner.idle();

    expect(output.slice(0, 3)).toEqual(["from v1", "v1", v1]);
    const checkout = output[3]!.slice("checkout=".length);
    expect(checkout).not.toBe(repo);
    expect(existsSync(checkout)).toBe(false);
    expect(await worktrees(repo)).toBe(1);
    expect((await runGit(repo, ["status", "--porcelain"])).stdout).toBe(before.status);
    expect(await git.revparse(["HEAD"])).toBe(before.head);
    expect(before.head).toBe(v2);
    expect((await git.branch()).current).toBe(before.branch);
    expect(readFileSync(join(repo, "README.md"), "utf8")).toBe("# dirty, uncommitted edit\n");

    // One event, the result: a start is no lifecycle move and costs no state commit.
    expect(typesOf(submitted)).toEqual(["stage.succeeded"]);
    const url = started.ok ? started.url! : "";
    for (const [i, outcome] of ["succeeded"].entries()) {
      const { deployment, event } = submitted[i]!;
      expect(deployment).toBe("web");
      expect(event).toMatchObject({
        id: `local:web:7:2:deploy:${outcome}`,
        actor: "ferry",
        cause: "runner",
        at: "2026-01-01T00:00:00.000Z",
      });
      expect(event).toHaveProperty(
        "stage",
        expect.objectContaining({ runId: 7, attempt: 2, stage: "deploy", externalId: "local:web:7:2:deploy", url }),
      );
    }
    expect(submitted[0]!.event).toHaveProperty("stage.message", expect.stringMatching(/^1 step succeeded in/));
    const log = readFileSync(fileURLToPath(url), "utf8");
    expect(log).toContain("==> step 1: show (command)");
    expect(log).toContain("from v1");
    expect(log).toContain("### ✅ ferry: stage `deploy` of `web` succeeded");
  });

  it("reports a failing step as stage.failed with its exit code and stderr, and runs no later step", async () => {
    const marker = join(mkdtempSync(join(tmpdir(), "ferry-mark-")), "ran");
    const manifest = manifestWith({
      install: stage(
        sh('echo "cannot reach registry" >&2; exit 4', { name: "install" }),
        sh(`touch ${marker}`, { name: "after" }),
      ),
    });
    const { runner, submitted } = harness(repo, manifest);
    await runner.start(request("install", v2, { runId: 8, attempt: 1 }));
    await runner.idle();
    expect(typesOf(submitted)).toEqual(["stage.failed"]);
    expect(submitted[0]!.event).toMatchObject({
      id: "local:web:8:1:install:failed",
      stage: {
        runId: 8,
        attempt: 1,
        stage: "install",
        message: 'step "install" failed: exit code 4: cannot reach registry',
      },
    });
    expect(existsSync(marker)).toBe(false);
    expect(await worktrees(repo)).toBe(1);
  });

  it("times out at the request's deadline, killing the stage's processes, and reports stage.timed-out", async () => {
    const pids = join(mkdtempSync(join(tmpdir(), "ferry-pids-")), "pids");
    const manifest = manifestWith({
      deploy: stage(sh(`sleep 600 & echo $! >> ${pids}; sleep 600 & echo $! >> ${pids}; wait`, { name: "hang" })),
    });
    const { runner, submitted } = harness(repo, manifest);
    await runner.start(request("deploy", v2, { deadline: "2026-01-01T00:00:01.000Z" }));
    await runner.idle();
    expect(typesOf(submitted)).toEqual(["stage.timed-out"]);
    expect(submitted[0]!.event).toHaveProperty("stage.message", 'stage timed out after 1s in step "hang"');
    const recorded = readFileSync(pids, "utf8").trim().split("\n").map(Number);
    expect(recorded).toHaveLength(2);
    expect(await waitFor(() => recorded.every((pid) => !alive(pid)))).toBe(true);
  });

  it("cancel kills the running stage's process tree and reports nothing", async () => {
    const pids = join(mkdtempSync(join(tmpdir(), "ferry-pids-")), "pids");
    const manifest = manifestWith({
      deploy: stage(sh(`echo $$ >> ${pids}; sleep 600 & echo $! >> ${pids}; wait`, { name: "long" })),
    });
    const { runner, submitted } = harness(repo, manifest);
    const started = await runner.start(request("deploy", v2));
    expect(await waitFor(() => existsSync(pids) && readFileSync(pids, "utf8").trim().split("\n").length === 2)).toBe(
      true,
    );
    const recorded = readFileSync(pids, "utf8").trim().split("\n").map(Number);
    expect(recorded.every(alive)).toBe(true);
    await runner.cancel({
      deployment: "web",
      stage: "deploy",
      runId: 7,
      attempt: 2,
      ...(started.ok && started.externalId ? { externalId: started.externalId } : {}),
    });
    expect(await waitFor(() => recorded.every((pid) => !alive(pid)))).toBe(true);
    await runner.idle();
    expect(typesOf(submitted)).toEqual([]);
    expect(await worktrees(repo)).toBe(1);
    await runner.cancel({ deployment: "web", stage: "deploy", runId: 7, attempt: 2 }); // nothing running: a no-op
  });

  it("redacts secret values from events, the log file and streamed output", async () => {
    const secret = "s3cr3t-deploy-token-value";
    const manifest = manifestWith(
      {
        deploy: {
          retries: 0,
          env: { TOKEN: { secret: "DEPLOY_TOKEN" } },
          steps: [sh('echo "using $TOKEN"; echo "denied: $TOKEN" >&2; exit 1', { name: "push" })],
        },
      },
      { secrets: ["DEPLOY_TOKEN"] },
    );
    const { runner, submitted, output } = harness(repo, manifest, {
      secrets: (name) => (name === "DEPLOY_TOKEN" ? secret : undefined),
    });
    const started = await runner.start(request("deploy", v2));
    await runner.idle();
    const log = readFileSync(fileURLToPath(started.ok ? started.url! : ""), "utf8");
    expect(output).toEqual(["using [redacted]", "denied: [redacted]"]);
    expect(submitted[0]!.event).toHaveProperty("stage.message", 'step "push" failed: exit code 1: denied: [redacted]');
    expect(JSON.stringify(submitted) + log + output.join("\n")).not.toContain(secret);
    expect(log).toContain("denied: [redacted]");
  });

  it("runs the type-specific variant of a stage when the manifest has a type", async () => {
    const manifest = manifestWith(
      { deploy: stage(sh("echo plain")), "odoo.deploy": stage(sh("echo odoo")) },
      { type: "odoo" },
    );
    const { runner, output } = harness(repo, manifest);
    await runner.start(request("deploy", v2));
    await runner.idle();
    expect(output).toEqual(["odoo"]);
  });

  it("refuses to start without a manifest, a stage or a commit, and leaves no worktree behind", async () => {
    const { runner, submitted } = harness(repo, manifestWith({ deploy: stage(sh("true")) }));
    expect(await runner.start(request("deploy", v2, { deployment: "api" }))).toEqual({
      ok: false,
      message: `no manifest for deployment api at ${v2}`,
    });
    expect(await runner.start(request("migrate", v2))).toEqual({
      ok: false,
      message: ".ferry/deployments/web.yml has no stage migrate",
    });
    expect(await runner.start(request("deploy", "f".repeat(40)))).toEqual({
      ok: false,
      message: `version ${"f".repeat(40)} is not a commit of ${repo}`,
    });
    expect(await runner.start(request("deploy", "--orphan"))).toEqual({
      ok: false,
      message: 'invalid version "--orphan"',
    });
    await runner.idle();
    expect(submitted).toEqual([]);
    expect(await worktrees(repo)).toBe(1);
  });

  it("writes logs under .git/ferry/logs by default", async () => {
    const { runner } = harness(repo, manifestWith({ deploy: stage(sh("echo to the default log")) }), {}, "default");
    const started = await runner.start(request("deploy", v2, { runId: 9 }));
    await runner.idle();
    const file = fileURLToPath(started.ok ? started.url! : "");
    expect(file).toBe(join(repo, ".git", "ferry", "logs", "web", "9-2-deploy.log"));
    expect(readFileSync(file, "utf8")).toContain("to the default log");
  });

  it("drives a real engine through a lifecycle: each stage's events move the state on to the next stage", async () => {
    const manifest = manifestWith(
      { setup: stage(sh('echo "setup at $FERRY_VERSION"')), deploy: stage(sh("echo deploy; cat version.txt")) },
      { lifecycle: "setup-deploy" },
    );
    const store = new GitStateStore(repo);
    const clock = new ManualClock();
    const output: string[] = [];
    // The runner submits to the engine and the engine starts stages on the runner.
    const submit = { to: undefined as Engine | undefined };
    const runner = new ProcessRunner({
      repo,
      manifests: async () => manifest,
      submit: (events) => submit.to!.submit(events),
      clock,
      killGraceMs: 200,
      onOutput: (line) => output.push(line),
    });
    const engine = new Engine({
      store,
      catalog: new MemoryCatalog([specFor("web", "setup-deploy", ["setup", "deploy"])]),
      runner,
      reporter: new MemoryReporter(),
      clock,
    });
    submit.to = engine;
    await engine.submit([eventsFor.deploy("web", v1)]);
    await runner.idle();
    await engine.idle();
    expect(output).toEqual([`setup at ${v1}`, "deploy", "v1"]);
    const read = (await store.read(["web"])).deployments.get("web");
    expect(read?.kind).toBe("ok");
    const state = read?.kind === "ok" ? read.state : undefined;
    expect(state?.regions.main?.state).toBe("deployed");
    const ran = state?.stages.filter((s) => s.status !== "skipped") ?? [];
    expect(ran.map((s) => [s.stage, s.status, s.externalId])).toEqual([
      ["setup", "succeeded", `local:web:${ran[0]?.runId}:1:setup`],
      ["deploy", "succeeded", `local:web:${ran[1]?.runId}:1:deploy`],
    ]);
    expect(ran.every((s) => s.url?.startsWith("file://"))).toBe(true);
    expect(await worktrees(repo)).toBe(1);
  });
});
