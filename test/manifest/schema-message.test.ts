import { describe, expect, it } from "vitest";
import type { SchemaName } from "../../src/manifest/schema-files.ts";
import { validateAgainst } from "../../src/manifest/schema-validator.ts";

const stages = { install: { steps: [{ run: "./install.sh" }] }, rollback: { steps: [{ run: "./rollback.sh" }] } };
const manifest = (extra: Record<string, unknown>) => ({ lifecycle: "standard", stages, ...extra });
const lifecycle = (states: Record<string, unknown>) => ({
  name: "tiny",
  description: "x",
  concurrency: "queue",
  initial: "idle",
  states,
});

/** Each ajv keyword the schemas use, as a person reads it: path, message, and the name a "did you mean" offers. */
const cases: readonly [string, SchemaName, unknown, { path: string; message: string; suggestion?: string }][] = [
  [
    "an empty manifest says what a manifest needs",
    "manifest",
    null,
    {
      path: "",
      message:
        "the file is empty; a manifest needs at least `lifecycle:` and the `stages:` that lifecycle runs (see `ferry init`)",
    },
  ],
  [
    "an empty lifecycle says what a lifecycle needs",
    "lifecycle",
    undefined,
    {
      path: "",
      message:
        "the file is empty; a lifecycle needs at least `name:`, `description:`, `concurrency:`, and `initial:` with `states:` (or `regions:`)",
    },
  ],
  ["a root that is not a map", "manifest", ["lifecycle"], { path: "", message: "must be a map, not a list" }],
  [
    "an unknown key, with the key it most likely is",
    "manifest",
    manifest({ environmnet: "production" }),
    {
      path: "/environmnet",
      message: 'unknown key "environmnet"; did you mean "environment"?',
      suggestion: "environment",
    },
  ],
  [
    "an unknown key close to nothing",
    "manifest",
    manifest({ colour: "blue" }),
    { path: "/colour", message: 'unknown key "colour"' },
  ],
  [
    "an enum value, with the value it most likely is",
    "lifecycle",
    lifecycle({ idle: { kind: "stedy", on: { deploy: "idle" } } }),
    {
      path: "/states/idle/kind",
      message: 'must be one of "transient", "stage", "wait", "steady", "final", "failed"; did you mean "steady"?',
      suggestion: "steady",
    },
  ],
  [
    "an enum value close to nothing",
    "manifest",
    manifest({ concurrency: "later" }),
    { path: "/concurrency", message: 'must be one of "queue", "reject", "supersede"' },
  ],
  ["a missing key", "manifest", { stages }, { path: "", message: 'missing required key "lifecycle"' }],
  ["an empty list", "manifest", manifest({ "runs-on": [] }), { path: "/runs-on", message: "needs at least one item" }],
  [
    "a list where text is wanted",
    "manifest",
    manifest({ environment: ["a"] }),
    { path: "/environment", message: "must be text, not a list" },
  ],
  [
    "text where true or false is wanted, with the value",
    "manifest",
    manifest({ quick: "yes" }),
    { path: "/quick", message: 'must be true or false, not "yes"' },
  ],
  [
    "a fraction where a whole number is wanted",
    "manifest",
    manifest({ strategy: { instances: 2.5 } }),
    { path: "/strategy/instances", message: "must be a list or a whole number, not 2.5" },
  ],
  [
    "empty text",
    "fleet-heartbeat",
    { version: "", status: "HEALTHY" },
    { path: "/version", message: "must not be empty" },
  ],
  [
    "a number below its minimum",
    "ferry-config",
    { reconcile: { intervalMinutes: 0 } },
    { path: "/reconcile/intervalMinutes", message: "must be at least 1" },
  ],
  [
    "a key forbidden in this place",
    "lifecycle",
    lifecycle({ idle: { kind: "steady", stage: "x", on: { deploy: "idle" } } }),
    { path: "/states/idle/stage", message: 'key "stage" is not allowed here' },
  ],
];

describe("schema messages", () => {
  it.each(cases)("%s", (_, schema, value, expected) => {
    const problems = validateAgainst(schema, value);
    expect(problems.map(({ path, message, suggestion }) => ({ path, message, suggestion }))).toEqual([
      { suggestion: undefined, ...expected },
    ]);
  });

  it("a misspelt command key is one mistake, not also a step that needs a command", () => {
    const value = manifest({ stages: { ...stages, install: { steps: [{ http_check: { url: "http://x" } }] } } });
    expect(validateAgainst("manifest", value)).toEqual([
      {
        path: "/stages/install/steps/0/http_check",
        message: 'unknown key "http_check"; did you mean "http-check"?',
        atKey: true,
        suggestion: "http-check",
      },
    ]);
  });

  it("no raw ajv wording reaches a person", () => {
    const values: [SchemaName, unknown][] = cases.map(([, schema, value]) => [schema, value]);
    for (const [schema, value] of values)
      for (const { message } of validateAgainst(schema, value))
        expect(message).not.toMatch(/must NOT have|must be (object|array|string|integer|boolean)\b|>=|<=|property/);
  });
});
