import { describe, expect, it } from "vitest";
import { builtinLifecycle } from "../../src/manifest/builtin-lifecycles.ts";
import type { Lifecycle } from "../../src/core/lifecycle.ts";
import { deploy, drive, fail, op, report, signal, stagesRun, succeed } from "./lifecycles/drive.ts";

const standard = builtinLifecycle("standard");
const preview = builtinLifecycle("preview");
const rolling = builtinLifecycle("rolling");
const installOnly = { stages: { install: {}, rollback: {} } };

describe("queued triggers, state-level concurrency and failure messages", () => {
  it("a trigger deployed directly drops older queued ones, so they cannot run after it and replace it", () => {
    // v2 queues behind v1; v1 fails with nothing to roll back to; v3 is deployed explicitly.
    const d = drive(standard, [deploy("v1"), deploy("v2"), fail()], installOnly);
    expect(d.current()).toBe("failed");
    expect(d.state.queue.map((q) => q.version)).toEqual(["v2"]);
    const result = d.send(deploy("v3", "cli"));
    expect(d.state.queue).toEqual([]);
    expect(result.transitions.at(-1)?.note).toBe("dropped 1 older queued trigger");
    d.send(succeed());
    expect(d.current()).toBe("running");
    expect(d.state.run).toMatchObject({ version: "v3" });
  });

  it("a state's own concurrency overrides the lifecycle's: preview rejects a deploy while dropping", () => {
    const context = { stages: { initialize: {}, deploy: {}, drop: {} }, allowDrop: true };
    const d = drive(preview, [deploy("v1"), succeed(), succeed(), op("drop")], context);
    expect(d.current()).toBe("dropping");
    expect(d.refuse(deploy("v2"))).toMatchObject({ reason: "rejected-busy" });
    // Elsewhere preview still supersedes: a new commit replaces a running deploy book.
    const e = drive(preview, [deploy("v1"), succeed()], context);
    expect(e.current()).toBe("deploying");
    e.send(deploy("v2"));
    expect(e.state.run).toMatchObject({ version: "v2" });
  });

  it("entering a final state cancels every timer: a dropped preview keeps no drop-after", () => {
    const context = {
      stages: { initialize: {}, deploy: {}, drop: {} },
      allowDrop: true,
      timers: { "pause-after": 3600, "drop-after": 7200 },
    };
    const d = drive(preview, [deploy("v1"), succeed(), succeed()], context);
    expect(d.state.timers.map((t) => t.name).sort()).toEqual(["drop-after", "pause-after"]);
    const result = d.send(op("drop"));
    d.send(succeed());
    expect(d.current()).toBe("dropped");
    expect(d.state.timers).toEqual([]);
    // While the drop book runs, the timers were still armed: only the final state clears them.
    expect(result.state.timers.map((t) => t.name)).toContain("drop-after");
  });

  it("a held deployment that moves on defers only the stage of the state it is in", () => {
    // a → b → c are stage states; `next` moves b to c without a stage report (as a signal would).
    const chain: Lifecycle = {
      name: "chain",
      description: "three stages",
      concurrency: "queue",
      regions: {
        main: {
          initial: "idle",
          states: {
            idle: { kind: "steady", on: { deploy: [{ target: "a" }] } },
            a: {
              kind: "stage",
              stage: "a",
              on: { "stage.succeeded": [{ target: "b" }], "stage.failed": [{ target: "idle" }] },
            },
            b: {
              kind: "stage",
              stage: "b",
              on: {
                next: [{ target: "c" }],
                "stage.succeeded": [{ target: "c" }],
                "stage.failed": [{ target: "idle" }],
              },
            },
            c: {
              kind: "stage",
              stage: "c",
              on: { "stage.succeeded": [{ target: "idle" }], "stage.failed": [{ target: "idle" }] },
            },
          },
        },
      },
    };
    const d = drive(chain, [deploy("v1"), op("pause"), succeed(), signal("next")]);
    expect(d.current()).toBe("c");
    expect(d.state.hold?.deferred).toEqual([{ region: "main", state: "c" }]);
    const resumed = d.send(op("resume"));
    expect(stagesRun(resumed.effects)).toEqual(["c"]);
  });

  it("a threshold failure says how many instances failed", () => {
    const d = drive(
      rolling,
      [deploy("v1"), report("stage.progress", { counters: { failed: 2, total: 5, completed: 1, inProgress: 2 } })],
      { threshold: 2 },
    );
    expect(d.current()).toBe("failed");
    expect(d.state.error).toMatchObject({ step: "rollout", message: "2 of 5 instances failed (failure threshold 2)" });
  });
});
