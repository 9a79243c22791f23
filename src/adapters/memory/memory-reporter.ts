import type { DeploymentView, Reporter } from "../../ports/reporter.ts";

/** Keeps every report; the latest per deployment (its current run's view) is what a surface would show. */
export class MemoryReporter implements Reporter {
  readonly batches: DeploymentView[][] = [];
  /** Makes the next `report` throw, to stand for a crash after the commit. */
  failNext = false;

  async report(views: readonly DeploymentView[]): Promise<void> {
    if (this.failNext) {
      this.failNext = false;
      throw new Error("reporter crashed");
    }
    this.batches.push([...views]);
  }

  latest(deployment: string): DeploymentView | undefined {
    for (const batch of this.batches.toReversed()) {
      const view = batch.findLast((v) => v.deployment === deployment);
      if (view) return view;
    }
    return undefined;
  }
}
