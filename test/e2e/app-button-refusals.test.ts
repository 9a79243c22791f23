/**
 * A check-run button refused on a commit no pull request shows (pushed straight to the branch): the person who
 * pressed it learns why from a comment on the commit that mentions them, once however often the webhook comes.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GitHubStandin } from "../support/github-standin/index.ts";
import { startTestStandin } from "../support/github-standin/standin-fixture.ts";
import {
  settle,
  STAGE_WORKFLOW,
  startReplica,
  stateOf,
  testClock,
  WEB_MANIFEST,
  type Replica,
} from "../app/support/ferry-harness.ts";

const owner = "acme";
const repo = "pushed";
let gh: GitHubStandin;
let replica: Replica;

beforeAll(async () => {
  gh = await startTestStandin();
  replica = await startReplica(gh, { clock: testClock() });
  gh.setWebhookTargets([replica.url]);
});
afterAll(async () => {
  await replica.close();
  await gh.close();
});

describe("a check-run button on a commit without a pull request", () => {
  it("refused for a reader: a comment on the commit says why and mentions them, once, and nothing changes", async () => {
    await gh.createRepo({
      owner,
      name: repo,
      files: { ...STAGE_WORKFLOW, ".ferry/deployments/web.yml": WEB_MANIFEST, "site/index.html": "v0\n" },
    });
    gh.setPermission(owner, repo, "lead", "admin");
    gh.setPermission(owner, repo, "reader", "read");
    const sha = await gh.push({ owner, repo, actor: "lead", branch: "main", files: { "site/index.html": "v1\n" } });
    // The run is still going (its first stage waits on the runner), so its check run offers Pause.
    await settle(gh, [replica]);
    const check = gh.checkRuns(owner, repo).find((c) => c.name === "ferry/web" && c.headSha === sha)!;
    // No pull request was ever opened here: the check run's webhook lists none.
    const head = await gh.branchSha(owner, repo, "ferry/state");

    await gh.requestAction({ owner, repo, checkRunId: check.id, identifier: "pause", actor: "reader" });
    await settle(gh, [replica]);
    const comments = () => gh.commitComments(owner, repo, sha).map((c) => c.body);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]).toContain("The `pause` button on `ferry/web`, pressed by @reader:");
    expect(comments()[0]).toContain(
      "@reader has read access to this repository; acting on deployments needs write or more",
    );
    expect(await gh.branchSha(owner, repo, "ferry/state")).toBe(head);

    // The same press delivered again (a redelivery, a replay) answers nothing new.
    await gh.replay(gh.deliveries.filter((d) => d.event === "check_run").at(-1)!.id);
    await settle(gh, [replica]);
    expect(comments()).toHaveLength(1);

    // Someone with access presses it and it acts, with nothing to tell.
    await gh.requestAction({ owner, repo, checkRunId: check.id, identifier: "pause", actor: "lead" });
    await settle(gh, [replica]);
    expect((await stateOf(gh, owner, repo, "web"))?.hold).toMatchObject({ actor: "lead" });
    expect(comments()).toHaveLength(1);
    expect(gh.violations).toEqual([]);
  });
});
