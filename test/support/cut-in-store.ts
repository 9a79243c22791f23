import type { StateCommit, WriteOutcome } from "../../src/ports/state-store.ts";
import { CountingStore } from "./counting-store.ts";

/**
 * A counting store that lets another writer commit between this writer's read and its write: the
 * next write first runs the queued cut-in (say, another engine's whole submit), so its
 * compare-and-swap meets a moved head and must fail. A race made to happen, not hoped for.
 */
export class CutInStore extends CountingStore {
  private readonly cutIns: Array<() => Promise<unknown>> = [];

  /** Runs `cutIn` before this store's next write reaches the branch. */
  beforeNextWrite(cutIn: () => Promise<unknown>): void {
    this.cutIns.push(cutIn);
  }

  override async write(commit: StateCommit): Promise<WriteOutcome> {
    const cutIn = this.cutIns.shift();
    if (cutIn) await cutIn();
    return super.write(commit);
  }
}
