import type { ManifestSource } from "../core/deployment-state.ts";
import type { FerryEvent } from "../core/ferry-event.ts";

/** An event addressed to one deployment of the repository the engine serves. */
export interface DeploymentEvent {
  readonly deployment: string;
  readonly event: FerryEvent;
  /**
   * The manifest this event brings into force (a commit that changed it, a pull request's head for
   * its preview). Without it, the manifest the deployment's state records stays in force.
   */
  readonly manifest?: ManifestSource;
}
