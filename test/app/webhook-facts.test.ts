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
});
