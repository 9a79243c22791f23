import { clip } from "../../core/bounded-event.ts";
import { RUN_BUTTONS_LIMIT, runButtons } from "../../core/run-buttons.ts";
import type { DeploymentView } from "../../ports/reporter.ts";

/** GitHub allows this many buttons on one check run. */
export const CHECK_RUN_ACTIONS_LIMIT = RUN_BUTTONS_LIMIT;

/** GitHub's limits on a button's label and description (the identifier's is 20, as declared event names are). */
const LABEL_MAX_LENGTH = 20;
const DESCRIPTION_MAX_LENGTH = 40;

export interface CheckRunAction {
  readonly label: string;
  readonly description: string;
  /** A fixed button (`resume`, `retry`, `redeploy`, `rollback`, `pause`, `drop`) or an event the lifecycle declares. */
  readonly identifier: string;
}

/**
 * The check run's buttons: the ones that fit the run's state (`runButtons` in the core), cut to
 * GitHub's limits. The App's `check-run-handler.ts` answers each identifier.
 */
export function checkRunActions(view: DeploymentView): CheckRunAction[] {
  const page = { ended: Boolean(view.ended), blocked: Boolean(view.blocked) };
  return runButtons(view.lifecycle, view.state, page).map((b) => ({
    label: clip(b.label, LABEL_MAX_LENGTH),
    description: clip(b.description, DESCRIPTION_MAX_LENGTH),
    identifier: b.identifier,
  }));
}
