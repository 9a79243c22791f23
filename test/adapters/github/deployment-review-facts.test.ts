import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { approvalEvent, deploymentReviewFact } from "../../../src/adapters/github/deployment-review-facts.ts";
import { PayloadError } from "../../../src/adapters/github/webhook-fields.ts";

/** GitHub's own example of `deployment_review.requested` (@octokit/webhooks-examples). */
const REQUESTED = (() => {
  const file = createRequire(import.meta.url).resolve("@octokit/webhooks-examples");
  const groups = JSON.parse(readFileSync(file, "utf8")) as { name: string; examples: Record<string, unknown>[] }[];
  return groups.find((g) => g.name === "deployment_review")!.examples[0]!;
})();
const RUN_ID = 5453085689;
const LOCATED = { deployment: "web", stage: "install", runId: 3, attempt: 1 };

/** A decision as GitHub sends it: no top-level environment or requestor; the approver and the comment. */
function decision(action: "approved" | "rejected", extra: Record<string, unknown> = {}) {
  const { environment: _e, requestor: _r, workflow_job_run: job, ...rest } = REQUESTED;
  return { ...rest, action, workflow_job_runs: [job], approver: { login: "lead" }, comment: " no ", ...extra };
}

describe("deploymentReviewFact", () => {
  it("reads GitHub's example review request: environment, reviewers (a team as org/slug), since, the run's title and starter", () => {
    expect(deploymentReviewFact(REQUESTED, "d1")).toEqual({
      kind: "requested",
      workflowRunId: RUN_ID,
      attempt: 1,
      workflowPath: ".github/workflows/pr.yaml",
      // What places a run without a recorded id: its run-name title, trusted only from ferry's dispatcher.
      title: "Build pull_request 3 by @ilmax",
      startedBy: "ilmax",
      request: { environment: "TST", reviewers: ["terraform-test-github/admins"] },
      at: "2023-07-04T09:28:15.000Z",
      actor: "ilmax",
    });
  });

  it.each([
    ["approved", "stage.approved"],
    ["rejected", "stage.rejected"],
  ] as const)(
    "a decision (%s) is the approver's, with the job's environment and the trimmed comment",
    (action, type) => {
      const fact = deploymentReviewFact(decision(action), "d2")!;
      expect(fact).toMatchObject({ kind: action, environment: "TST", comment: "no", actor: "lead" });
      expect(approvalEvent(LOCATED, fact)).toEqual({
        deployment: "web",
        event: {
          type,
          id: `gh-run:${RUN_ID}:1:${action}`,
          at: "2023-07-04T09:28:15.000Z",
          actor: "lead",
          cause: "runner",
          stage: { runId: 3, attempt: 1, stage: "install", externalId: String(RUN_ID) },
          review: { environment: "TST", comment: "no" },
        },
      });
    },
  );

  it("a request has the same event id as the waiting run's, so the wait is applied once", () => {
    const event = approvalEvent(LOCATED, deploymentReviewFact(REQUESTED, "d3")!).event;
    expect(event).toMatchObject({ type: "stage.waiting", id: `gh-run:${RUN_ID}:1:waiting` });
  });

  it("ignores actions it does not know and refuses payloads without what GitHub always sends", () => {
    expect(deploymentReviewFact({ ...REQUESTED, action: "dismissed" }, "d4")).toBeUndefined();
    expect(() => deploymentReviewFact({ ...REQUESTED, workflow_run: null }, "d5")).toThrow(PayloadError);
    expect(() => deploymentReviewFact({ ...REQUESTED, environment: "" }, "d6")).toThrow(/d6: environment/);
    expect(() => deploymentReviewFact(decision("approved", { workflow_job_runs: [] }), "d7")).toThrow(
      /names no environment/,
    );
  });
});
