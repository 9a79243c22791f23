import { describe, expect, it } from "vitest";
import { coalesceQueue } from "../../src/core/coalesce-queue.ts";
import { QUEUE_LIMIT, type QueuedTrigger } from "../../src/core/deployment-state.ts";
import { deploy, drive, fail, succeed } from "./lifecycles/drive.ts";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import { deploymentSummary } from "../../src/core/deployment-summary.ts";

/** A queued trigger for `version`, with what it had already coalesced. */
function q(version: string, coalesced?: number): QueuedTrigger {
  return {
    eventId: `id-${version}`,
    version,
    cause: "push",
    actor: "alice",
    at: "2030-01-01T00:00:00.000Z",
    ...(coalesced ? { coalesced } : {}),
  };
}

describe("coalesceQueue: newest wins", () => {
  // [case, queue (oldest first), limit, versions kept with their counts, dropped]
  const rows: [string, QueuedTrigger[], number, [string, number | undefined][], number][] = [
    ["an empty queue", [], 1, [], 0],
    ["a queue within the limit is kept as is", [q("v1")], 1, [["v1", undefined]], 0],
    ["a newer trigger supersedes the one waiting", [q("v1"), q("v2")], 1, [["v2", 1]], 1],
    ["counts carry over: v3 supersedes v2, which had superseded one", [q("v2", 1), q("v3")], 1, [["v3", 2]], 2],
    [
      "a long queue from an older build collapses to its newest",
      [q("v1"), q("v2"), q("v3"), q("v4", 2)],
      1,
      [["v4", 5]],
      3,
    ],
    [
      "a larger limit keeps the newest, and the oldest kept counts the dropped",
      [q("v1"), q("v2"), q("v3"), q("v4")],
      2,
      [
        ["v3", 2],
        ["v4", undefined],
      ],
      2,
    ],
  ];

  it.each(rows)("%s", (_case, queue, limit, kept, dropped) => {
    const result = coalesceQueue(queue, limit);
    expect(result.queue.map((t) => [t.version, t.coalesced])).toEqual(kept);
    expect(result.dropped).toBe(dropped);
  });

  it("the limit is one: only the newest pending trigger waits", () => {
    expect(QUEUE_LIMIT).toBe(1);
  });
});

describe("queued triggers coalesce in transition()", () => {
  const standard = builtinLifecycle("standard");
  const installOnly = { stages: { install: {}, rollback: {} } };

  it("explicit and automatic triggers alike: the newest supersedes, and the check run counts the rest", () => {
    const d = drive(
      standard,
      [deploy("v1"), deploy("v2", "push"), deploy("v3", "label"), deploy("v4", "merge")],
      installOnly,
    );
    expect(d.state.queue).toMatchObject([{ version: "v4", cause: "merge", coalesced: 2 }]);
    expect(d.last!.transitions.at(-1)?.note).toBe("queued v4 behind run 1 (v1); it supersedes 2 older triggers");
    expect(deploymentSummary(standard, d.state)).toContain(
      "**Queued (1):** `v4` (merge by @alice; 2 older triggers coalesced)",
    );
    d.send(succeed());
    expect(d.state.run).toMatchObject({ id: 2, version: "v4", coalesced: 2 });
    expect(deploymentSummary(standard, d.state)).toContain("· 2 older triggers coalesced into it");
    expect(d.state.queue).toEqual([]);
  });

  it("the version already waiting is refused, not queued twice; a superseded one may queue again", () => {
    const d = drive(standard, [deploy("v1"), deploy("v2"), deploy("v3")], installOnly);
    expect(d.refuse(deploy("v3", "label")).reason).toBe("already-queued");
    d.send(deploy("v2", "label"));
    expect(d.state.queue).toMatchObject([{ version: "v2", cause: "label", coalesced: 2 }]);
  });

  it("a trigger deployed directly after a failure counts the queued ones it drops into its run", () => {
    const d = drive(standard, [deploy("v1"), deploy("v2"), deploy("v3"), fail()], installOnly);
    expect(d.current()).toBe("failed");
    d.send(deploy("v4", "cli"));
    expect(d.state.run).toMatchObject({ version: "v4", coalesced: 2 });
  });

  it("a long queue written by an older build is coalesced by the next event and pops only its newest", () => {
    const d = drive(standard, [deploy("v1")], installOnly);
    d.state = { ...d.state, queue: Array.from({ length: 2_000 }, (_, i) => q(`old-${i}`)) };
    d.send(succeed());
    expect(d.state.run).toMatchObject({ version: "old-1999", coalesced: 1_999 });
    expect(d.state.queue).toEqual([]);
  });
});
