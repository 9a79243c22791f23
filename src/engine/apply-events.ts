import { initialDeploymentState, type DeploymentState } from "../core/deployment-state.ts";
import type { Effect } from "../core/effect.ts";
import type { RunEnd } from "../core/run-end.ts";
import { redactDeep } from "../core/redact.ts";
import { promotionFact } from "../core/promotion-fact.ts";
import { transition } from "../core/transition.ts";
import type { TransitionContext } from "../core/transition-context.ts";
import type { DeploymentSpec } from "../ports/deployment-catalog.ts";
import type { StateSnapshot } from "../ports/state-store.ts";
import type { AppliedEvent } from "./commit-message.ts";
import type { DeploymentEvent } from "./deployment-event.ts";
import type { EventOutcome } from "./event-outcome.ts";

export interface AppliedBatch {
  readonly outcomes: readonly EventOutcome[];
  /** States that changed and must be committed, redacted, by deployment. */
  readonly changed: ReadonlyMap<string, DeploymentState>;
  /** Latest state of every deployment the batch touched (changed or not). */
  readonly current: ReadonlyMap<string, DeploymentState>;
  readonly effects: readonly { readonly deployment: string; readonly effect: Effect }[];
  readonly applied: readonly AppliedEvent[];
  /** Deployments whose surfaces must be (re)reported: changed ones, and redelivered ones. */
  readonly report: ReadonlySet<string>;
  /** Corrupt deployments and why; they are reported as blocked and never written. */
  readonly blocked: ReadonlyMap<string, string>;
  /** Runs the batch ended by starting newer ones, oldest first, by deployment. */
  readonly ended: ReadonlyMap<string, readonly RunEnd[]>;
  /** Deployments that got an event this batch had already applied (a redelivery, or a replica's twin). */
  readonly redelivered: ReadonlySet<string>;
}

/**
 * Applies events, in order, to the states in a snapshot. Pure: the engine calls it again on a
 * fresh snapshot when its compare-and-swap write loses, so nothing here may have side effects.
 */
export function applyEvents(
  snapshot: StateSnapshot,
  events: readonly DeploymentEvent[],
  specs: ReadonlyMap<string, DeploymentSpec | undefined>,
): AppliedBatch {
  const current = new Map<string, DeploymentState>();
  const changed = new Map<string, DeploymentState>();
  const blocked = new Map<string, string>();
  const outcomes: EventOutcome[] = [];
  const effects: { deployment: string; effect: Effect }[] = [];
  const applied: AppliedEvent[] = [];
  const report = new Set<string>();
  const ended = new Map<string, RunEnd[]>();
  const redelivered = new Set<string>();
  for (const { deployment, event } of events) {
    const eventId = event.id;
    const spec = specs.get(deployment);
    const read = snapshot.deployments.get(deployment) ?? { kind: "absent" as const };
    if (read.kind === "corrupt") {
      const detail = `state file deployments/${deployment}.json is corrupt (${read.reason}): ${read.detail}. ferry will not overwrite it; fix or delete the file on the ferry/state branch.`;
      blocked.set(deployment, detail);
      report.add(deployment);
      outcomes.push({ kind: "blocked", deployment, eventId, detail });
      continue;
    }
    if (!spec) {
      outcomes.push({ kind: "unknown-deployment", deployment, eventId });
      continue;
    }
    const before =
      current.get(deployment) ??
      (read.kind === "ok" ? read.state : initialDeploymentState(spec.lifecycle, deployment, event.at));
    const result = transition(spec.lifecycle, before, event, contextOf(spec, current, snapshot));
    current.set(deployment, before);
    if (!result.ok) {
      if (result.reason === "duplicate-event") {
        // A redelivery often follows a crash before reporting: report the state again.
        report.add(deployment);
        redelivered.add(deployment);
        outcomes.push({ kind: "duplicate", deployment, eventId });
      } else {
        outcomes.push({ kind: "refused", deployment, eventId, reason: result.reason, detail: result.detail });
      }
      continue;
    }
    // The manifest this move was decided by is the one every replica reads for the next.
    const next = redactDeep(spec.source ? { ...result.state, manifest: spec.source } : result.state, spec.secretValues);
    current.set(deployment, next);
    changed.set(deployment, next);
    report.add(deployment);
    if (result.ended.length > 0)
      ended.set(deployment, [
        ...(ended.get(deployment) ?? []),
        ...result.ended.map((end) => ({ ...end, state: redactDeep(end.state, spec.secretValues) })),
      ]);
    for (const effect of result.effects) if (effect.type !== "report") effects.push({ deployment, effect });
    applied.push({ deployment, event, transitions: result.transitions });
    outcomes.push({ kind: "applied", deployment, eventId, transitions: result.transitions });
  }
  return { outcomes, changed, current, effects, applied, report, blocked, ended, redelivered };
}

/**
 * The manifest's context, with the promotion fact when the manifest has `promotion`: decided from
 * the source deployment's state as this batch left it (or as the snapshot read it), so the core
 * stays pure and a write that loses its race re-decides on the fresh snapshot.
 */
function contextOf(
  spec: DeploymentSpec,
  current: ReadonlyMap<string, DeploymentState>,
  snapshot: StateSnapshot,
): TransitionContext {
  const promotion = spec.promotion;
  if (!promotion) return spec.context;
  const read = snapshot.deployments.get(promotion.from);
  if (read?.kind === "corrupt")
    return {
      ...spec.context,
      promotion: { ...promotion, versions: [], source: `the state file of ${promotion.from} is corrupt` },
    };
  const source = current.get(promotion.from) ?? (read?.kind === "ok" ? read.state : undefined);
  return { ...spec.context, promotion: promotionFact(promotion, source) };
}
