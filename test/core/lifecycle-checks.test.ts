import { describe, expect, it } from "vitest";
import { checkLifecycle } from "../../src/core/lifecycle-checks.ts";
import { MAIN_REGION, type Lifecycle, type StateDef } from "../../src/core/lifecycle.ts";

const go = (target: string) => [{ target }];
const one = (initial: string, states: Record<string, StateDef>): Lifecycle => ({
  name: "t",
  description: "t",
  concurrency: "queue",
  regions: { [MAIN_REGION]: { initial, states } },
});

/** A pipeline idle → checking → deploying → done, with one name written in `mistake`'s way. */
function pipeline(mistake: { initial?: string; deploy?: string; outcome?: string }): Lifecycle {
  return one(mistake.initial ?? "idle", {
    idle: { kind: "steady", on: { deploy: go(mistake.deploy ?? "checking") } },
    checking: {
      kind: "stage",
      stage: "check",
      on: { [mistake.outcome ?? "stage.succeeded"]: go("deploying"), "stage.failed": go("idle") },
    },
    deploying: { kind: "stage", stage: "deploy", on: { "stage.succeeded": go("done"), "stage.failed": go("idle") } },
    done: { kind: "final" },
  });
}

/** One mistake, one problem: what each cuts off or leaves unhandled is not reported again. */
const cases: readonly [string, Lifecycle, { code: string; message: string; suggestion?: string }[]][] = [
  [
    "a misspelt target",
    pipeline({ deploy: "checkng" }),
    [
      {
        code: "unknown-target",
        message: 'target state "checkng" does not exist; did you mean "checking"?',
        suggestion: "checking",
      },
    ],
  ],
  [
    "a misspelt initial state",
    pipeline({ initial: "idel" }),
    [
      {
        code: "unknown-target",
        message: 'initial state "idel" does not exist; did you mean "idle"?',
        suggestion: "idle",
      },
    ],
  ],
  [
    "an initial state close to none",
    pipeline({ initial: "start" }),
    [
      {
        code: "unknown-target",
        message: 'initial state "start" does not exist (states: idle, checking, deploying, done)',
      },
    ],
  ],
  [
    "a target close to none says what it cuts off, once",
    pipeline({ deploy: "elsewhere" }),
    [
      {
        code: "unknown-target",
        message:
          'target state "elsewhere" does not exist (states: idle, checking, deploying, done); until it names a state, checking, deploying, done cannot be reached',
      },
    ],
  ],
  [
    "a misspelt stage outcome",
    pipeline({ outcome: "stage.succeded" }),
    [
      {
        code: "unknown-event",
        message: 'unknown event "stage.succeded"; did you mean "stage.succeeded"?',
        suggestion: "stage.succeeded",
      },
    ],
  ],
];

describe("checkLifecycle: one root cause, one problem", () => {
  it.each(cases)("%s", (_, lifecycle, expected) => {
    expect(
      checkLifecycle(lifecycle, true).map(({ code, message, suggestion }) => ({ code, message, suggestion })),
    ).toEqual(expected.map((e) => ({ suggestion: undefined, ...e })));
  });

  it("still reports a state that is unreachable for a reason of its own", () => {
    const lifecycle = one("idle", {
      idle: { kind: "steady", on: { deploy: go("dne") } },
      done: { kind: "final" },
      orphan: { kind: "final" },
    });
    expect(checkLifecycle(lifecycle, true).map((p) => p.message)).toEqual([
      'target state "dne" does not exist; did you mean "done"?',
      "state orphan is unreachable from idle",
    ]);
  });

  it("reads each region's targets against that region's states", () => {
    const lifecycle: Lifecycle = {
      name: "t",
      description: "t",
      concurrency: "queue",
      regions: {
        a: {
          initial: "idle",
          states: { idle: { kind: "steady", on: { deploy: go("don") } }, done: { kind: "final" } },
        },
        b: {
          initial: "idle",
          states: { idle: { kind: "steady", on: { deploy: go("done") } }, fin: { kind: "final" } },
        },
      },
    };
    expect(checkLifecycle(lifecycle, false).map(({ path, message }) => ({ path, message }))).toEqual([
      {
        path: ["regions", "a", "states", "idle", "on", "deploy", 0],
        message: 'target state "don" does not exist; did you mean "done"?',
      },
      {
        path: ["regions", "b", "states", "idle", "on", "deploy", 0],
        // Region a's `done` is not offered: a target names a state of its own region.
        message:
          'target state "done" does not exist (states: idle, fin); until it names a state, fin cannot be reached',
      },
    ]);
  });
});
