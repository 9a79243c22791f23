import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import {
  STAGE_RUN_NAME,
  stageOfRunName,
  stageRunName,
  trustedStageName,
} from "../../../src/adapters/github/stage-run-name.ts";
import { initTemplates } from "../../../src/cli/init-templates.ts";

const stage = { deployment: "web-pr-4", stage: "canary.install", runId: 12, attempt: 3 };

describe("stage run names", () => {
  it("the workflow ferry init writes titles its runs with STAGE_RUN_NAME", () => {
    const workflow = parse(initTemplates()[".github/workflows/ferry-stage.yml"]!) as Record<string, unknown>;
    expect(workflow["run-name"]).toBe(STAGE_RUN_NAME);
  });

  it("a title GitHub evaluates from the inputs reads back as the stage attempt", () => {
    const title = STAGE_RUN_NAME.replace("${{ inputs.deployment }}", stage.deployment)
      .replace("${{ inputs.stage }}", stage.stage)
      .replace("${{ inputs.run_id }}", String(stage.runId))
      .replace("${{ inputs.attempt }}", String(stage.attempt));
    expect(title).toBe(stageRunName(stage));
    expect(stageOfRunName(title)).toEqual(stage);
  });

  it.each([
    ["the workflow's name (a file without run-name)", "ferry stage"],
    ["another workflow", "Build pull_request 3 by @dev"],
    ["run 0", "ferry web install (run 0, attempt 1)"],
    ["a missing attempt", "ferry web install (run 1)"],
    ["trailing text", "ferry web install (run 1, attempt 1) again"],
    ["not a string", 42],
  ])("%s names no stage", (_what, title) => {
    expect(stageOfRunName(title)).toBeUndefined();
  });

  it.each([
    ["the dispatcher (any case)", "Ferry[bot]", { login: "ferry[bot]" }, true],
    ["anyone, in token mode", "dev", "anyone", true],
    ["someone else", "mallory", { login: "ferry[bot]" }, false],
    ["nobody known", undefined, { login: "ferry[bot]" }, false],
    ["an unknown dispatcher", "ferry[bot]", undefined, false],
  ] as const)("a run started by %s: trusted %s", (_what, startedBy, dispatcher, trusted) => {
    const named = trustedStageName(stageRunName(stage), startedBy, dispatcher);
    expect(named).toEqual(trusted ? stage : undefined);
  });
});
