import type { NamedStage } from "../../adapters/github/stage-run-name.ts";
import { locateNamedStage, locateStage, type LocatedStage } from "../../adapters/github/workflow-stage-events.ts";
import type { RepoWorker } from "../repo-workers.ts";

/**
 * The stage dispatched as this workflow run: the one its trusted title names (`named`), else the
 * record holding its run id, looked up in this replica's memory first and, when `fresh` allows the
 * request, on GitHub (another replica may have recorded it).
 */
export async function stageOfRun(
  worker: RepoWorker,
  workflowRunId: number,
  fresh: boolean,
  named?: NamedStage,
): Promise<LocatedStage | undefined> {
  const id = String(workflowRunId);
  const cached = await worker.states();
  if (named) return locateNamedStage(cached, named);
  const found = locateStage(cached, id);
  if (found || !fresh) return found;
  return locateStage(await worker.states({ fresh: true }), id);
}
