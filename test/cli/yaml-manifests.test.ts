import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { stateHead } from "../support/state-branch.ts";
import { commitFiles, tempRepo } from "../support/temp-repo.ts";
import { LOCAL_WEB_MANIFEST as WEB } from "../support/cli-fixtures.ts";

const SIMPLE = readFileSync(new URL("../../lifecycles/setup-deploy.yml", import.meta.url), "utf8").replace(
  /^name: setup-deploy$/m,
  "name: simple",
);
const JOB =
  "lifecycle: simple\nstages:\n  setup:\n    steps:\n      - run: echo setup\n  deploy:\n    steps:\n      - run: echo deploy\n";

const cli = (repo: string, args: readonly string[]) => runFerryInProcess(["--repo", repo, ...args]);

interface PlanJson {
  readonly steps: readonly { readonly deployment: string; readonly commit: string }[];
  readonly errors: readonly string[];
}

describe("local mode reads <name>.yaml like <name>.yml", () => {
  it("validate, plan, sync and lifecycle show take .yaml manifests and lifecycles", { timeout: 120_000 }, async () => {
    const repo = await tempRepo({
      ".ferry/deployments/web.yaml": WEB,
      ".ferry/lifecycles/simple.yaml": SIMPLE,
      ".ferry/deployments/job.yaml": JOB,
    });
    expect(await cli(repo, ["validate"])).toEqual({ code: 0, stdout: "2 deployment(s) valid\n", stderr: "" });
    const planned = await cli(repo, ["plan", "--json"]);
    expect(planned.code).toBe(0);
    const plan = JSON.parse(planned.stdout) as PlanJson;
    expect(plan.errors).toEqual([]);
    expect(plan.steps.map((s) => s.deployment).sort()).toEqual(["job", "web"]);
    expect((await cli(repo, ["lifecycle", "show", "simple"])).stdout).toContain("simple (concurrency:");
    const synced = await cli(repo, ["sync"]);
    expect(synced).toMatchObject({ code: 0, stderr: "" });
    expect(synced.stdout).toContain("web: running on");
    // A change to the .yaml manifest triggers its deployment, as a change to a .yml one does.
    const change = await commitFiles(
      repo,
      { ".ferry/deployments/web.yaml": WEB.replace("installing", "now installing") },
      "change web",
    );
    const next = JSON.parse((await cli(repo, ["plan", "--json"])).stdout) as PlanJson;
    expect(next.steps.map((s) => [s.commit, s.deployment])).toEqual([[change, "web"]]);
  });

  it("web.yml beside web.yaml: an error on each file, nothing deployed for web", { timeout: 60_000 }, async () => {
    const repo = await tempRepo({
      ".ferry/deployments/web.yml": WEB,
      ".ferry/deployments/web.yaml": WEB,
      ".ferry/deployments/api.yml": WEB,
    });
    const validated = await cli(repo, ["validate"]);
    expect(validated.code).toBe(1);
    expect(validated.stderr.split("\n")).toEqual([
      '.ferry/deployments/web.yaml:1:1 "web" is declared twice: here and in .ferry/deployments/web.yml; keep one file (ferry reads neither until then)',
      '.ferry/deployments/web.yml:1:1 "web" is declared twice: here and in .ferry/deployments/web.yaml; keep one file (ferry reads neither until then)',
      "ferry: 2 error(s)",
      "",
    ]);
    const plan = JSON.parse((await cli(repo, ["plan", "--json"])).stdout) as PlanJson;
    expect(plan.steps.map((s) => s.deployment)).toEqual(["api"]);
    expect(plan.errors).toHaveLength(2);
    const synced = await cli(repo, ["sync"]);
    expect(synced.code).toBe(1);
    expect(synced.stderr).toMatch(/^\.ferry\/deployments\/web\.yaml:1:1 "web" is declared twice/m);
    expect(synced.stderr).toContain("ferry: 2 manifest error(s); invalid manifests triggered nothing");
    expect(await stateHead(repo)).not.toBe("");
    expect((await cli(repo, ["status", "--json"])).stdout).not.toContain('"web"');
  });

  it("lifecycle show refuses a lifecycle declared by both .yml and .yaml", async () => {
    const repo = await tempRepo({ ".ferry/lifecycles/simple.yml": SIMPLE, ".ferry/lifecycles/simple.yaml": SIMPLE });
    const shown = await cli(repo, ["lifecycle", "show", "simple"]);
    expect(shown.code).toBe(1);
    expect(shown.stderr).toMatch(
      /^ferry: .*\/\.ferry\/lifecycles\/simple\.yml and .*\/\.ferry\/lifecycles\/simple\.yaml both declare the lifecycle "simple"; keep one file\n$/,
    );
  });
});
