/**
 * A `run:` script through the whole App: a push reaches the real Probot server, ferry dispatches
 * the stage to the stand-in's runner, which runs the real bundled Action on a checkout of the
 * version, and the workflow's webhooks bring the result back. The script stops at its first
 * failing command, as GitHub Actions' bash does, and the deployment fails there.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initTemplates } from "../../src/cli/init-templates.ts";
import { settle, startReplica, stateOf, testClock, type Replica } from "../app/support/ferry-harness.ts";
import { bundleRunner, type BundleJob } from "../support/bundle-runner.ts";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";

const owner = "acme";
/** The stage workflow exactly as `ferry init` writes it. */
const WORKFLOW = ".github/workflows/ferry-stage.yml";
const SHELL_MANIFEST = `lifecycle: standard
environment: production
triggers:
  paths: ["site/**"]
stages:
  validate:
    steps:
      - name: check settings
        run: |
          false
          echo after
  install:
    steps:
      - run: echo installed
  rollback:
    steps:
      - run: echo rolled back
`;

let gh: GitHubStandin;
let replica: Replica;

beforeAll(async () => {
  gh = await startTestStandin();
  replica = await startReplica(gh, { clock: testClock() });
  gh.setWebhookTargets([replica.url]);
});
afterAll(async () => {
  gh.runner.onDispatch(undefined);
  await gh.runner.idle();
  await replica.close();
  await gh.close();
});

describe("run: steps through the App", () => {
  it("a script stops at its first failing command: the stage fails at that line and the deployment fails", async () => {
    const jobs = new Map<number, BundleJob>();
    gh.runner.onDispatch(bundleRunner(gh, { onJob: (id, job) => jobs.set(id, job) }));
    const repo = "shell";
    await gh.createRepo({
      owner,
      name: repo,
      files: {
        [WORKFLOW]: initTemplates()[WORKFLOW] ?? "",
        ".ferry/deployments/web.yml": SHELL_MANIFEST,
        "site/index.html": "v0\n",
      },
    });
    const version = await gh.push({ owner, repo, actor: "lead", branch: "main", files: { "site/index.html": "v1\n" } });
    // Runs execute as they are dispatched; their webhooks dispatch the next: settle until nothing moves.
    for (let round = 0; round < 20; round++) {
      const before = gh.deliveries.length;
      await settle(gh, [replica]);
      await gh.runner.idle();
      await settle(gh, [replica]);
      if (gh.deliveries.length === before) break;
    }
    const state = await stateOf(gh, owner, repo, "web");
    expect(state?.regions["main"]?.state).toBe("failed");
    expect(state?.run?.version).toBe(version);
    expect(state?.error).toMatchObject({ step: "validate" });
    const runs = gh.runner.all().filter((r) => r.repo === repo);
    expect(runs.map((r) => [r.inputs["stage"], r.conclusion])).toEqual([["validate", "failure"]]);
    const job = jobs.get(runs[0]?.id ?? -1);
    expect(job?.log).toMatch(/^::error::step "check settings" failed: line 1: `false` exited 1$/m);
    expect(job?.log).not.toMatch(/^after$/m);
    const check = gh
      .checkRuns(owner, repo)
      .filter((c) => c.name === "ferry/web" && c.headSha === version)
      .at(-1);
    expect(check).toMatchObject({ status: "completed", conclusion: "failure" });
    expect(gh.violations).toEqual([]);
  }, 60_000);
});
