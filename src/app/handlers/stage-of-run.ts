import { locateStage, type LocatedStage } from "../../adapters/github/workflow-stage-events.ts";
import type { RepoWorker } from "../repo-workers.ts";

/**
 * The stage dispatched as this workflow run: looked up in this replica's memory first and, when
 * `fresh` allows the request, on GitHub (another replica may have dispatched it).
 */
export async function stageOfRun(
  worker: RepoWorker,
  workflowRunId: number,
  fresh: boolean,
): Promise<LocatedStage | undefined> {
  const id = String(workflowRunId);
  const found = locateStage(await worker.states(), id);
  if (found || !fresh) return found;
  return locateStage(await worker.states({ fresh: true }), id);
}
