import { describe, expect, it } from "vitest";
import { ManualClock } from "../../src/adapters/memory/manual-clock.ts";
import { ACT_RETRY_WAITS_MS, actWithRetries } from "../../src/app/act-with-retries.ts";
import { silentLogger } from "../../src/ports/logger.ts";

const START = "2026-01-01T00:00:00.000Z";

/** An act that fails its first `failures` attempts, recording the clock at each attempt. */
function failing(clock: ManualClock, failures: number) {
  const attempts: string[] = [];
  const act = async () => {
    attempts.push(clock.now());
    if (attempts.length <= failures) throw new Error(`attempt ${attempts.length} failed`);
    return attempts.length;
  };
  return { act, attempts };
}

describe("acting with retries", () => {
  it.each([
    { failures: 0, outcome: { ok: true, value: 1 }, at: [START] },
    {
      failures: 1,
      outcome: { ok: true, value: 2 },
      at: [START, "2026-01-01T00:00:01.000Z"],
    },
    {
      failures: 2,
      outcome: { ok: true, value: 3 },
      at: [START, "2026-01-01T00:00:01.000Z", "2026-01-01T00:00:05.000Z"],
    },
    {
      failures: 3,
      outcome: { ok: false, error: new Error("attempt 3 failed") },
      at: [START, "2026-01-01T00:00:01.000Z", "2026-01-01T00:00:05.000Z"],
    },
  ])(
    "an act failing $failures times: attempts at the app clock's times, 1 s then 4 s apart",
    async ({ failures, outcome, at }) => {
      const clock = new ManualClock(START);
      const { act, attempts } = failing(clock, failures);
      // The waits pass on the app's clock: a clock moved by hand moves by exactly the waits, with no real wait.
      expect(await actWithRetries(act, silentLogger, "acting", (ms) => clock.sleep(ms))).toEqual(outcome);
      expect(attempts).toEqual(at);
    },
  );

  it("waits 1 s, then 4 s, by default", () => {
    expect(ACT_RETRY_WAITS_MS).toEqual([1_000, 4_000]);
  });
});
