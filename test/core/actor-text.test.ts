import { describe, expect, it } from "vitest";
import { actorText } from "../../src/core/actor-text.ts";

describe("actors as they are", () => {
  it.each([
    // ferry's own automatic actions name the app, never `@ferry` (a stranger's account).
    ["ferry", "ferry[bot]", "ferry"],
    ["github-actions", "github-actions[bot]", "github-actions"],
    // GitHub logins are mentions on GitHub only.
    ["alice", "@alice", "alice"],
    ["octo-cat42", "@octo-cat42", "octo-cat42"],
    // Not logins: local git names (spaces), bots, and anything GitHub would not accept as a login.
    ["Jane Doe", "Jane Doe", "Jane Doe"],
    ["Seed f98c97eb maintainers", "Seed f98c97eb maintainers", "Seed f98c97eb maintainers"],
    ["dependabot[bot]", "dependabot\\[bot\\]", "dependabot\\[bot\\]"],
    ["-alice", "-alice", "-alice"],
    ["a--b", "a--b", "a--b"],
    ["x".repeat(40), "x".repeat(40), "x".repeat(40)],
    ["*bold* | pipe", "\\*bold\\* \\| pipe", "\\*bold\\* \\| pipe"],
  ])("%j reads %j on GitHub and %j locally", (actor, github, plain) => {
    expect(actorText(actor, "github")).toBe(github);
    expect(actorText(actor, "plain")).toBe(plain);
  });
});
