import { routeEvent } from "./route-event.ts";
import { boundedEvent } from "./bounded-event.ts";
import { handleHold, handleTrigger, popQueue } from "./concurrency.ts";
import type { DeploymentState, HistoryEntry } from "./deployment-state.ts";
import { draftOf, Refusal, stateOf } from "./draft.ts";
import type { Effect } from "./effect.ts";
import { handlerKey, type FerryEvent } from "./ferry-event.ts";
import { declaresEvent, type Lifecycle } from "./lifecycle.ts";
import type { Reason } from "./reason.ts";
import { handleStageEvent, handleTimer } from "./stage-events.ts";
import { handleApprovalEvent } from "./approval-events.ts";
import type { TransitionContext } from "./transition-context.ts";
import type { RunEnd } from "./run-end.ts";

export type TransitionResult =
  | {
      readonly ok: true;
      readonly state: DeploymentState;
      readonly effects: readonly Effect[];
      /** The history entries this event added, in order: auto states included. */
      readonly transitions: readonly HistoryEntry[];
      /** Runs this event ended by starting a newer one: each still needs its own end shown. */
      readonly ended: readonly RunEnd[];
    }
  | { readonly ok: false; readonly reason: Reason; readonly detail: string };

/**
 * Applies one event to one deployment's state. Pure and deterministic: the same inputs give
 * the same result, time comes from the event, and effects are returned as data for the
 * engine to execute. Expected refusals come back as `{ ok: false, reason, detail }`.
 */
export function transition(
  lifecycle: Lifecycle,
  state: DeploymentState,
  input: FerryEvent,
  context: TransitionContext = {},
): TransitionResult {
  if (state.lifecycle !== lifecycle.name) {
    return refuse("lifecycle-mismatch", `state is for lifecycle ${state.lifecycle}, not ${lifecycle.name}`);
  }
  // Whatever an event carries, the state file stays small: text is cut, overlong identifiers refused.
  const bounded = boundedEvent(input);
  if (!bounded.ok) return refuse(bounded.reason, bounded.detail);
  const event = bounded.event;
  if (state.processed.includes(event.id)) return refuse("duplicate-event", `event ${event.id} was already applied`);
  const draft = draftOf(lifecycle, state, event, context);
  try {
    switch (event.type) {
      case "deploy":
        handleTrigger(draft, event);
        break;
      case "pause":
      case "resume":
        handleHold(draft, event.type);
        break;
      case "timer":
        handleTimer(draft, event);
        break;
      case "stage.dispatched":
      case "stage.started":
      case "stage.progress":
      case "stage.succeeded":
      case "stage.failed":
      case "stage.timed-out":
        handleStageEvent(draft, event);
        break;
      case "custom":
        // Only declared names: a custom event can never stand in for a built-in one or a signal.
        if (!declaresEvent(lifecycle, event.name))
          return refuse("unknown-event", `lifecycle ${lifecycle.name} declares no event ${JSON.stringify(event.name)}`);
        routeEvent(draft, event.name);
        break;
      case "stage.waiting":
      case "stage.approved":
      case "stage.rejected":
        handleApprovalEvent(draft, event);
        break;
      default:
        routeEvent(draft, handlerKey(event));
    }
    popQueue(draft);
  } catch (error) {
    if (error instanceof Refusal) return refuse(error.reason, error.detail);
    throw error;
  }
  draft.effects.push({ type: "report" });
  return {
    ok: true,
    state: stateOf(draft, state),
    effects: draft.effects,
    transitions: draft.added,
    ended: draft.ended,
  };
}

function refuse(reason: Reason, detail: string): TransitionResult {
  return { ok: false, reason, detail };
}
