import { describe, expect, it } from "vitest";
import { INSTANCE_STATUSES, nextInstanceStatus, type InstanceStatus } from "../../src/core/instance-status.ts";

/**
 * The instance status machine, every (status, input) pair. The reference's diagram names five
 * edges; each case says which edge it is, or why the pair is not one.
 */
type Input = InstanceStatus | "reset";
const cases: readonly (readonly [string, InstanceStatus, Input, InstanceStatus])[] = [
  ["reference: UNKNOWN → HEALTHY, instance reports healthy", "UNKNOWN", "HEALTHY", "HEALTHY"],
  ["reference: UNKNOWN → FAILED, instance reports failed", "UNKNOWN", "FAILED", "FAILED"],
  ["reference: HEALTHY → FAILED, critical failure", "HEALTHY", "FAILED", "FAILED"],
  ["reference: FAILED → UNKNOWN, reset via ResetFailedInstances()", "FAILED", "reset", "UNKNOWN"],
  ["reference: FAILED → HEALTHY, instance recovers", "FAILED", "HEALTHY", "HEALTHY"],
  ["DEGRADED: UNKNOWN → DEGRADED, instance reports degraded", "UNKNOWN", "DEGRADED", "DEGRADED"],
  ["DEGRADED: HEALTHY → DEGRADED", "HEALTHY", "DEGRADED", "DEGRADED"],
  ["DEGRADED: DEGRADED → HEALTHY, instance recovers", "DEGRADED", "HEALTHY", "HEALTHY"],
  ["DEGRADED: DEGRADED → FAILED", "DEGRADED", "FAILED", "FAILED"],
  ["DEGRADED: FAILED → DEGRADED, partly recovers", "FAILED", "DEGRADED", "DEGRADED"],
  ["a reset leaves DEGRADED alone: degraded is not failed", "DEGRADED", "reset", "DEGRADED"],
  ["a reset leaves HEALTHY alone", "HEALTHY", "reset", "HEALTHY"],
  ["a reset leaves UNKNOWN alone", "UNKNOWN", "reset", "UNKNOWN"],
  ["reporting UNKNOWN keeps FAILED: only a reset leads into UNKNOWN", "FAILED", "UNKNOWN", "FAILED"],
  ["reporting UNKNOWN keeps HEALTHY", "HEALTHY", "UNKNOWN", "HEALTHY"],
  ["reporting UNKNOWN keeps DEGRADED", "DEGRADED", "UNKNOWN", "DEGRADED"],
  ["reporting UNKNOWN keeps UNKNOWN", "UNKNOWN", "UNKNOWN", "UNKNOWN"],
  ["repeating HEALTHY", "HEALTHY", "HEALTHY", "HEALTHY"],
  ["repeating FAILED", "FAILED", "FAILED", "FAILED"],
  ["repeating DEGRADED", "DEGRADED", "DEGRADED", "DEGRADED"],
];

describe("instance status machine", () => {
  it.each(cases)("%s", (_, from, input, expected) => {
    const next = nextInstanceStatus(from, input === "reset" ? { type: "reset" } : { type: "report", status: input });
    expect(next).toBe(expected);
  });

  it("has a case for every status and input", () => {
    const covered = new Set(cases.map(([, from, input]) => `${from} ${input}`));
    const all = INSTANCE_STATUSES.flatMap((from) => [...INSTANCE_STATUSES, "reset"].map((input) => `${from} ${input}`));
    expect(all.filter((pair) => !covered.has(pair))).toEqual([]);
    expect(covered.size).toBe(cases.length);
  });
});
