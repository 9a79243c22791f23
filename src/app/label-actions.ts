import { takeLabel } from "../adapters/github/pull-request-labels.ts";
import type { FerryEvent, OperatorEventType } from "../core/ferry-event.ts";
import type { DeploymentEvent } from "../engine/deployment-event.ts";
import { actWithRetries } from "./act-with-retries.ts";
import { declaresEvent } from "../core/lifecycle.ts";
import { deploymentsTouched } from "../manifest/deployments-touched.ts";
import { pullRequestFiles } from "../adapters/github/pull-request-files.ts";
import { deploysBranches, manifestsInForceAt } from "./manifests-in-force.ts";
import type { ManifestAt } from "../adapters/github/github-catalog.ts";
import type { ManifestSource } from "../core/deployment-state.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import type { RepoWorker } from "./repo-workers.ts";
import type { HandlerContext } from "./handlers/handler-context.ts";
import { commentBody, describeOutcome, worthTelling } from "./outcome-text.ts";
import { checkPermission } from "./permissions.ts";
import { existingPreviews, previewsOf } from "./previews.ts";
import { comment } from "../adapters/github/pull-request-comments.ts";
import type { PullFacts } from "./webhook-facts/pull-request-facts.ts";

/** The fixed PR labels (docs/architecture.md#names-fixed-for-users) and the lifecycle event each one sends. */
export const LABEL_EVENTS: Readonly<Record<string, Exclude<OperatorEventType, "remove">>> = {
  "ferry:deploy": "deploy",
  "ferry:pause": "pause",
  "ferry:resume": "resume",
  "ferry:rollback": "rollback",
  "ferry:stop": "stop",
  "ferry:retry": "retry",
  "ferry:drop": "drop",
};

/** The prefix of ferry's labels; `ferry:<event>` sends an event a lifecycle declares (`events:`). */
const LABEL_PREFIX = "ferry:";

/** Names a lifecycle may declare (schemas/lifecycle.schema.json `declaredEventName`). */
const DECLARED_EVENT_NAME = /^[a-z][a-z0-9_-]{0,19}$/;

/** A deployment a label acts on, with the lifecycle and manifest that would decide for it. */
interface LabelTarget {
  readonly deployment: string;
  readonly lifecycle: Lifecycle | undefined;
  /** The manifest it was found by; brought by a deploy only when its state records none. */
  readonly source: ManifestSource | undefined;
}

/**
 * The deployments a label on a pull request acts on, judged from what GitHub holds, never from the
 * manifests this replica loaded. An open pull request that carries previews acts on them;
 * otherwise the label acts on the deployments the pull request touches: its changed files are a
 * manifest, or match a manifest's trigger paths, in force where it lands (the merge commit once
 * merged, else its base branch now). A deployment that has a state is judged by the manifest that
 * state records, which is the one the engine runs it with.
 */
export async function labelTargets(
  ctx: HandlerContext,
  pull: PullFacts,
): Promise<{ readonly deployments: LabelTarget[]; readonly previews: boolean }> {
  const { worker } = ctx;
  const changed = await pullRequestFiles(worker.client, worker.ref, pull.number);
  const states = new Map((await worker.states({ fresh: true })).map((s) => [s.deployment, s]));
  const found = new Map<string, ManifestAt | undefined>();
  if (pull.open && (await ctx.settings()).previews.enabled) {
    for (const preview of await previewsOf(worker, pull, changed, undefined)) found.set(preview.name, preview);
    for (const name of await existingPreviews(worker, pull.number)) if (!found.has(name)) found.set(name, undefined);
  }
  const previews = found.size > 0;
  if (!previews) {
    for (const [name, entry] of await inForceWhereItLands(worker, pull)) found.set(name, entry);
    const deployments = new Map(
      [...found].flatMap(([name, e]) => (e && deploysBranches(e.manifest) ? [[name, e.manifest] as const] : [])),
    );
    const touched = new Set(deploymentsTouched(deployments, changed, pull.baseRef, worker.defaultBranch).triggered);
    for (const name of [...found.keys()]) if (!touched.has(name)) found.delete(name);
  }
  const targets: LabelTarget[] = [];
  for (const [deployment, entry] of [...found].sort(([a], [b]) => a.localeCompare(b))) {
    const state = states.get(deployment);
    const recorded = state?.manifest ? await worker.catalog.get(deployment, state.manifest) : undefined;
    targets.push({
      deployment,
      lifecycle: recorded?.lifecycle ?? entry?.lifecycle,
      source: state?.manifest ? undefined : entry?.source,
    });
  }
  return { deployments: targets, previews };
}

/** The manifests in force where a pull request lands: at its merge commit once merged, else on its base branch now. */
async function inForceWhereItLands(worker: RepoWorker, pull: PullFacts): Promise<ReadonlyMap<string, ManifestAt>> {
  const catalog = await worker.catalog.at(pull.merged && pull.mergeSha ? pull.mergeSha : pull.baseRef);
  return catalog ? manifestsInForceAt(worker, catalog) : new Map();
}

/**
 * Whether a lifecycle in force where the pull request lands declares `name`: a `ferry:<name>`
 * label that none declares is not ferry's, and is left alone without a word.
 */
async function declaredWhereItLands(worker: RepoWorker, pull: PullFacts, name: string): Promise<boolean> {
  for (const entry of (await inForceWhereItLands(worker, pull)).values())
    if (declaresEvent(entry.lifecycle, name)) return true;
  return false;
}

/** What a label asks for once it is taken: events to send, or why not. */
type LabelPlan =
  { readonly kind: "act"; readonly events: DeploymentEvent[] } | { readonly kind: "refuse"; readonly why: string };

/**
 * A `ferry:*` label added to a pull request (a fixed one, or `ferry:<event>` for an event a
 * lifecycle in force declares). The label on the pull request, not the webhook, decides: ferry
 * first takes the label off, and acts only if GitHub says it was still there. So a redelivery, a
 * captured body resent with a new delivery id, or another replica's copy does nothing, and exactly
 * one delivery acts. Then: check who added it and where the pull request comes from, send the
 * event to each deployment the pull request touches, and say on the pull request what happened or
 * why nothing did. A failure to act is retried, and finally reported on the pull request with the
 * advice to add the label again.
 */
export async function handleLabel(ctx: HandlerContext, pull: PullFacts, label: string): Promise<void> {
  const type = LABEL_EVENTS[label];
  const custom = type || !label.startsWith(LABEL_PREFIX) ? undefined : label.slice(LABEL_PREFIX.length);
  if (!type && !(custom && DECLARED_EVENT_NAME.test(custom))) return;
  const settings = await ctx.settings();
  if (!settings.labels.enabled) return;
  const { worker, origin } = ctx;
  if (custom && !(await declaredWhereItLands(worker, pull, custom))) return;
  if (!(await takeLabel(worker.client, worker.ref, pull.number, label))) {
    ctx.log.info(
      { repo: worker.fullName, pull: pull.number, label, delivery: ctx.deliveryId },
      "the label is no longer on the pull request: answered already (a redelivery, a replay, another replica) or removed by a person",
    );
    return;
  }
  const say = (heading: string, lines: string[]) =>
    comment(worker.client, worker.ref, pull.number, commentBody(heading, lines));
  const acted = await actWithRetries(
    async () => {
      const plan = await planLabel(ctx, pull, type, custom);
      return plan.kind === "refuse" ? plan : { kind: "acted" as const, outcomes: await worker.submit(plan.events) };
    },
    ctx.log,
    `acting on ${label} on ${worker.fullName}#${pull.number}`,
    ctx.sleep,
  );
  if (!acted.ok)
    return say(`ferry could not act on \`${label}\` from @${origin.sender}:`, [
      `${acted.error.message}. Nothing may have changed; add the label again to retry.`,
    ]);
  const result = acted.value;
  if (result.kind === "refuse") return say(`ferry did not act on \`${label}\` from @${origin.sender}:`, [result.why]);
  // Only duplicates: an attempt that failed after committing was the one that acted.
  if (!worthTelling(result.outcomes)) return;
  await say(`\`${label}\` from @${origin.sender}:`, result.outcomes.map(describeOutcome));
}

/** Who added the label, from where, and what the pull request touches: the events to send, or why not. */
async function planLabel(
  ctx: HandlerContext,
  pull: PullFacts,
  type: Exclude<OperatorEventType, "remove"> | undefined,
  custom: string | undefined,
): Promise<LabelPlan> {
  const { worker, origin } = ctx;
  const settings = await ctx.settings();
  const refuse = (why: string): LabelPlan => ({ kind: "refuse", why });
  if (pull.fromFork && !settings.allowForks) {
    return refuse(
      "this pull request comes from a fork, and ferry acts on fork pull requests only when `.github/ferry.yml` sets `allowForks: true`.",
    );
  }
  const verdict = await checkPermission(worker.client, worker.ref, origin.sender, settings.minimumPermission);
  if (!verdict.allowed) {
    return refuse(
      `@${origin.sender} has ${verdict.role} access to this repository; acting on deployments needs ${verdict.minimum} or more (\`minimumPermission\` in \`.github/ferry.yml\`).`,
    );
  }
  const targets = await labelTargets(ctx, pull);
  if (targets.deployments.length === 0)
    return refuse(
      "this pull request touches no deployment: none of its files is a manifest or matches a manifest's trigger paths.",
    );
  // A lifecycle's own event goes only where it means something: to deployments whose lifecycle declares it.
  const deployments = custom
    ? targets.deployments.filter((t) => t.lifecycle && declaresEvent(t.lifecycle, custom))
    : targets.deployments;
  if (deployments.length === 0)
    return refuse(
      `no deployment this pull request touches (${targets.deployments.map((t) => t.deployment).join(", ")}) has a lifecycle that declares the event \`${custom ?? ""}\`.`,
    );
  const base = { id: ctx.deliveryId, at: ctx.now(), actor: origin.sender, cause: "label" as const };
  // A merged pull request deploys its merge commit; an open one (or its preview) its head.
  const mergeSha = targets.previews || !pull.merged ? undefined : pull.mergeSha;
  let event: FerryEvent = {
    ...base,
    type: "deploy",
    version: mergeSha ?? pull.headSha,
    ref: mergeSha ? pull.baseRef : pull.headRef,
    pullRequest: pull.number,
  };
  if (custom) event = { ...base, type: "custom", name: custom };
  else if (type && type !== "deploy") event = { ...base, type };
  // A deployment without a state starts with the manifest it was found by, as GitHub holds it.
  return {
    kind: "act",
    events: deployments.map(({ deployment, source }) =>
      source && event.type === "deploy" ? { deployment, event, manifest: source } : { deployment, event },
    ),
  };
}
