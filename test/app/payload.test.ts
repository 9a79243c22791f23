import { describe, expect, it } from "vitest";
import { originOf, PayloadError } from "../../src/app/payload.ts";
import { pullFactsOf } from "../../src/app/webhook-facts/pull-request-facts.ts";

const repository = { name: "web", owner: { login: "acme" }, default_branch: "main" };

describe("webhook payloads are narrowed before use", () => {
  it("reads the origin, and refuses a payload without an installation or with a strange repository name", () => {
    expect(originOf({ installation: { id: 7 }, repository, sender: { login: "dev" } })).toEqual({
      installationId: 7,
      owner: "acme",
      repo: "web",
      defaultBranch: "main",
      fullName: "acme/web",
      sender: "dev",
    });
    expect(() => originOf({ repository })).toThrow(PayloadError);
    expect(() => originOf({ installation: { id: 7 }, repository: { ...repository, name: "../../etc" } })).toThrow(
      PayloadError,
    );
    expect(() => originOf({ installation: { id: "7" }, repository })).toThrow(PayloadError);
  });

  it("treats a head in another repository, or a deleted fork, as a fork", () => {
    const sha = "b".repeat(40);
    const pull = (headRepo: unknown) => ({
      pull_request: {
        number: 3,
        state: "open",
        merged: false,
        head: { sha, ref: "patch", repo: headRepo },
        base: { ref: "main", repo: { full_name: "acme/web" } },
      },
    });
    expect(pullFactsOf(pull({ full_name: "acme/web", fork: false })).fromFork).toBe(false);
    expect(pullFactsOf(pull({ full_name: "outsider/web", fork: true })).fromFork).toBe(true);
    expect(pullFactsOf(pull(null)).fromFork).toBe(true);
    expect(() =>
      pullFactsOf({ pull_request: { number: 3, head: { sha: "not-a-sha", ref: "x" }, base: { ref: "main" } } }),
    ).toThrow(PayloadError);
  });
});
