/**
 * Counts work in flight and wakes whoever waits for it to reach zero. Work that starts more work
 * begins the new piece before it ends itself, so the count only reaches zero when nothing is left:
 * waiters need no timers and no re-checking.
 */
export class WorkCounter {
  private count = 0;
  private waiters: Array<() => void> = [];

  /** Whether any work is in flight. */
  get busy(): boolean {
    return this.count > 0;
  }

  /** One more piece of work has started. */
  begin(): void {
    this.count++;
  }

  /** A piece of work has ended (however it ended). */
  end(): void {
    if (this.count === 0) throw new Error("WorkCounter.end() without begin()");
    this.count--;
    if (this.count > 0) return;
    const waiting = this.waiters;
    this.waiters = [];
    for (const wake of waiting) wake();
  }

  /** Counts `work` from now until it settles, and passes its result on. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.begin();
    try {
      return await work();
    } finally {
      this.end();
    }
  }

  /** Resolves the next time no work is in flight (at once if none is). */
  idle(): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}
