import { describe, expect, it } from "vitest";
import {
  clockTime,
  exactTime,
  humanDuration,
  preciseDuration,
  relativeTime,
  whenText,
} from "../../src/core/human-time.ts";

const NOW = "2030-03-10T16:13:46.000Z";

describe("times as people read them", () => {
  it.each([
    [0, "<1s"],
    [3, "<1s"],
    [999, "<1s"],
    [1000, "1s"],
    [3500, "3.5s"],
    [3549, "3.5s"],
    [9999, "9.9s"],
    [10_000, "10s"],
    [59_999, "59s"],
    [60_000, "1m"],
    [130_000, "2m 10s"],
    [3_600_000, "1h"],
    [3_900_000, "1h 5m"],
    [86_400_000, "1d"],
    [100_800_000, "1d 4h"],
    [-1, ""],
    [Number.NaN, ""],
  ])("a duration of %s ms reads %j", (ms, text) => {
    expect(humanDuration(ms)).toBe(text);
  });

  it.each([
    [0, "0ms"],
    [850, "850ms"],
    [999.6, "1s"],
    [1000, "1s"],
    [1234, "1.2s"],
    [9_960, "10s"],
    [10_000, "10s"],
    [59_400, "59s"],
    [59_600, "1m"],
    [60_000, "1m"],
    [125_000, "2m5s"],
  ])("a step that took %s ms reads %j", (ms, text) => {
    expect(preciseDuration(ms)).toBe(text);
  });

  it.each([
    ["2030-03-10T16:13:46.000Z", "just now"],
    ["2030-03-10T16:13:42.000Z", "just now"],
    ["2030-03-10T16:13:06.000Z", "40s ago"],
    ["2030-03-10T16:10:46.000Z", "3 min ago"],
    ["2030-03-10T14:13:46.000Z", "2 h ago"],
    ["2030-03-09T16:13:46.000Z", "1 day ago"],
    ["2030-03-05T16:13:46.000Z", "5 days ago"],
    ["2030-03-17T16:13:46.000Z", "in 7 days"],
    ["2030-03-10T16:23:46.000Z", "in 10 min"],
    ["not a time", ""],
  ])("%s is %j from now", (at, text) => {
    expect(relativeTime(at, NOW)).toBe(text);
  });

  it.each([
    ["2030-03-10T09:05:07.123Z", "09:05:07 UTC", "09:05:07"],
    ["2030-03-08T09:05:07.123Z", "8 Mar 09:05 UTC", "8 Mar 09:05:07"],
    ["2031-01-02T23:59:00.000Z", "2 Jan 2031 23:59 UTC", "2 Jan 23:59:00"],
    ["garbage", "garbage", "garbage"],
  ])("%s is written %j, and %j in a table", (at, exact, clock) => {
    expect(exactTime(at, NOW)).toBe(exact);
    expect(clockTime(at, NOW)).toBe(clock);
  });

  it("gives both the relative and the exact time, or the raw text when unreadable", () => {
    expect(whenText("2030-03-10T16:10:46.000Z", NOW)).toBe("3 min ago (16:10:46 UTC)");
    expect(whenText("soon", NOW)).toBe("soon");
  });
});
