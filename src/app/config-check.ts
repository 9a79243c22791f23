import type { CatalogAt } from "../adapters/github/github-catalog.ts";
import {
  checkRunsOn,
  createCompletedCheckRun,
  updateCheckRunOutput,
  type CheckAnnotation,
} from "../adapters/github/commit-check-runs.ts";
import type { GitHubClient, RepoRef } from "../adapters/github/github-client.ts";
import { formatSourceError, type SourceError } from "../manifest/source-error.ts";
import { BoundedSet } from "./bounded-set.ts";

/** The fixed name of the validation check run (docs/architecture.md#names-fixed-for-users). */
export const CONFIG_CHECK = "ferry/config";

/** GitHub takes at most 50 annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;

const SUMMARY_LIMIT = 65_535;

/** One annotation per error, at its file and line (columns only make sense on one line, which these are). */
export function annotationsOf(errors: readonly SourceError[]): CheckAnnotation[] {
  return errors.map((e) => ({
    path: e.file,
    start_line: Math.max(1, e.line),
    end_line: Math.max(1, e.line),
    start_column: Math.max(1, e.column),
    end_column: Math.max(1, e.column),
    annotation_level: "failure",
    title: `ferry: ${e.code}`.slice(0, 255),
    message: e.message.slice(0, 64 * 1024),
  }));
}

/** Title and Markdown summary of the check: what is wrong and where, or what was found. */
export function configCheckOutput(catalog: CatalogAt): { title: string; summary: string } {
  const { errors } = catalog;
  if (errors.length === 0) {
    const deployments = [...catalog.manifests.keys()].sort();
    const summary =
      deployments.length === 0
        ? "No deployment manifests in `.ferry/deployments/`."
        : `Deployments: ${deployments.map((d) => `\`${d}\``).join(", ")}.`;
    return { title: "ferry files are valid", summary };
  }
  const files = [...new Set(errors.map((e) => e.file))];
  const lines = [
    `${errors.length} error${errors.length === 1 ? "" : "s"} in ${files.length} file${files.length === 1 ? "" : "s"}. Invalid files trigger nothing; the last valid manifest of each deployment stays in force.`,
    "",
    "```",
    ...errors.map(formatSourceError),
    "```",
  ];
  const summary = lines.join("\n");
  return {
    title: `${errors.length} error${errors.length === 1 ? "" : "s"} in ferry files`,
    summary: summary.length <= SUMMARY_LIMIT ? summary : summary.slice(0, SUMMARY_LIMIT - 5) + "\n```",
  };
}

/**
 * Records the validation of the ferry files at a commit as the `ferry/config` check run: success,
 * or failure with an annotation at each error's file and line, sent 50 per request as GitHub
 * requires. An existing check for the commit (another replica, a redelivery) is updated, not duplicated.
 */
export async function reportConfigCheck(
  client: GitHubClient,
  ref: RepoRef,
  catalog: CatalogAt,
  options: { readonly rerun?: boolean } = {},
): Promise<void> {
  const output = configCheckOutput(catalog);
  const annotations = annotationsOf(catalog.errors);
  const externalId = `ferry-config:${catalog.commit}`;
  // "Re-run" asks for a new check run; otherwise one per commit, whoever made it.
  const found = options.rerun ? [] : await checkRunsOn(client, ref, catalog.commit, CONFIG_CHECK, "latest");
  const existing = found.find((c) => c.externalId === externalId);
  let id: number;
  let sent: number;
  if (existing) {
    // The files at a commit never change, so an existing check says the same; annotations accumulate,
    // so only those a crashed earlier attempt did not send are added.
    id = existing.id;
    sent = existing.annotationsCount;
    if (sent >= annotations.length) return;
  } else {
    const first = annotations.slice(0, ANNOTATIONS_PER_REQUEST);
    id = await createCompletedCheckRun(client, ref, {
      name: CONFIG_CHECK,
      headSha: catalog.commit,
      externalId,
      conclusion: catalog.errors.length > 0 ? "failure" : "success",
      output: { ...output, annotations: first },
    });
    sent = first.length;
  }
  for (let i = sent; i < annotations.length; i += ANNOTATIONS_PER_REQUEST)
    await updateCheckRunOutput(client, ref, id, {
      ...output,
      annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST),
    });
}

const validated = new WeakMap<object, BoundedSet<string>>();

/**
 * Validates the ferry files at a commit and records the `ferry/config` check once per commit
 * and process (a push and its pull request's `synchronize` announce the same commit); `force`
 * records it again, for a person pressing "Re-run".
 */
export async function validateCommit(
  client: GitHubClient,
  ref: RepoRef,
  catalog: CatalogAt,
  force = false,
): Promise<void> {
  let seen = validated.get(client);
  if (!seen) validated.set(client, (seen = new BoundedSet()));
  const key = `${ref.owner}/${ref.repo}@${catalog.commit}`;
  if (seen.has(key) && !force) return;
  await reportConfigCheck(client, ref, catalog, { rerun: force });
  // Bounded: a long-running replica sees many commits; the check lookup covers anything forgotten.
  seen.add(key);
}
