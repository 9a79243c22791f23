import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  APPROVAL_STATES,
  initialDeploymentState,
  STAGE_STATUSES,
  STATE_SCHEMA_VERSION,
  type DeploymentState,
} from "../../src/core/deployment-state.ts";
import { DEGRADED_POLICIES } from "../../src/core/fleet-state.ts";
import { CAUSES, OPERATOR_EVENTS, type FerryEvent } from "../../src/core/ferry-event.ts";
import { CONCURRENCY_POLICIES, type Lifecycle } from "../../src/core/lifecycle.ts";
import { transition } from "../../src/core/transition.ts";
import type { TransitionContext } from "../../src/core/transition-context.ts";
import { builtinLifecycles } from "../../src/manifest/builtin-lifecycles.ts";
import { PERMISSION_LEVELS } from "../../src/manifest/load-ferry-config.ts";
import { SHELL_NAMES } from "../../src/manifest/manifest.ts";
import { createAjv } from "../../src/manifest/schema-ajv.ts";
import { readSchema, SCHEMA_NAMES, type SchemaName } from "../../src/manifest/schema-files.ts";
import { validateAgainst } from "../../src/manifest/schema-validator.ts";
import { INPUT_LIMITS } from "../../src/manifest/input-limits.ts";
import { parseYamlSource } from "../../src/manifest/yaml-source.ts";

type Json = Record<string, unknown>;
const schema = (name: SchemaName) => readSchema(name) as Json;
const root = new URL("../../", import.meta.url);

function yamlValue(url: URL): unknown {
  const parsed = parseYamlSource(readFileSync(url, "utf8"), url.pathname, INPUT_LIMITS.manifest);
  if (!parsed.ok) throw new Error(`${url.pathname} does not parse`);
  return parsed.source.value;
}

function filesIn(dir: string, ext: string): URL[] {
  const base = new URL(dir, root);
  return readdirSync(base)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => new URL(f, base));
}

/** Object schemas that declare properties must say what other properties mean; `if` tests and false-only patches are not object schemas. */
function openObjects(node: unknown, at: string, found: string[]): string[] {
  if (typeof node !== "object" || node === null) return found;
  if (Array.isArray(node)) {
    node.forEach((item, i) => openObjects(item, `${at}/${i}`, found));
    return found;
  }
  const record = node as Json;
  const properties = record.properties as Json | undefined;
  const patchOnly = properties !== undefined && Object.values(properties).every((p) => p === false);
  if (properties !== undefined && !patchOnly && !("additionalProperties" in record)) found.push(at);
  for (const [key, value] of Object.entries(record)) if (key !== "if") openObjects(value, `${at}/${key}`, found);
  return found;
}

describe("schemas", () => {
  it.each([...SCHEMA_NAMES])("%s compiles in ajv strict mode", (name) => {
    const json = schema(name);
    expect(json.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(json.$id).toBe(`https://github.com/ferry/ferry/raw/v0/schemas/${name}.schema.json`);
    expect(() => createAjv().compile(json)).not.toThrow();
  });

  it.each([...SCHEMA_NAMES])("%s closes every object", (name) => {
    expect(openObjects(schema(name), "", [])).toEqual([]);
  });

  it("uses the core's vocabularies", () => {
    const state = schema("state") as { properties: Json; $defs: Record<string, Json> };
    expect(state.properties.schemaVersion).toMatchObject({ const: STATE_SCHEMA_VERSION });
    expect(state.$defs.cause!.enum).toEqual([...CAUSES]);
    expect((state.$defs.stageResult!.properties as Record<string, Json>).status!.enum).toEqual([...STAGE_STATUSES]);
    expect((state.$defs.stageApproval!.properties as Record<string, Json>).state!.enum).toEqual([...APPROVAL_STATES]);
    const manifest = schema("manifest") as {
      properties: Record<string, Json>;
      $defs: Record<string, { properties: Record<string, Json> }>;
    };
    expect(manifest.properties.concurrency!.enum).toEqual([...CONCURRENCY_POLICIES]);
    expect(manifest.$defs.strategy!.properties.degraded!.enum).toEqual([...DEGRADED_POLICIES]);
    expect(manifest.$defs.commandStep!.properties.shell!.pattern).toBe(
      `^(?:${SHELL_NAMES.join("|")})$|^\\S+\\s.*\\{0\\}`,
    );
    const config = schema("ferry-config") as { properties: Record<string, Json> };
    expect(config.properties.minimumPermission!.enum).toEqual([...PERMISSION_LEVELS]);
    expect(config.properties).not.toHaveProperty("stateBranch");
  });
});

describe("valid fixtures pass their schema", () => {
  const groups: [SchemaName, URL[], (url: URL) => unknown][] = [
    ["lifecycle", filesIn("lifecycles/", ".yml"), yamlValue],
    ["manifest", [...filesIn("test/fixtures/manifests/valid/", ".yml"), ...filesIn("examples/", ".yml")], yamlValue],
    ["state", filesIn("test/fixtures/state/valid/", ".json"), (url) => JSON.parse(readFileSync(url, "utf8"))],
    ["ferry-config", filesIn("test/fixtures/ferry-config/valid/", ".yml"), (url) => yamlValue(url) ?? {}],
    [
      "sync-cursor",
      filesIn("test/fixtures/sync-cursor/valid/", ".json"),
      (url) => JSON.parse(readFileSync(url, "utf8")),
    ],
    ...(["registration", "heartbeat"] as const).map((kind): [SchemaName, URL[], (url: URL) => unknown] => [
      `fleet-${kind}`,
      filesIn("test/fixtures/fleet/valid/", ".json").filter((url) => url.pathname.includes(`/${kind}-`)),
      (url) => JSON.parse(readFileSync(url, "utf8")),
    ]),
  ];
  for (const [name, urls, read] of groups) {
    it.each(urls.map((url) => [url.pathname.slice(root.pathname.length), url] as const))(`${name}: %s`, (_, url) => {
      expect(validateAgainst(name, read(url))).toEqual([]);
    });
  }
});

describe("invalid fleet bodies fail their schema at the exact path", () => {
  const cases: Record<string, { path: string; message: string }[]> = {
    "heartbeat-no-version.json": [{ path: "", message: 'missing required key "version"' }],
    "heartbeat-status.json": [
      { path: "/status", message: 'must be one of "UNKNOWN", "HEALTHY", "DEGRADED", "FAILED"' },
    ],
    "heartbeat-unknown-field.json": [{ path: "/health", message: 'unknown key "health"' }],
    "heartbeat-empty-version.json": [{ path: "/version", message: "must not be empty" }],
    "registration-version-number.json": [{ path: "/version", message: "must be text or empty, not 2" }],
    "registration-array.json": [{ path: "", message: "must be a map, not a list" }],
  };
  it("has a case for every invalid fixture", () => {
    expect(filesIn("test/fixtures/fleet/invalid/", ".json").map((u) => u.pathname.split("/").at(-1))).toEqual(
      Object.keys(cases).sort(),
    );
  });
  it.each(Object.entries(cases))("%s", (file, problems) => {
    const name: SchemaName = file.startsWith("heartbeat-") ? "fleet-heartbeat" : "fleet-registration";
    const value: unknown = JSON.parse(readFileSync(new URL(`test/fixtures/fleet/invalid/${file}`, root), "utf8"));
    expect(validateAgainst(name, value).map(({ path, message }) => ({ path, message }))).toEqual(problems);
  });
});

/**
 * The state schema must accept whatever the core writes. Drive every built-in lifecycle
 * through a long, seeded sequence of events (triggers, stage reports, timers, operator
 * commands) and validate every state it reaches.
 */
describe("state schema accepts every state the core produces", () => {
  const everyStage = (lifecycle: Lifecycle): Record<string, { retries: number; approvalTimeoutSeconds: number }> => {
    const stages: Record<string, { retries: number; approvalTimeoutSeconds: number }> = {};
    for (const region of Object.values(lifecycle.regions)) {
      for (const state of Object.values(region.states))
        if (state.stage) stages[state.stage] = { retries: 1, approvalTimeoutSeconds: 600 };
    }
    return stages;
  };

  it.each([...builtinLifecycles().values()].map((l) => [l.name, l] as const))("%s", (_, lifecycle) => {
    let seed = 42;
    const random = (n: number) => {
      // An LCG's low bits cycle quickly; take the high ones.
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return Math.floor((seed / 2 ** 31) * n);
    };
    const context: TransitionContext = {
      quick: false,
      type: "demo",
      allowDrop: true,
      threshold: 2,
      stages: everyStage(lifecycle),
      timers: { "pause-after": 3600, "drop-after": 7200 },
    };
    let state: DeploymentState = initialDeploymentState(lifecycle, "web", "2025-01-01T00:00:00.000Z");
    let clock = Date.parse("2025-01-01T00:00:00.000Z");
    let applied = 0;
    const seen = new Set<string>();
    for (let i = 0; i < 300; i++) {
      clock += 60_000;
      const at = new Date(clock).toISOString();
      const base = { id: `e${i}`, at, actor: "tester", cause: "cli" } as const;
      const active = state.stages.findLast((s) => s.status === "dispatching" || s.status === "running");
      const report = active && {
        runId: active.runId,
        attempt: active.attempt,
        stage: active.stage,
        message: "report",
        url: "https://example.com/job/1",
        externalId: `${i}`,
      };
      const timer = state.timers[0];
      const choices: (() => FerryEvent | undefined)[] = [
        () => ({ ...base, cause: "merge", type: "deploy", version: `v${random(4)}` }),
        () => ({ ...base, cause: "merge", type: "deploy", version: `v${random(4)}`, pullRequest: 1 + random(99) }),
        () => (report ? { ...base, cause: "runner", type: "stage.started", stage: report } : undefined),
        () => (report ? { ...base, cause: "runner", type: "stage.succeeded", stage: report } : undefined),
        () => (report ? { ...base, cause: "runner", type: "stage.succeeded", stage: report } : undefined),
        () => (report ? { ...base, cause: "runner", type: "stage.failed", stage: report } : undefined),
        () =>
          report
            ? {
                ...base,
                cause: "runner",
                type: "stage.progress",
                stage: { ...report, counters: { failed: random(3), completed: random(4), inProgress: 1, total: 4 } },
              }
            : undefined,
        () =>
          timer
            ? {
                ...base,
                at: new Date(Math.max(clock, Date.parse(timer.due))).toISOString(),
                cause: "timer",
                type: "timer",
                timer: { name: timer.name, due: timer.due },
              }
            : undefined,
        () =>
          report
            ? {
                ...base,
                cause: "runner",
                type: "stage.waiting",
                stage: report,
                approval: { environment: "production", reviewers: ["lead", "acme/ops"] },
              }
            : undefined,
        () =>
          report
            ? {
                ...base,
                actor: "lead",
                cause: "runner",
                type: random(2) === 0 ? "stage.approved" : "stage.rejected",
                stage: report,
                review: { environment: "production", ...(random(2) === 0 ? { comment: "ok" } : {}) },
              }
            : undefined,
        () => ({
          ...base,
          cause: "label",
          type: OPERATOR_EVENTS[1 + random(OPERATOR_EVENTS.length - 1)] as Exclude<
            (typeof OPERATOR_EVENTS)[number],
            "deploy"
          >,
        }),
      ];
      const event = choices[random(choices.length)]!();
      if (!event) continue;
      clock = Date.parse(event.at);
      const result = transition(lifecycle, state, event, context);
      if (!result.ok) continue;
      state = result.state;
      applied++;
      expect(validateAgainst("state", JSON.parse(JSON.stringify(state)))).toEqual([]);
      for (const field of ["run", "hold", "error", "rolledBack"] as const) if (state[field] !== null) seen.add(field);
      for (const field of ["queue", "timers", "good"] as const) if (state[field].length > 0) seen.add(field);
      if (state.queue.some((q) => q.coalesced)) seen.add("coalesced");
      if (state.queue.some((q) => q.pullRequest)) seen.add("queued pull request");
      if (state.run?.pullRequest) seen.add("pull request");
      for (const stage of state.stages) {
        seen.add(stage.status);
        if (stage.approval) seen.add(`approval ${stage.approval.state}`);
      }
      // A deployment that reached its end is gone; start a new one to keep exploring.
      const ended = Object.entries(state.regions).every(
        ([region, r]) => lifecycle.regions[region]?.states[r.state]?.kind === "final",
      );
      if (ended) state = initialDeploymentState(lifecycle, "web", at);
    }
    expect(applied).toBeGreaterThan(50);
    // The walk must reach the records that are null or empty in a fresh state. A lifecycle that
    // models `pause` itself (preview) never holds, and then its superseding triggers never queue.
    const modelsPause = Object.values(lifecycle.regions).some((r) =>
      Object.values(r.states).some((st) => st.on?.pause),
    );
    const wanted = [
      "run",
      "error",
      "timers",
      "good",
      "dispatching",
      "succeeded",
      "failed",
      "timed-out",
      "approval waiting",
      "approval approved",
      "approval rejected",
      "pull request",
      ...(modelsPause ? [] : ["hold", "queue", "coalesced", "queued pull request"]),
    ];
    expect(wanted.filter((w) => !seen.has(w))).toEqual([]);
    // `retrying` is only read from older state files: every attempt ends as failed or timed out.
    expect(seen.has("retrying")).toBe(false);
  });
});
