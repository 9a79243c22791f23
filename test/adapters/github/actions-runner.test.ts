import { parse } from "yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ActionsRunner } from "../../../src/adapters/github/actions-runner.ts";
import { initTemplates } from "../../../src/cli/init-templates.ts";
import type { StageRequest } from "../../../src/ports/stage-runner.ts";
import type { GitHubStandin } from "../../support/github-standin/index.ts";
import {
  APP_ID,
  installationOctokit,
  RetryingTestOctokit,
  startTestStandin,
  testAppKey,
} from "../../support/github-standin/standin-fixture.ts";
import { RATE_LIMIT_RETRIES } from "../../../src/adapters/github/ferry-octokit.ts";

/** The workflow `ferry init` writes: what a managed repository has. */
const FERRY_STAGE_WORKFLOW_PATH = ".github/workflows/ferry-stage.yml";

let gh: GitHubStandin;
let repoNo = 0;

beforeAll(async () => {
  gh = await startTestStandin();
});
afterAll(async () => {
  await gh.close();
});

async function freshRepo(files: Record<string, string>, defaultBranch = "main") {
  const name = `runner-${++repoNo}`;
  const info = await gh.createRepo({ owner: "acme", name, defaultBranch, files: { "README.md": "# svc\n", ...files } });
  const installationId = info.installationId!;
  return { octokit: installationOctokit(gh, installationId), ref: { owner: "acme", repo: name }, installationId };
}

const WORKFLOW = initTemplates()[FERRY_STAGE_WORKFLOW_PATH]!;
const request: StageRequest = {
  deployment: "web",
  region: "main",
  state: "installing",
  stage: "install",
  version: "0123456789abcdef0123456789abcdef01234567",
  runId: 7,
  attempt: 2,
  deadline: "2026-01-01T01:00:00.000Z",
  environment: "production",
  runsOn: "ubuntu-latest",
};

describe("ActionsRunner against the stand-in", () => {
  it("dispatches ferry-stage.yml from the default branch with the stage's inputs and returns the run id and page", async () => {
    const { octokit, ref } = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: WORKFLOW }, "trunk");
    const runner = new ActionsRunner(octokit, ref);
    const started = await runner.start(request);
    const [run] = gh.runner.pending().filter((r) => r.repo === ref.repo);
    expect(run).toBeDefined();
    expect(started).toEqual({
      ok: true,
      externalId: String(run!.id),
      url: `${gh.runner.view(run!.id).env["GITHUB_SERVER_URL"]}/acme/${ref.repo}/actions/runs/${run!.id}`,
    });
    expect(run).toMatchObject({
      ref: "trunk",
      workflowPath: FERRY_STAGE_WORKFLOW_PATH,
      inputs: {
        deployment: "web",
        stage: "install",
        version: request.version,
        run_id: "7",
        attempt: "2",
        environment: "production",
        runs_on: '"ubuntu-latest"',
      },
    });
    // The default branch is looked up once, then remembered.
    gh.resetCounts();
    await runner.start({ ...request, attempt: 3 });
    expect(gh.counts().byOperation).toEqual({ "actions/create-workflow-dispatch": 1 });
    expect(gh.violations).toEqual([]);
  });

  it("sends the job's environment and its runs-on as JSON, which fromJSON in the workflow turns back into labels", async () => {
    const { octokit, ref } = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: WORKFLOW });
    const runner = new ActionsRunner(octokit, ref, { dispatchRef: "main" });
    const labels = ["self-hosted", "linux", "deploy net"] as const;
    await runner.start({ ...request, deployment: "web-pr-12", environment: "production-pr-12", runsOn: labels });
    await runner.start({ ...request, attempt: 3, runsOn: "ubuntu-24.04-arm" });
    const runs = gh.runner.all().filter((r) => r.repo === ref.repo);
    expect(runs.map((r) => [r.inputs["environment"], r.inputs["runs_on"]])).toEqual([
      ["production-pr-12", '["self-hosted","linux","deploy net"]'],
      ["production", '"ubuntu-24.04-arm"'],
    ]);
    expect(JSON.parse(String(runs[0]!.inputs["runs_on"]))).toEqual(labels);
    expect(gh.violations).toEqual([]);
  });

  it("dispatches from the branch it was told, without looking up the default branch", async () => {
    const { octokit, ref } = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: WORKFLOW });
    await gh.push({ owner: "acme", repo: ref.repo, branch: "ops", files: { "ops.txt": "1" }, actor: "dev" });
    gh.resetCounts();
    const started = await new ActionsRunner(octokit, ref, { dispatchRef: "ops" }).start(request);
    expect(started.ok).toBe(true);
    expect(gh.runner.pending().find((r) => r.repo === ref.repo)?.ref).toBe("ops");
    expect(gh.counts().byOperation["repos/get"]).toBeUndefined();
  });

  it("a missing workflow file is a refusal that says where to add it and how", async () => {
    const { octokit, ref } = await freshRepo({});
    const started = await new ActionsRunner(octokit, ref).start(request);
    expect(started.ok).toBe(false);
    expect(!started.ok && started.message).toMatch(
      /\.github\/workflows\/ferry-stage\.yml was not found on main of acme\/runner-\d+: add .*`ferry init`/,
    );
    expect(gh.violations).toEqual([]);
  });

  it("a workflow without workflow_dispatch, or without ferry's inputs, is a refusal naming the trigger and inputs", async () => {
    const noDispatch = await freshRepo({
      [FERRY_STAGE_WORKFLOW_PATH]:
        "name: ferry stage\non: push\njobs:\n  stage:\n    runs-on: ubuntu-latest\n    steps: [{run: echo}]\n",
    });
    const refused = await new ActionsRunner(noDispatch.octokit, noDispatch.ref).start(request);
    expect(!refused.ok && refused.message).toMatch(
      /does not have 'workflow_dispatch' trigger.*`on: workflow_dispatch`.*deployment, stage, version, run_id, attempt, environment, runs_on/,
    );

    const doc = parse(WORKFLOW) as { on: { workflow_dispatch: { inputs: Record<string, unknown> } } };
    delete doc.on.workflow_dispatch.inputs["attempt"];
    const { stringify } = await import("yaml");
    const fewer = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: stringify(doc) });
    const undeclared = await new ActionsRunner(fewer.octokit, fewer.ref).start(request);
    expect(!undeclared.ok && undeclared.message).toMatch(/Unexpected inputs provided: \["attempt"\]/);
    // A workflow written before environments and runs-on: the message says what it lacks.
    delete doc.on.workflow_dispatch.inputs["environment"];
    delete doc.on.workflow_dispatch.inputs["runs_on"];
    doc.on.workflow_dispatch.inputs["attempt"] = { required: true, type: "string" };
    const older = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: stringify(doc) });
    const outdated = await new ActionsRunner(older.octokit, older.ref).start(request);
    expect(!outdated.ok && outdated.message).toMatch(
      /Unexpected inputs provided: \["environment","runs_on"\].*written by an older ferry lacks environment and runs_on/,
    );
    // The stand-in counts an undeclared input as a bad request; here the repository, not ferry, is wrong.
    expect(gh.violations.map((v) => v.reason)).toEqual([
      'Unexpected inputs provided: ["attempt"]',
      'Unexpected inputs provided: ["environment","runs_on"]',
    ]);
    gh.log.violations.length = 0;
  });

  it("a dispatch refused for a missing permission names the actions: write permission", async () => {
    const { octokit, ref } = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: WORKFLOW });
    gh.faults.next({ status: 403, limit: "permission", match: { route: "actions/create-workflow-dispatch" } });
    const started = await new ActionsRunner(octokit, ref, { dispatchRef: "main" }).start(request);
    expect(!started.ok && started.message).toMatch(/Resource not accessible by integration.*`actions: write`/);
  });

  it("a dispatch refused by a secondary or primary rate limit (also a 403) names the limit, not a permission", async () => {
    const { octokit, ref, installationId } = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: WORKFLOW });
    const runner = new ActionsRunner(octokit, ref, { dispatchRef: "main" });
    for (const limit of ["secondary", "primary"] as const) {
      gh.faults.next({ status: 403, limit, match: { route: "actions/create-workflow-dispatch" } });
      const error = await runner.start(request).then(
        () => new Error("dispatched"),
        (e: unknown) => e as Error,
      );
      expect(error.message).toMatch(new RegExp(`GitHub's ${limit} rate limit: not a permission problem`));
      expect(error.message).not.toMatch(/actions: write/);
    }
    // ferry's Octokit waits the limit out; when every retry meets it too, the message says so.
    const retrying = new RetryingTestOctokit({
      auth: { appId: APP_ID, privateKey: testAppKey(), installationId },
      baseUrl: gh.baseUrl,
    });
    gh.faults.next({
      status: 403,
      retryAfter: 1,
      count: RATE_LIMIT_RETRIES + 1,
      match: { route: "actions/create-workflow-dispatch" },
    });
    await expect(new ActionsRunner(retrying, ref, { dispatchRef: "main" }).start(request)).rejects.toThrow(
      "GitHub's secondary rate limit, still in force after ferry's retries: not a permission problem",
    );
    expect(gh.faults.pending()).toEqual([]);
  });

  it("an unexpected failure throws, for the engine to record as a failed dispatch", async () => {
    const { octokit, ref } = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: WORKFLOW });
    gh.faults.next({ status: 500, match: { route: "actions/create-workflow-dispatch" } });
    await expect(new ActionsRunner(octokit, ref, { dispatchRef: "main" }).start(request)).rejects.toThrow(
      /could not dispatch ferry-stage\.yml/,
    );
  });

  it("cancels the workflow run, and a run that already completed is not an error", async () => {
    const { octokit, ref } = await freshRepo({ [FERRY_STAGE_WORKFLOW_PATH]: WORKFLOW });
    const runner = new ActionsRunner(octokit, ref);
    const started = await runner.start(request);
    if (!started.ok) throw new Error(started.message);
    await gh.runner.start(Number(started.externalId));
    const cancel = { deployment: "web", stage: "install", runId: 7, attempt: 2, externalId: started.externalId! };
    await runner.cancel(cancel);
    await expect.poll(() => gh.runner.view(Number(started.externalId)).conclusion).toBe("cancelled");
    await runner.cancel(cancel);
    // Nothing to cancel without a run id.
    await runner.cancel({ deployment: "web", stage: "install", runId: 7, attempt: 2 });
    await gh.flushWebhooks();
    expect(gh.rejections.map((r) => r.status)).toContain(409);
    expect(gh.violations).toEqual([]);
  });
});
