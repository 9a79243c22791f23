/** Time and waiting, injected so that tests and the engine never read the wall clock directly. */
export interface Clock {
  /** Now, as an ISO-8601 string. */
  now(): string;
  sleep(ms: number): Promise<void>;
  /** A number in [0, 1) for retry jitter. */
  random(): number;
}
