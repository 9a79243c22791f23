import type { StateCommit, StateStore, WriteOutcome } from "../../src/ports/state-store.ts";

/** Wraps a state store and counts lost compare-and-swap races, so a test can prove writers really raced. */
export class CountingStore implements StateStore {
  conflicts = 0;

  constructor(private readonly inner: StateStore) {}

  read(...args: Parameters<StateStore["read"]>): ReturnType<StateStore["read"]> {
    return this.inner.read(...args);
  }

  async write(commit: StateCommit): Promise<WriteOutcome> {
    const outcome = await this.inner.write(commit);
    if (!outcome.ok) this.conflicts++;
    return outcome;
  }

  list(): ReturnType<StateStore["list"]> {
    return this.inner.list();
  }

  history(...args: Parameters<StateStore["history"]>): ReturnType<StateStore["history"]> {
    return this.inner.history(...args);
  }
}
