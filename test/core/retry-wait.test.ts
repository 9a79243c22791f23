import { describe, expect, it } from "vitest";
import { retryText, retryWaits, type RetryWait } from "../../src/core/retry-wait.ts";
import { builderLifecycle, RETRY_BUILD_TWICE } from "./lifecycles/builder-lifecycle.ts";
import { deploy, drive, fail, fire, succeed } from "./lifecycles/drive.ts";

const builder = builderLifecycle();
const retryDue = fire("stage-retry:main");

describe("retryWaits: which try comes next, of how many", () => {
  it("counts the tries of the stage: 2 of 3 after the first failure, 3 of 3 after the second", () => {
    const d = drive(builder, [deploy("v1"), fail({ message: "exit code 1: boom" })], RETRY_BUILD_TWICE);
    const [first] = retryWaits(d.state);
    const timer = d.state.timers.find((t) => t.name === "stage-retry:main");
    expect(first).toEqual({
      region: "main",
      stage: "build",
      next: 2,
      of: 3,
      due: timer?.due,
      failedAt: d.state.stages.at(-1)?.finishedAt,
      message: "exit code 1: boom",
    });
    d.send(retryDue);
    // The retry runs: nothing waits.
    expect(retryWaits(d.state)).toEqual([]);
    d.send(fail({ message: "exit code 2" }));
    expect(retryWaits(d.state)).toMatchObject([{ next: 3, of: 3, message: "exit code 2" }]);
  });

  it("no wait when retries are spent, when none were allowed, or when the stage succeeded", () => {
    const spent = drive(builder, [deploy("v1"), fail(), retryDue, fail(), retryDue, fail()], RETRY_BUILD_TWICE);
    expect(spent.current()).toBe("broken");
    expect(retryWaits(spent.state)).toEqual([]);
    expect(retryWaits(drive(builder, [deploy("v1"), fail()]).state)).toEqual([]);
    expect(retryWaits(drive(builder, [deploy("v1"), succeed()], RETRY_BUILD_TWICE).state)).toEqual([]);
  });
});

describe("retryText", () => {
  const wait: RetryWait = { region: "main", stage: "build", next: 2, of: 3, due: "2030-01-01T00:00:10.000Z" };
  const rows: [string, string][] = [
    ["2030-01-01T00:00:00.000Z", "retrying in 10s (2/3)"],
    // Rounded up: it says 3s until the last of those seconds is over.
    ["2030-01-01T00:00:07.500Z", "retrying in 3s (2/3)"],
    ["2030-01-01T00:00:09.999Z", "retrying in 1s (2/3)"],
    ["2030-01-01T00:00:10.000Z", "retrying now (2/3)"],
    ["2030-01-01T00:00:30.000Z", "retrying now (2/3)"],
    ["2029-12-31T23:58:00.000Z", "retrying in 2m 10s (2/3)"],
  ];
  it.each(rows)("at %s: %s", (now, text) => expect(retryText(wait, now)).toBe(text));
});
