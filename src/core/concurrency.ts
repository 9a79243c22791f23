import { describeStates, handlersFor, routeEvent } from "./route-event.ts";
import { startStage } from "./start-stage.ts";
import { currentDef, isBusy, record, Refusal, regionOf, stateDefOf, type Draft } from "./draft.ts";
import { AUTOMATIC_CAUSES, type FerryEvent } from "./ferry-event.ts";
import type { ConcurrencyPolicy } from "./lifecycle.ts";
import { coalesceQueue, coalescedIn } from "./coalesce-queue.ts";
import { shortVersion } from "./short-version.ts";
import type { Lifecycle } from "./lifecycle.ts";

type DeployEvent = Extract<FerryEvent, { type: "deploy" }>;

/**
 * A trigger. While the deployment is busy (or held) the lifecycle's concurrency policy decides:
 * queue it, reject it naming the run that holds the deployment, or supersede that run.
 */
export function handleTrigger(draft: Draft, event: DeployEvent): void {
  refuseUnpromoted(draft, event.version);
  if (draft.rolledBack?.version === event.version && AUTOMATIC_CAUSES.has(event.cause)) {
    throw new Refusal(
      "version-rolled-back",
      `${shortVersion(event.version)} was rolled back in run ${draft.rolledBack.runId}; deploy it explicitly or push a new commit`,
    );
  }
  const busy = isBusy(draft);
  if (!busy && !draft.hold) {
    // Anything still queued was queued before this trigger (behind a run that then failed): it is
    // older than what deploys now, so it must not run afterwards and replace it.
    const dropped = draft.queue.length;
    const coalesced = coalescedIn(draft.queue);
    const runSeq = draft.runSeq;
    routeEvent(draft, "deploy");
    if (dropped > 0) {
      draft.queue = [];
      if (draft.run && draft.runSeq !== runSeq) draft.run = { ...draft.run, coalesced };
      for (const [region, r] of Object.entries(draft.regions)) {
        record(draft, {
          region,
          from: r.state,
          to: r.state,
          event: "deploy",
          note: `dropped ${dropped} older queued trigger${dropped > 1 ? "s" : ""}`,
        });
      }
    }
    return;
  }
  const holder = draft.run ? `run ${draft.run.id} (${shortVersion(draft.run.version)})` : "a run";
  if (draft.run?.version === event.version && busy)
    throw new Refusal("already-queued", `${holder} is already deploying ${shortVersion(event.version)}`);
  if (draft.queue.some((q) => q.version === event.version))
    throw new Refusal("already-queued", `${shortVersion(event.version)} is already queued`);
  const policy = draft.hold ? "queue" : policyNow(draft);
  if (policy === "reject")
    throw new Refusal("rejected-busy", `${holder} holds the deployment in ${describeStates(draft)}`);
  if (policy === "queue") {
    // Newest wins (docs/concurrency.md): the triggers waiting before this one are superseded by it.
    const { queue, dropped } = coalesceQueue([
      ...draft.queue,
      {
        eventId: event.id,
        version: event.version,
        cause: event.cause,
        actor: event.actor,
        at: event.at,
        ...(event.pullRequest === undefined ? {} : { pullRequest: event.pullRequest }),
      },
    ]);
    draft.queue = queue;
    const superseded = dropped > 0 ? `; it supersedes ${plural(dropped, "older trigger")}` : "";
    for (const [region, r] of Object.entries(draft.regions)) {
      record(draft, {
        region,
        from: r.state,
        to: r.state,
        event: "deploy",
        note: `queued ${shortVersion(event.version)} behind ${holder}${superseded}`,
      });
    }
    return;
  }
  // Supersede: the new trigger is handled as if it had arrived when the deployment last rested.
  routeEvent(draft, "deploy", undefined, (region) =>
    handlersFor(draft, region, "deploy", stateDefOf(draft, region, regionOf(draft, region).resting)),
  );
}

/**
 * A deployment with a manifest `promotion` deploys only versions the source deployment promoted,
 * whatever the cause: the gate is the point of declaring it. Rollbacks and retries redeploy a
 * version this deployment already ran, so they are not triggers and pass.
 */
function refuseUnpromoted(draft: Draft, version: string): void {
  const promotion = draft.context.promotion;
  if (!promotion || promotion.versions.includes(version)) return;
  const reached = promotion.state === undefined ? "been deployed successfully" : `reached ${promotion.state}`;
  throw new Refusal(
    "not-promoted",
    `${shortVersion(version)} has not ${reached} in ${promotion.from} (${promotion.source}); it deploys here once it has`,
  );
}

/** The lifecycle's policy, unless a busy state overrides it (a drop in progress must not be superseded). */
function policyNow(draft: Draft): ConcurrencyPolicy {
  for (const region of Object.keys(draft.regions)) {
    const override = currentDef(draft, region).concurrency;
    if (override) return override;
  }
  return draft.lifecycle.concurrency;
}

/**
 * Pause and resume for lifecycles that do not model them as states: a hold that lets the
 * running stage finish, defers the next stage, and queues triggers until resume.
 */
export function handleHold(draft: Draft, type: "pause" | "resume"): void {
  // A lifecycle that models the event in any state gets it as a transition everywhere (refused where
  // the state has no handler); the generic hold is only for lifecycles that do not model it at all.
  if (modelsEvent(draft.lifecycle, type)) {
    routeEvent(draft, type);
    return;
  }
  if (type === "pause") {
    if (draft.hold) throw new Refusal("already-held", `paused by ${draft.hold.actor} since ${draft.hold.at}`);
    draft.hold = { actor: draft.event.actor, at: draft.event.at, deferred: [] };
    note(draft, "pause", "held: the running stage may finish; no new stage starts until resume");
    return;
  }
  if (!draft.hold) throw new Refusal("not-held", "the deployment is not paused");
  const deferred = draft.hold.deferred;
  draft.hold = null;
  note(draft, "resume", "resumed");
  for (const { region, state } of deferred) {
    if (draft.regions[region]?.state === state) startStage(draft, region, state, stateDefOf(draft, region, state));
  }
  // Triggers queued during the hold must not wait for another steady entry when the deployment already rests in one.
  if (Object.keys(draft.regions).some((region) => currentDef(draft, region).kind === "steady"))
    draft.enteredSteady = true;
}

function modelsEvent(lifecycle: Lifecycle, key: string): boolean {
  if (lifecycle.on?.[key]) return true;
  return Object.values(lifecycle.regions).some((region) =>
    Object.values(region.states).some((state) => state.on?.[key] !== undefined),
  );
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function note(draft: Draft, event: string, text: string): void {
  for (const [region, r] of Object.entries(draft.regions))
    record(draft, { region, from: r.state, to: r.state, event, note: text });
}

/** Entering a steady state with nothing holding the deployment pops the next queued trigger. */
export function popQueue(draft: Draft): void {
  for (let next = draft.queue[0]; next && draft.enteredSteady && !draft.hold && !isBusy(draft); next = draft.queue[0]) {
    draft.queue.shift();
    draft.enteredSteady = false;
    const regionsAllow = Object.keys(draft.regions).some((region) =>
      handlersFor(draft, region, "deploy", currentDef(draft, region)),
    );
    if (!regionsAllow) return;
    const popped: DeployEvent = {
      type: "deploy",
      id: draft.event.id,
      at: draft.event.at,
      actor: next.actor,
      cause: next.cause,
      version: next.version,
      ...(next.pullRequest === undefined ? {} : { pullRequest: next.pullRequest }),
    };
    const saved = draft.event;
    draft.event = popped;
    try {
      if (draft.rolledBack?.version === next.version && AUTOMATIC_CAUSES.has(next.cause)) continue;
      refuseUnpromoted(draft, next.version);
      const runSeq = draft.runSeq;
      routeEvent(draft, "deploy");
      // The run deploys what the coalesced triggers asked for, in its newest version: it says so.
      if (next.coalesced && draft.run && draft.runSeq !== runSeq)
        draft.run = { ...draft.run, coalesced: next.coalesced };
    } catch (error) {
      // A queued trigger the current state refuses is dropped, not allowed to block the queue.
      if (!(error instanceof Refusal)) throw error;
    } finally {
      draft.event = saved;
    }
  }
}
