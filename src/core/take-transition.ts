import { addSeconds, parseDuration } from "./duration.ts";
import {
  activeStage,
  addTimer,
  cancelJob,
  record,
  Refusal,
  regionOf,
  removeTimer,
  replaceStage,
  stateDefOf,
  type Draft,
} from "./draft.ts";
import { PREVIOUS_TARGET, RESTING_KINDS, type StateDef, type TransitionDef } from "./lifecycle.ts";
import { select } from "./route-event.ts";
import { failureOf, startRun } from "./runs.ts";
import { startStage } from "./start-stage.ts";

/** Deep enough for the longest auto-state chain of any built-in lifecycle (stack-migration's); deeper means a loop. */
const MAX_STEPS = 64;

/** A transition taken on its own (a signal, an `always`, a skipped stage): its `start`, if any, applies first. */
export function takeStarting(draft: Draft, region: string, def: TransitionDef, key: string): void {
  if (def.start) startRun(draft, def.start);
  takeTransition(draft, region, def, key);
}

/** Takes one transition in one region: exit, run bookkeeping, entry, then `always` chains. */
export function takeTransition(draft: Draft, region: string, def: TransitionDef, key: string): void {
  if (++draft.steps > MAX_STEPS)
    throw new Refusal("always-loop", `more than ${MAX_STEPS} transitions for one event; the lifecycle loops`);
  if (def.error && !draft.error) draft.error = failureOf(draft, region);
  if (def.target === undefined) return;
  const current = regionOf(draft, region);
  const target = def.target === PREVIOUS_TARGET ? current.resting : def.target;
  leave(draft, region);
  enter(draft, region, target, key, current.state);
}

function leave(draft: Draft, region: string): void {
  // A retry waiting out its backoff has nothing running: its timer is all there is to drop.
  removeTimer(draft, `stage-retry:${region}`);
  // The run may already be the new one (supersede starts it before leaving), so match any run's stage.
  const active = activeStage(draft, region, true);
  if (!active) return;
  removeTimer(draft, `stage-deadline:${region}`);
  removeTimer(draft, `stage-approval:${region}`);
  replaceStage(draft, active, { ...active, status: "cancelled", finishedAt: draft.event.at });
  cancelJob(draft, active, draft.event.type === "deploy" ? "superseded" : "left-state");
}

/** Enters a state: records it, runs entry actions, dispatches its stage, follows `always`. */
export function enter(draft: Draft, region: string, target: string, key: string, from: string): void {
  const def = stateDefOf(draft, region, target);
  const resting = RESTING_KINDS.has(def.kind) ? target : regionOf(draft, region).resting;
  draft.regions[region] = { state: target, since: draft.event.at, resting };
  record(draft, { region, from, to: target, event: key, ...(draft.run ? { runId: draft.run.id } : {}) });
  if (def.kind === "failed" && !draft.error) draft.error = failureOf(draft, region, from);
  // Nothing happens after a final state: timers left armed (a preview's drop-after) would only fire into it.
  if (def.kind === "final") for (const timer of [...draft.timers]) removeTimer(draft, timer.name);
  if (def.kind === "steady") {
    draft.enteredSteady = true;
    // A failed stage returning to a steady state (preview's failed book, `$previous`) makes no version good.
    if ((def.report ?? "success") === "success" && key !== "stage.failed" && key !== "stage.timed-out")
      recordGood(draft);
  }
  for (const action of def.entry ?? []) {
    if ("schedule" in action) {
      const seconds =
        draft.context.timers?.[action.schedule] ??
        (action.after === undefined ? undefined : parseDuration(action.after));
      if (seconds !== undefined)
        addTimer(draft, { name: action.schedule, due: addSeconds(draft.event.at, seconds), region });
    } else if ("cancel" in action) {
      removeTimer(draft, action.cancel);
    } else {
      draft.raised.push(action.raise);
    }
  }
  if (def.kind === "stage") startStage(draft, region, target, def);
  else followAlways(draft, region, def);
}

function followAlways(draft: Draft, region: string, def: StateDef): void {
  if (!def.always) return;
  const picked = select(draft, def.always);
  if (picked) takeStarting(draft, region, picked, "always");
}

function recordGood(draft: Draft): void {
  const run = draft.run;
  if (!run || draft.good[0]?.version === run.version) return;
  draft.good = [
    { version: run.version, runId: run.id, at: draft.event.at },
    ...draft.good.filter((g) => g.version !== run.version),
  ];
}
