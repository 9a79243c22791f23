import { describe, expect, it } from "vitest";
import { PayloadError } from "../../src/app/payload.ts";
import { webhookFactsOf } from "../../src/app/webhook-facts/webhook-facts.ts";

const SHA = "a".repeat(40);
const BEFORE = "b".repeat(40);
const base = {
  installation: { id: 7 },
  repository: { name: "web", owner: { login: "acme" }, default_branch: "main" },
  sender: { login: "lead" },
};
const facts = (event: Parameters<typeof webhookFactsOf>[0], payload: object) =>
  webhookFactsOf(event, { ...base, ...payload }, "d1", { requireInstallation: true }).facts;

describe("webhook facts: each event narrowed once, where it enters", () => {
  it.each([
    ["a tag", { ref: "refs/tags/v1", after: SHA }, { kind: "ignored" }],
    ["a deleted branch", { ref: "refs/heads/x", after: "0".repeat(40), deleted: true }, { kind: "ignored" }],
    [
      "a branch push",
      { ref: "refs/heads/main", after: SHA, before: BEFORE, forced: true, commits: [{ added: ["a", 3] }] },
      {
        kind: "branch",
        branch: "main",
        after: SHA,
        before: BEFORE,
        forced: true,
        commits: [{ added: ["a"], removed: [], modified: [] }],
      },
    ],
    [
      "a new branch (GitHub's forty zeros before it)",
      { ref: "refs/heads/release", after: SHA, before: "0".repeat(40), created: true, commits: [] },
      { kind: "branch", branch: "release", after: SHA, before: undefined, forced: false, commits: [] },
    ],
  ])("push: %s", (_, payload, expected) => {
    expect(facts("push", payload)).toEqual({ event: "push", push: expected });
  });

  it.each([
    ["a branch push without its commit", "push", { ref: "refs/heads/main", after: "nope" }],
    ["a pull request without a number", "pull_request", { action: "opened", pull_request: {} }],
    ["any event without an installation", "check_run", { installation: undefined }],
  ] as const)("%s is a PayloadError", (_, event, payload) => {
    expect(() => facts(event, payload)).toThrow(PayloadError);
  });

  it.each([
    ["another app's check run", { action: "requested_action", check_run: { name: "ci/build" } }, { kind: "ignored" }],
    ["a completed check run", { action: "completed", check_run: { name: "ferry/web" } }, { kind: "ignored" }],
    [
      "Re-run on ferry/web",
      {
        action: "rerequested",
        check_run: {
          id: 5,
          name: "ferry/web",
          head_sha: SHA,
          external_id: "ferry:web:2",
          status: "completed",
          conclusion: "failure",
          output: { title: "t", summary: "s" },
          pull_requests: [{ number: 3 }, { number: -1 }],
        },
      },
      {
        kind: "request",
        action: "rerequested",
        name: "ferry/web",
        headSha: SHA,
        identifier: "retry",
        checkRunId: 5,
        externalId: "ferry:web:2",
        shown: { status: "completed", conclusion: "failure", title: "t", summary: "s" },
        pullNumbers: [3],
      },
    ],
  ])("check_run: %s", (_, payload, expected) => {
    expect(facts("check_run", payload)).toEqual({ event: "check_run", press: expected });
  });

  const AT = "2026-01-01T00:00:00Z";
  const RUN = {
    id: 41,
    run_attempt: 2,
    status: "completed",
    conclusion: "failure",
    html_url: "https://github.com/acme/web/actions/runs/41",
    updated_at: AT,
    display_title: "ferry web install (run 3, attempt 1)",
    path: ".github/workflows/ferry-stage.yml",
    actor: { login: "lead" },
    triggering_actor: { login: "ferry[bot]" },
  };
  const JOB = {
    id: 410,
    run_id: 41,
    status: "waiting",
    html_url: "https://github.com/acme/web/actions/runs/41/job/410",
    started_at: AT,
  };

  it.each([
    [
      "a completed run",
      { action: "completed", workflow_run: RUN },
      {
        kind: "run",
        action: "completed",
        status: "completed",
        id: 41,
        attempt: 2,
        conclusion: "failure",
        url: RUN.html_url,
        at: "2026-01-01T00:00:00.000Z",
        actor: "lead",
        title: RUN.display_title,
        startedBy: "ferry[bot]",
        path: RUN.path,
      },
    ],
    [
      "a requested run of an old GitHub Enterprise Server (no attempt, no title, no path)",
      {
        action: "requested",
        workflow_run: {
          id: 41,
          status: "queued",
          conclusion: null,
          html_url: "u",
          updated_at: "nope",
          created_at: AT,
          actor: { login: "dev" },
        },
      },
      {
        kind: "run",
        action: "requested",
        status: "queued",
        id: 41,
        attempt: 1,
        conclusion: null,
        url: "u",
        at: "2026-01-01T00:00:00.000Z",
        actor: "lead",
        title: undefined,
        startedBy: "dev",
        path: undefined,
      },
    ],
  ])("workflow_run: %s", (_, payload, expected) => {
    expect(facts("workflow_run", payload)).toEqual({ event: "workflow_run", run: expected });
  });

  it("workflow_job: a held job", () => {
    expect(facts("workflow_job", { action: "waiting", workflow_job: JOB })).toEqual({
      event: "workflow_job",
      job: {
        kind: "job",
        action: "waiting",
        status: "waiting",
        id: 410,
        runId: 41,
        attempt: 1,
        url: JOB.html_url,
        at: "2026-01-01T00:00:00.000Z",
        actor: "lead",
      },
    });
  });

  it.each([
    ["a run without its action", "workflow_run", { workflow_run: RUN }, "action is not a non-empty string"],
    ["a run without workflow_run", "workflow_run", { action: "completed" }, "workflow_run is not an object"],
    [
      "a run whose workflow_run is an array",
      "workflow_run",
      { action: "completed", workflow_run: [RUN] },
      "workflow_run is not an object",
    ],
    [
      "a run with a string id",
      "workflow_run",
      { action: "completed", workflow_run: { ...RUN, id: "41" } },
      "workflow_run.id is not a positive integer",
    ],
    [
      "a run with attempt 0",
      "workflow_run",
      { action: "completed", workflow_run: { ...RUN, run_attempt: 0 } },
      "workflow_run.run_attempt is not a positive integer",
    ],
    [
      "a run with a numeric conclusion",
      "workflow_run",
      { action: "completed", workflow_run: { ...RUN, conclusion: 1 } },
      "workflow_run.conclusion is not a non-empty string",
    ],
    [
      "a run without its page",
      "workflow_run",
      { action: "completed", workflow_run: { ...RUN, html_url: "" } },
      "workflow_run.html_url is not a non-empty string",
    ],
    [
      "a run without a time",
      "workflow_run",
      { action: "completed", workflow_run: { ...RUN, updated_at: "yesterday" } },
      "workflow_run.updated_at is not a time",
    ],
    ["a job without workflow_job", "workflow_job", { action: "waiting" }, "workflow_job is not an object"],
    [
      "a job with a negative id",
      "workflow_job",
      { action: "waiting", workflow_job: { ...JOB, id: -1 } },
      "workflow_job.id is not a positive integer",
    ],
    [
      "a job without its run id",
      "workflow_job",
      { action: "waiting", workflow_job: { ...JOB, run_id: undefined } },
      "workflow_job.run_id is not a positive integer",
    ],
    [
      "a job with a fractional attempt",
      "workflow_job",
      { action: "waiting", workflow_job: { ...JOB, run_attempt: 1.5 } },
      "workflow_job.run_attempt is not a positive integer",
    ],
    [
      "a job without its page",
      "workflow_job",
      { action: "waiting", workflow_job: { ...JOB, html_url: null } },
      "workflow_job.html_url is not a non-empty string",
    ],
    [
      "a job without a time",
      "workflow_job",
      { action: "waiting", workflow_job: { ...JOB, started_at: undefined } },
      "workflow_job.started_at is not a time",
    ],
  ] as const)("%s is a PayloadError naming the field and the delivery", (_, event, payload, message) => {
    let thrown: unknown;
    try {
      facts(event, payload);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(PayloadError);
    expect((thrown as Error).message).toBe(`webhook delivery d1: ${message}`);
  });
});
