/**
 * Issue 5, done when: the engine runs stages on GitHub Actions. Against the GitHub stand-in, the
 * real App (a Probot server getting signed webhooks) deploys on a push and dispatches
 * `ferry-stage.yml`; the stand-in's runner executes each run by spawning the real
 * `node dist/action.js` in a clone at the run's version and sends `workflow_run` / `workflow_job`
 * webhooks, which the App's own workflow handler turns into stage results.
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { GitHubStateStore } from "../../src/adapters/github/github-state-store.ts";
import type { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import { MemoryStateStore } from "../../src/adapters/memory/memory-state-store.ts";
import { initTemplates } from "../../src/cli/init-templates.ts";
import type { DeploymentState } from "../../src/core/deployment-state.ts";
import { deploymentSpecOf } from "../../src/manifest/deployment-spec-of.ts";
import { loadManifest } from "../../src/manifest/load-manifest.ts";
import type { DeploymentSpec } from "../../src/ports/deployment-catalog.ts";
import {
  settle,
  startReplica,
  stateOf as stateOnBranch,
  testClock,
  type Replica,
} from "../app/support/ferry-harness.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import type { RunView } from "../support/github-standin/workflow-runner.ts";
import { engineWith, events } from "../support/engine-fixture.ts";
import { bundleRunner, type BundleJob } from "../support/bundle-runner.ts";
import { installationOctokit, startTestStandin } from "../support/github-standin/standin-fixture.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const OWNER = "acme";
const WORKFLOW = ".github/workflows/ferry-stage.yml";

/** The example `standard` manifest without its pauses, so a deployment takes seconds. */
const EXAMPLE = readFileSync(join(ROOT, "examples/standard.yml"), "utf8").replace(/ && sleep 1|\n\s*sleep 1/g, "");
/** Its validate step as a script whose first line fails: Actions' bash stops there, as ferry must. */
const STRICT = EXAMPLE.replace(
  / {6}- name: check settings\n {8}run: \|\n[\s\S]*?(?=\n {2}fetch:)/,
  "      - name: check settings\n        run: |\n          false\n          echo after\n",
);
/**
 * A deployment in its own environment on self-hosted runners, whose install stage runs elsewhere
 * and reads a secret of that environment.
 */
const VAULT = `lifecycle: standard
environment: production-eu
runs-on: [self-hosted, linux, deploy]
stages:
  install:
    runs-on: self-hosted
    env:
      DEPLOY_TOKEN: { secret: DEPLOY_TOKEN }
    steps:
      - name: use the token
        run: |
          test "$DEPLOY_TOKEN" = "t0ps3cret-value"
          echo "token=$DEPLOY_TOKEN"
          echo "other=\${OTHER_SECRET:-unset}"
  rollback:
    steps:
      - run: echo rollback
`;
/** The secrets each GitHub environment holds (Settings → Environments), as the job's secrets context shows them. */
const ENVIRONMENT_SECRETS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  "production-eu": { DEPLOY_TOKEN: "t0ps3cret-value", OTHER_SECRET: "other-value" },
};
/**
 * The next version of the example: its health check fails. It leaves out the optional `activate` stage, which the
 * lifecycle then skips: the first test runs it, and here one job less runs before the health check.
 */
const UNHEALTHY = EXAMPLE.replace(
  / {6}- name: wait for the app to answer\n {8}run: \|\n[\s\S]*?(?=\n {2}update:)/,
  '      - name: wait for the app to answer\n        run: echo "GET /health -> 503" >&2; exit 1\n',
).replace(/ {2}activate:\n[\s\S]*?(?=\n {2}health-check:)/, "");

/** Each deployment deploys on a push to its own folder or to its manifest, so a test starts exactly one. */
function triggeredBy(name: string, text: string): string {
  const paths = `  paths: ["${name}/**", ".ferry/deployments/${name}.yml"]`;
  return text.includes("triggers:")
    ? text.replace(/^ {2}paths: .*$/m, paths)
    : text.replace("lifecycle: standard\n", `lifecycle: standard\ntriggers:\n  branches: [main]\n${paths}\n`);
}

let gh: GitHubStandin;
let replica: Replica;
let clock: ManualClock;
let store: GitHubStateStore;
/** What each run's job printed and wrote to its summary, and its environment, by workflow run id: what people read on the run's page. */
const jobs = new Map<number, BundleJob>();
let repo = "";
let repos = 0;
let specs: DeploymentSpec[] = [];

const stateOf = (deployment: string): Promise<DeploymentState | undefined> =>
  stateOnBranch(gh, OWNER, repo, deployment);

const executeRun = (run: RunView) =>
  bundleRunner(gh, { environmentSecrets: ENVIRONMENT_SECRETS, onJob: (id, job) => jobs.set(id, job) })(run);

/**
 * Lets the pipeline come to rest (runs executing, webhooks in flight, the App's queues), then returns the
 * deployment's state, which must be one of `wanted` with no stage running: waits on the work, not on a clock, so
 * a slow machine only makes it slower.
 */
async function until(deployment: string, wanted: readonly string[]): Promise<DeploymentState> {
  for (;;) {
    const before = [gh.deliveries.length, gh.runner.all().length];
    await gh.runner.idle();
    await settle(gh, [replica]);
    const after = [gh.deliveries.length, gh.runner.all().length];
    if (after.every((n, i) => n === before[i])) break;
  }
  const state = await stateOf(deployment);
  const at = state?.regions["main"]?.state;
  if (
    !state ||
    !at ||
    !wanted.includes(at) ||
    state.stages.some((s) => s.status === "dispatching" || s.status === "running")
  ) {
    throw new Error(
      `${deployment} came to rest in ${at ?? "no state"}, not ${wanted.join("/")}; history: ${state?.history.map((h) => `${h.from}->${h.to}`).join(", ")}`,
    );
  }
  return state;
}

let v1 = "";

/**
 * Writes `deployment` to the state branch as running `version`, its good version, in one commit: the state the
 * engine reaches when every stage of a deploy succeeds, worked out in memory with the same lifecycle.
 */
async function seedRunning(deployment: string, version: string): Promise<void> {
  const memory = new MemoryStateStore();
  const local = engineWith(memory, specs).engine;
  const read = async () => {
    const got = (await memory.read([deployment])).deployments.get(deployment);
    if (got?.kind !== "ok") throw new Error(`no state for ${deployment}`);
    return got.state;
  };
  await local.submit([events.deploy(deployment, version)]);
  for (let state = await read(); state.regions["main"]?.state !== "running"; state = await read()) {
    await local.submit([events.stage(deployment, "stage.succeeded", state)]);
    await local.idle();
  }
  const { head } = await store.list();
  const written = await store.write({
    expectedHead: head,
    states: [await read()],
    message: `${deployment}: seeded as running ${version}`,
  });
  if (!written.ok) throw new Error(`could not seed ${deployment}: ${JSON.stringify(written)}`);
}

beforeAll(async () => {
  gh = await startTestStandin();
  clock = testClock();
  replica = await startReplica(gh, { clock });
  gh.setWebhookTargets([replica.url]);
});

// Each test gets its own repository.
beforeEach(async () => {
  repo = `site-${++repos}`;
  const texts = {
    web: triggeredBy("web", EXAMPLE),
    api: triggeredBy("api", EXAMPLE),
    shop: triggeredBy("shop", STRICT),
    vault: triggeredBy("vault", VAULT),
  } as const;
  const info = await gh.createRepo({
    owner: OWNER,
    name: repo,
    files: {
      "README.md": "# site\n",
      [WORKFLOW]: initTemplates()[WORKFLOW]!,
      ...Object.fromEntries(Object.entries(texts).map(([name, text]) => [`.ferry/deployments/${name}.yml`, text])),
    },
  });
  gh.setPermission(OWNER, repo, "lead", "write");
  v1 = (await gh.branchSha(OWNER, repo, "main"))!;
  specs = Object.entries(texts).map(([name, text]) => {
    const loaded = loadManifest(text, `.ferry/deployments/${name}.yml`);
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
    return deploymentSpecOf(loaded.manifest, loaded.lifecycle);
  });
  store = new GitHubStateStore(installationOctokit(gh, info.installationId!), { owner: OWNER, repo });
});

afterEach(async () => {
  gh.runner.onDispatch(undefined);
  await gh.runner.idle();
  await settle(gh, [replica]);
});

afterAll(async () => {
  await replica.close();
  await gh.close();
});

/** Pushes a change to the deployment's folder on main, which the App deploys; returns the version. */
const deploy = (deployment: string) =>
  gh.push({
    owner: OWNER,
    repo,
    branch: "main",
    actor: "lead",
    files: { [`${deployment}/index.html`]: `${deployment} ${repos}\n` },
  });

describe("stages on GitHub Actions, end to end", () => {
  it("a deploy dispatches ferry-stage.yml per stage; the real action runs each and the deployment reaches running", async () => {
    gh.runner.onDispatch(executeRun);
    const version = await deploy("web");
    const state = await until("web", ["running", "failed", "rollback_failed"]);
    expect(state.regions["main"]!.state).toBe("running");
    expect(state.good[0]?.version).toBe(version);
    const runs = gh.runner.all().filter((r) => r.repo === repo && r.inputs["deployment"] === "web");
    expect(runs.map((r) => r.inputs["stage"])).toEqual([
      "validate",
      "fetch",
      "prepare",
      "install",
      "activate",
      "health-check",
    ]);
    expect(
      runs.every((r) => r.conclusion === "success" && r.workflowPath === WORKFLOW && r.inputs["version"] === version),
    ).toBe(true);
    // Each stage record links the workflow run ferry dispatched, recorded with the stage's result.
    for (const [i, stage] of state.stages.entries())
      expect(stage).toMatchObject({
        status: "succeeded",
        externalId: String(runs[i]!.id),
        url: expect.stringContaining(`/actions/runs/${runs[i]!.id}`),
      });
    const checks = gh.checkRuns(OWNER, repo).filter((c) => c.name === "ferry/web");
    expect(checks.at(-1)).toMatchObject({ status: "completed", conclusion: "success" });
    expect(gh.violations).toEqual([]);
  }, 120_000);

  it("a failing health check in the next version drives standard into rolling back to the good one", async () => {
    expect(UNHEALTHY).not.toMatch(/^ {2}activate:/m);
    // v1 is running and good; how it got there is the first test's subject.
    await seedRunning("web", v1);
    expect((await stateOf("web"))?.good[0]?.version).toBe(v1);
    gh.runner.onDispatch(executeRun);
    const v2 = await gh.push({
      owner: OWNER,
      repo,
      branch: "main",
      files: { ".ferry/deployments/web.yml": triggeredBy("web", UNHEALTHY) },
      actor: "dev",
    });
    const state = await until("web", ["running", "failed", "rollback_failed"]);
    expect(state.history.map((h) => h.to)).toEqual(
      expect.arrayContaining(["updating", "health_checking", "rolling_back", "running"]),
    );
    // v2's jobs, each a real run of the action: update and install succeed (activate, left out, is skipped), then the
    // health check fails.
    expect(
      gh.runner
        .all()
        .filter((r) => r.repo === repo && r.inputs["version"] === v2)
        .map((r) => [r.inputs["stage"], r.conclusion]),
    ).toEqual([
      ["update", "success"],
      ["install", "success"],
      ["health-check", "failure"],
    ]);
    expect(state.history.at(-1)).toMatchObject({ from: "rolling_back", to: "running" });
    expect(state.error).toMatchObject({ step: "health-check", message: expect.stringMatching(/workflow run failed/) });
    expect(state.good[0]?.version).toBe(v1);
    const rollback = gh.runner
      .all()
      .filter((r) => r.repo === repo && r.inputs["deployment"] === "web")
      .at(-1)!;
    expect(rollback.inputs).toMatchObject({ stage: "rollback", version: v1 });
    expect(rollback.conclusion).toBe("success");
    // The App deployed the pushed v2, whose health check failed in its workflow run.
    const checked = gh.runner.all().filter((r) => r.repo === repo && r.inputs["stage"] === "health-check");
    expect(checked.map((r) => [r.inputs["version"], r.conclusion])).toEqual([[v2, "failure"]]);
    expect(gh.violations).toEqual([]);
  }, 120_000);

  it("a run: script stops at its first failing command, as in Actions: the stage fails there and the deployment fails", async () => {
    expect(STRICT).toContain("run: |\n          false\n          echo after\n");
    gh.runner.onDispatch(executeRun);
    await deploy("shop");
    const state = await until("shop", ["running", "failed", "rollback_failed"]);
    // Nothing to roll back to on a first install: standard fails.
    expect(state.regions["main"]!.state).toBe("failed");
    expect(state.error).toMatchObject({ step: "validate", message: expect.stringMatching(/workflow run failed/) });
    const runs = gh.runner.all().filter((r) => r.inputs["deployment"] === "shop");
    expect(runs.map((r) => [r.inputs["stage"], r.conclusion])).toEqual([["validate", "failure"]]);
    // The job's log and summary say where the script stopped, and the line after it never ran.
    const job = jobs.get(runs[0]!.id)!;
    expect(job.log).toMatch(/^::error::step "check settings" failed: line 1: `false` exited 1$/m);
    expect(job.log).not.toMatch(/^after$/m);
    expect(job.summary).toMatch(
      /\| ❌ \| check settings \| command \| 1 \| (?:\d+ms|\d+(?:\.\d)?s|\d+m(?:\d+s)?) \| line 1: `false` exited 1 \|/,
    );
    const check = gh
      .checkRuns(OWNER, repo)
      .filter((c) => c.name === "ferry/shop")
      .at(-1)!;
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(`${check.output.title ?? ""}\n${check.output.summary ?? ""}`).toContain("validate failed");
    expect(gh.violations).toEqual([]);
  }, 120_000);

  it("a stage job runs in the manifest's environment on its runs-on, and takes only the secret it names from the environment's", async () => {
    gh.runner.onDispatch(executeRun);
    await deploy("vault");
    const state = await until("vault", ["running", "failed", "rollback_failed"]);
    const runs = gh.runner.all().filter((r) => r.inputs["deployment"] === "vault");
    expect(runs.map((r) => [r.inputs["stage"], r.conclusion])).toEqual([["install", "success"]]);
    expect(state.regions["main"]!.state).toBe("running");
    // The stage's own runs-on wins over the deployment's; the job's environment is the manifest's.
    expect(runs[0]!.inputs).toMatchObject({ environment: "production-eu", runs_on: '"self-hosted"' });
    const job = jobs.get(runs[0]!.id)!;
    expect(job.environment).toBe("production-eu");
    // Masked for the runner, redacted by ferry; the environment's other secret never reaches the step.
    expect(job.log).toMatch(/^::add-mask::t0ps3cret-value$/m);
    expect(job.log).not.toContain("::add-mask::other-value");
    expect(job.log).toMatch(/^token=\[redacted\]$/m);
    expect(job.log).toMatch(/^other=unset$/m);
    expect(`${job.log}\n${job.summary}`.replace(/^::add-mask::.*$/gm, "")).not.toMatch(/t0ps3cret|other-value/);
    // Another deployment's jobs run in its own environment, on the default runner: its first dispatch says so (this
    // test's own repository; the job itself need not run).
    gh.runner.onDispatch(undefined);
    await deploy("web");
    await settle(gh, [replica]);
    const web = await gh.runner.waitForRun((r) => r.repo === repo && r.inputs["deployment"] === "web");
    expect(web.inputs).toMatchObject({ stage: "validate", environment: "production", runs_on: '"ubuntu-latest"' });
    expect(gh.violations).toEqual([]);
  }, 120_000);

  it("a runner that never reports fails the stage at its deadline, and the workflow run is cancelled", async () => {
    gh.runner.onDispatch(undefined);
    await deploy("api");
    await settle(gh, [replica]);
    const run = await gh.runner.waitForRun((r) => r.repo === repo && r.inputs["deployment"] === "api");
    const waiting = (await stateOf("api"))!;
    const deadline = waiting.timers.find((t) => t.name === "stage-deadline:main")!;
    // The dispatch recorded nothing: the deadline cancels the run its title names.
    expect(waiting.stages.at(-1)).toMatchObject({ stage: "validate", status: "dispatching" });
    expect(waiting.stages.at(-1)).not.toHaveProperty("externalId");
    // Nothing is due a second before the deadline: a pass of the App's timer loop then fires nothing.
    clock.advance((Date.parse(deadline.due) - Date.parse(clock.now())) / 1000 - 1);
    await replica.app.tick();
    await settle(gh, [replica]);
    expect((await stateOf("api"))!.history.length).toBe(waiting.history.length);
    expect(gh.runner.view(run.id).status).not.toBe("completed");
    clock.advance(2);
    await replica.app.tick();
    await settle(gh, [replica]);
    expect(gh.runner.view(run.id).conclusion).toBe("cancelled");
    const state = await until("api", ["failed"]);
    expect(state.error).toMatchObject({
      step: "validate",
      message: expect.stringMatching(/did not report within its deadline/),
    });
    // The cancelled run's own webhook arrived after the fact (until() waited for it) and changed nothing.
    expect(
      gh.deliveries.some((d) => d.event === "workflow_run" && JSON.stringify(d.payload).includes('"cancelled"')),
    ).toBe(true);
    await settle(gh, [replica]);
    expect((await stateOf("api"))!.history.length).toBe(state.history.length);
    expect(gh.violations).toEqual([]);
  });
});
