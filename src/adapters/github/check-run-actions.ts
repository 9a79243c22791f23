import type { DeploymentView } from "../../ports/reporter.ts";

export interface CheckRunAction {
  readonly label: string;
  readonly description: string;
  readonly identifier: "retry" | "rollback" | "pause";
}

/**
 * The buttons (`retry`, `rollback`, `pause`: docs/architecture.md#names-fixed-for-users) the lifecycle allows right now: a button
 * appears only where its event would be accepted in the current state, so pressing it never
 * meets a refusal that the page could have foreseen.
 */
export function checkRunActions(view: DeploymentView): CheckRunAction[] {
  if (view.blocked) return [];
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
  if (handles("retry") && state.run)
    actions.push({ label: "Retry", description: "Run this deployment again", identifier: "retry" });
  if (handles("rollback") && hasPrevious)
    actions.push({ label: "Roll back", description: "Go back to the previous good version", identifier: "rollback" });
  const pausable = modelsPause ? handles("pause") : state.hold === null && Object.keys(state.regions).length > 0;
  if (pausable) actions.push({ label: "Pause", description: "Hold before the next stage", identifier: "pause" });
  return actions;
}
