import { checkRunsOn, createCompletedCheckRun } from "../adapters/github/commit-check-runs.ts";
import type { GitHubClient, RepoRef } from "../adapters/github/github-client.ts";
import type { EventOutcome } from "../engine/event-outcome.ts";
import { BoundedSet } from "./bounded-set.ts";

/** Refusals of an automatic trigger that a person looking at the commit should see. */
const SHOWN: ReadonlySet<string> = new Set(["rejected-busy", "version-rolled-back", "not-promoted"]);

const noticed = new WeakMap<object, BoundedSet<string>>();

/**
 * Shows on a commit why it was not deployed: a completed `ferry/<deployment>` check run (neutral
 * for a busy deployment or a version not promoted yet, skipped for a rolled-back version) whose
 * text says which run holds the deployment, that the version was rolled back, or which state of
 * which deployment it has yet to reach (it deploys once it has: the deployment's own check run follows). The deployment's own check run is a
 * projection of its state and cannot say this, since a refusal changes no state. One per
 * commit and deployment, whichever webhook (merge or push) or replica saw the refusal first.
 */
export async function showRefusals(
  client: GitHubClient,
  ref: RepoRef,
  sha: string,
  outcomes: readonly EventOutcome[],
): Promise<void> {
  let seen = noticed.get(client);
  if (!seen) noticed.set(client, (seen = new BoundedSet()));
  for (const outcome of outcomes) {
    if (outcome.kind !== "refused" || !SHOWN.has(outcome.reason)) continue;
    const name = `ferry/${outcome.deployment}`;
    const externalId = `ferry-refusal:${outcome.deployment}:${sha}`;
    if (seen.has(externalId)) continue;
    const found = await checkRunsOn(client, ref, sha, name, "all");
    if (!found.some((c) => c.externalId === externalId)) {
      const rolledBack = outcome.reason === "version-rolled-back";
      const title = rolledBack
        ? `${outcome.deployment}: not redeployed, this version was rolled back`
        : outcome.reason === "not-promoted"
          ? `${outcome.deployment}: not deployed yet, this version has not been promoted`
          : `${outcome.deployment}: not deployed, another run holds the deployment`;
      await createCompletedCheckRun(client, ref, {
        name,
        headSha: sha,
        externalId,
        conclusion: rolledBack ? "skipped" : "neutral",
        output: {
          title: title.slice(0, 255),
          summary: `ferry refused to deploy this commit (${outcome.reason}): ${outcome.detail}`,
        },
      });
    }
    seen.add(externalId);
  }
}
