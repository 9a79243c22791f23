import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { BUILTIN_LIFECYCLES, builtinLifecyclePath, builtinLifecycles } from "../../src/manifest/builtin-lifecycles.ts";
import { loadLifecycle } from "../../src/manifest/load-lifecycle.ts";
import { formatSourceError } from "../../src/manifest/source-error.ts";

const dir = new URL("../fixtures/lifecycles/invalid/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, dir), "utf8");

interface Expected {
  readonly line: number;
  readonly column: number;
  readonly path: string;
  readonly message: string;
  readonly code: string;
  /** The name a "did you mean" offers; none unless given. */
  readonly suggestion?: string;
}

/** Every invalid fixture and the errors it must give, in order: one mistake each, pointed at exactly. */
const cases: Readonly<Record<string, readonly Expected[]>> = {
  "yaml-syntax.yml": [
    { line: 2, column: 14, path: "/description", message: 'unterminated string: missing closing "quote', code: "yaml" },
  ],
  "duplicate-key.yml": [{ line: 16, column: 3, path: "/states/idle", message: 'duplicate key "idle"', code: "yaml" }],
  "missing-kind.yml": [
    { line: 10, column: 3, path: "/states/done", message: 'missing required key "kind"', code: "schema" },
  ],
  "missing-states.yml": [{ line: 1, column: 1, path: "", message: 'missing required key "states"', code: "schema" }],
  "unknown-property.yml": [
    {
      line: 12,
      column: 5,
      path: "/states/done/descripton",
      message: 'unknown key "descripton"; did you mean "description"?',
      code: "schema",
      suggestion: "description",
    },
  ],
  "bad-concurrency.yml": [
    {
      line: 3,
      column: 14,
      path: "/concurrency",
      message: 'must be one of "queue", "reject", "supersede"',
      code: "schema",
    },
  ],
  "bad-duration.yml": [
    {
      line: 13,
      column: 14,
      path: "/states/deploying/timeout",
      message: 'must be a duration (e.g. "90s"',
      code: "schema",
    },
  ],
  "invalid-state-name.yml": [
    {
      line: 9,
      column: 15,
      path: "/states/idle/on/deploy",
      message: "must be a state name or `$previous`",
      code: "schema",
    },
    {
      line: 10,
      column: 3,
      path: "/states/Done",
      message: 'invalid name "Done": must be lowercase letters',
      code: "schema",
    },
  ],
  "stage-state-without-stage.yml": [
    { line: 10, column: 3, path: "/states/deploying", message: 'missing required key "stage"', code: "schema" },
  ],
  "stage-on-steady-state.yml": [
    { line: 8, column: 5, path: "/states/idle/stage", message: 'key "stage" is not allowed here', code: "schema" },
  ],
  "final-with-handlers.yml": [
    { line: 12, column: 5, path: "/states/done/on", message: 'key "on" is not allowed here', code: "schema" },
  ],
  "unknown-target.yml": [
    {
      line: 15,
      column: 21,
      path: "/states/deploying/on/stage.failed/0",
      message: 'target state "faild" does not exist (states: idle, deploying, done)',
      code: "unknown-target",
    },
  ],
  "misspelt-target.yml": [
    // checking, deploying and done are reachable through the state the typo means: one error, not four.
    {
      line: 9,
      column: 15,
      path: "/states/idle/on/deploy/0",
      message: 'target state "checkng" does not exist; did you mean "checking"?',
      code: "unknown-target",
      suggestion: "checking",
    },
  ],
  "unknown-target-cascade.yml": [
    {
      line: 9,
      column: 15,
      path: "/states/idle/on/deploy/0",
      message:
        'target state "somewhere" does not exist (states: idle, deploying, done); until it names a state, deploying, done cannot be reached',
      code: "unknown-target",
    },
  ],
  "misspelt-kind.yml": [
    {
      line: 7,
      column: 11,
      path: "/states/idle/kind",
      message: 'must be one of "transient", "stage", "wait", "steady", "final", "failed"; did you mean "steady"?',
      code: "schema",
      suggestion: "steady",
    },
  ],
  "schema-and-semantic.yml": [
    {
      line: 8,
      column: 5,
      path: "/states/idle/descripton",
      message: 'unknown key "descripton"; did you mean "description"?',
      code: "schema",
      suggestion: "description",
    },
    // The misspelt outcome is not reported a second time as "does not handle stage.succeeded".
    {
      line: 15,
      column: 7,
      path: "/states/deploying/on/stage.succeded",
      message: 'unknown event "stage.succeded"; did you mean "stage.succeeded"?',
      code: "unknown-event",
      suggestion: "stage.succeeded",
    },
  ],
  "empty.yml": [
    {
      line: 1,
      column: 1,
      path: "",
      message:
        "the file is empty; a lifecycle needs at least `name:`, `description:`, `concurrency:`, and `initial:` with `states:` (or `regions:`)",
      code: "schema",
    },
  ],
  "unreachable-state.yml": [
    {
      line: 12,
      column: 3,
      path: "/states/orphan",
      message: "state orphan is unreachable from idle",
      code: "unreachable",
    },
  ],
  "no-way-out.yml": [
    {
      line: 10,
      column: 3,
      path: "/states/running",
      message: "state running is not final but has no way out",
      code: "no-way-out",
    },
  ],
  "missing-stage-outcome.yml": [
    {
      line: 10,
      column: 3,
      path: "/states/deploying",
      message: "does not handle stage.failed",
      code: "missing-stage-outcome",
    },
  ],
  "guard-does-not-compile.yml": [
    { line: 11, column: 18, path: "/states/idle/on/deploy/0/guard", message: "guard does not compile", code: "guard" },
  ],
  "always-cycle.yml": [
    {
      line: 12,
      column: 5,
      path: "/states/ping/always",
      message: "`always` transitions from ping form a cycle",
      code: "always-cycle",
    },
    {
      line: 16,
      column: 5,
      path: "/states/pong/always",
      message: "`always` transitions from pong form a cycle",
      code: "always-cycle",
    },
  ],
  "duplicate-handler.yml": [
    {
      line: 11,
      column: 11,
      path: "/states/idle/on/deploy/1",
      message: "an earlier transition for the same event has no guard",
      code: "duplicate-handler",
    },
  ],
  "transient-without-fallback.yml": [
    {
      line: 12,
      column: 5,
      path: "/states/choosing/always",
      message: "its last `always` transition needs no guard",
      code: "transient-needs-fallback",
    },
  ],
  "unknown-event.yml": [
    {
      line: 10,
      column: 7,
      path: "/states/idle/on/redeploy",
      message: 'unknown event "redeploy"; did you mean "deploy"?',
      code: "unknown-event",
      suggestion: "deploy",
    },
  ],
  "builtin-event.yml": [
    { line: 6, column: 5, path: "/events/1", message: 'event "deploy" is built in', code: "builtin-event" },
  ],
  "duplicate-event.yml": [
    { line: 4, column: 26, path: "/events/2", message: 'event "promote" is declared twice', code: "duplicate-event" },
  ],
  "unhandled-event.yml": [
    {
      line: 6,
      column: 5,
      path: "/events/1",
      message: 'event "abort" is declared but no state handles it',
      code: "unhandled-event",
    },
  ],
  "bad-event-name.yml": [
    { line: 5, column: 5, path: "/events/0", message: "must be at most 20 characters long", code: "schema" },
  ],
};

describe("loadLifecycle: invalid fixtures", () => {
  it("has a case for every fixture and a fixture for every case", () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".yml"))
      .sort();
    expect(files).toEqual(Object.keys(cases).sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.entries(cases))("%s", (file, expected) => {
    const result = loadLifecycle(fixture(file), `.ferry/lifecycles/${file}`);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map(({ line, column, path, code }) => ({ line, column, path, code }))).toEqual(
      expected.map(({ line, column, path, code }) => ({ line, column, path, code })),
    );
    result.errors.forEach((error, i) => {
      expect(error.message).toContain(expected[i]!.message);
      expect(error.suggestion).toBe(expected[i]!.suggestion);
      expect(error.file).toBe(`.ferry/lifecycles/${file}`);
      expect(formatSourceError(error)).toBe(`.ferry/lifecycles/${file}:${error.line}:${error.column} ${error.message}`);
    });
  });
});

describe("built-in lifecycles", () => {
  it("all five load and pass every check", () => {
    const loaded = builtinLifecycles();
    expect([...loaded.keys()].sort()).toEqual([...BUILTIN_LIFECYCLES].sort());
    for (const name of BUILTIN_LIFECYCLES) {
      const result = loadLifecycle(readFileSync(builtinLifecyclePath(name), "utf8"), `lifecycles/${name}.yml`);
      expect(result.ok ? [] : result.errors.map(formatSourceError)).toEqual([]);
    }
  });
});
