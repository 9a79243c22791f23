import type { Clock } from "../../ports/clock.ts";

/** A clock that moves only when told to; `sleep` advances it instead of waiting. */
export class ManualClock implements Clock {
  private ms: number;

  constructor(start = "2026-01-01T00:00:00.000Z") {
    this.ms = Date.parse(start);
  }

  now(): string {
    return new Date(this.ms).toISOString();
  }

  advance(seconds: number): void {
    this.ms += seconds * 1000;
  }

  async sleep(ms: number): Promise<void> {
    this.ms += ms;
  }

  random(): number {
    return 0.5;
  }
}
