import type { FerryEvent } from "../core/ferry-event.ts";

/** An event addressed to one deployment of the repository the engine serves. */
export interface DeploymentEvent {
  readonly deployment: string;
  readonly event: FerryEvent;
}
