import { clip } from "../../core/bounded-event.ts";
import type { DeploymentView } from "../../ports/reporter.ts";

/** GitHub allows this many buttons on one check run. */
export const CHECK_RUN_ACTIONS_LIMIT = 3;

/** GitHub's limits on a button's label and description (the identifier's is 20, as declared event names are). */
const LABEL_MAX_LENGTH = 20;
const DESCRIPTION_MAX_LENGTH = 40;

export interface CheckRunAction {
  readonly label: string;
  readonly description: string;
  /** `retry`, `rollback`, `pause`, or the name of an event the lifecycle declares. */
  readonly identifier: string;
}

/**
 * The buttons the lifecycle allows right now: a button appears only where its event would be
 * accepted in the current state, so pressing it never meets a refusal that the page could have
 * foreseen. First the lifecycle's own events the current state handles, in declaration order
 * (a state that waits for `promote` is there for that button), then the fixed `retry`, `rollback`
 * and `pause` (docs/architecture.md#names-fixed-for-users); GitHub shows at most three.
 */
export function checkRunActions(view: DeploymentView): CheckRunAction[] {
  // An ended run is history: its buttons would act on the run that replaced it.
  if (view.blocked || view.ended) return [];
  const { lifecycle, state } = view;
  const handles = (event: string) =>
    Object.entries(state.regions).some(([region, r]) =>
      Boolean(lifecycle.regions[region]?.states[r.state]?.on?.[event] ?? lifecycle.on?.[event]),
    );
  const modelsPause = Object.values(lifecycle.regions).some((region) =>
    Object.values(region.states).some((s) => s.on?.pause),
  );
  const hasPrevious = state.good.some((g) => g.version !== state.run?.version);
  const actions: CheckRunAction[] = [];
  for (const event of lifecycle.events ?? []) {
    if (!handles(event.name)) continue;
    actions.push({
      label: clip(event.name.charAt(0).toUpperCase() + event.name.slice(1), LABEL_MAX_LENGTH),
      description: clip(event.description ?? `Send ${event.name}`, DESCRIPTION_MAX_LENGTH),
      identifier: event.name,
    });
  }
  if (handles("retry") && state.run)
    actions.push({ label: "Retry", description: "Run this deployment again", identifier: "retry" });
  if (handles("rollback") && hasPrevious)
    actions.push({ label: "Roll back", description: "Go back to the previous good version", identifier: "rollback" });
  const pausable = modelsPause ? handles("pause") : state.hold === null && Object.keys(state.regions).length > 0;
  if (pausable) actions.push({ label: "Pause", description: "Hold before the next stage", identifier: "pause" });
  return actions.slice(0, CHECK_RUN_ACTIONS_LIMIT);
}
