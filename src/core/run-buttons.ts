import type { DeploymentState } from "./deployment-state.ts";
import { deploymentStatus } from "./deployment-status.ts";
import type { Lifecycle } from "./lifecycle.ts";
import { shortVersion } from "./short-version.ts";

/** GitHub allows this many buttons on one check run. */
export const RUN_BUTTONS_LIMIT = 3;

/**
 * The fixed button identifiers (docs/architecture.md#names-fixed-for-users) besides the lifecycle's
 * own events. Each sends the operator event of its name, except `redeploy`: an explicit deploy of
 * the version the deployment rolled back from (`rolledBack` in the state), which merges and pushes
 * no longer deploy by themselves.
 */
export const FIXED_BUTTONS = ["resume", "retry", "redeploy", "rollback", "pause", "drop"] as const;
export type FixedButton = (typeof FIXED_BUTTONS)[number];

export interface RunButton {
  readonly label: string;
  readonly description: string;
  /** A {@link FixedButton}, or the name of an event the lifecycle declares. */
  readonly identifier: string;
}

/**
 * The buttons that fit the run's state, most important first, at most three: a button appears
 * only where the lifecycle accepts its event in the current state, so pressing it never meets a
 * refusal the page could have foreseen (guards aside: they need the manifest's facts). First the
 * lifecycle's own events (a state that waits for `promote` is there for that button), then what
 * a person does next: Resume a held or paused run, Retry a failure, Redeploy the version a
 * rollback undid, Roll back, Pause a run that is still going (never a finished one), Drop.
 * An ended run (its page is history) and a blocked deployment get none.
 */
export function runButtons(
  lifecycle: Lifecycle,
  state: DeploymentState,
  page: { readonly ended?: boolean; readonly blocked?: boolean } = {},
): RunButton[] {
  if (page.blocked || page.ended || !state.run) return [];
  const handles = (event: string) =>
    Object.entries(state.regions).some(([region, r]) =>
      Boolean(lifecycle.regions[region]?.states[r.state]?.on?.[event] ?? lifecycle.on?.[event]),
    );
  const models = (event: string) =>
    Object.values(lifecycle.regions).some((region) => Object.values(region.states).some((s) => s.on?.[event]));
  const status = deploymentStatus(lifecycle, state);
  const going = status === "in_progress" || status === "queued";
  const buttons: RunButton[] = [];
  for (const event of lifecycle.events ?? []) {
    if (handles(event.name))
      buttons.push({
        label: event.name.charAt(0).toUpperCase() + event.name.slice(1),
        description: event.description ?? `Send ${event.name}`,
        identifier: event.name,
      });
  }
  // Without a modelled pause, pause and resume hold the run between stages (`hold` in the state).
  if (models("resume") ? handles("resume") : state.hold !== null)
    buttons.push({ label: "Resume", description: "Go on from where it was paused", identifier: "resume" });
  if (handles("retry")) buttons.push({ label: "Retry", description: "Run the failed step again", identifier: "retry" });
  const undone = state.rolledBack?.version;
  if (undone && undone !== state.run.version && handles("deploy") && !going)
    buttons.push({
      label: `Redeploy ${shortVersion(undone)}`,
      description: "Deploy the rolled-back version again",
      identifier: "redeploy",
    });
  if (handles("rollback") && state.good.some((g) => g.version !== state.run?.version))
    buttons.push({ label: "Roll back", description: "Go back to the previous good version", identifier: "rollback" });
  if (models("pause") ? handles("pause") : going && state.hold === null)
    buttons.push({ label: "Pause", description: "Hold before the next stage", identifier: "pause" });
  if (handles("drop")) buttons.push({ label: "Drop", description: "Delete this environment", identifier: "drop" });
  return buttons.slice(0, RUN_BUTTONS_LIMIT);
}
