import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { STATE_SCHEMA_VERSION } from "../../src/core/deployment-state.ts";
import { parseStateFile, type CorruptReason } from "../../src/manifest/parse-state-file.ts";
import {
  migrateState,
  STATE_MIGRATIONS,
  StateMigrationError,
  type StateMigration,
} from "../../src/manifest/state-migrations.ts";

const dir = new URL("../fixtures/state/", import.meta.url);
const read = (kind: "valid" | "invalid", file: string) => readFileSync(new URL(`${kind}/${file}`, dir), "utf8");
const jsonIn = (kind: "valid" | "invalid") =>
  readdirSync(new URL(`${kind}/`, dir))
    .filter((f) => f.endsWith(".json"))
    .sort();

/** Every fixture is the state of deployment `web`. */
const DEPLOYMENT = "web";

const cases: Readonly<Record<string, { reason: CorruptReason; path: string | undefined; detail: string }>> = {
  "not-json.json": { reason: "not-json", path: undefined, detail: "JSON" },
  "array-root.json": { reason: "schema", path: "", detail: "one JSON object" },
  "future-version.json": {
    reason: "future-version",
    path: "/schemaVersion",
    detail: "schemaVersion 2 was written by a newer ferry",
  },
  "unsupported-version.json": { reason: "schema", path: "/schemaVersion", detail: "no migration from version 0" },
  "version-not-a-number.json": { reason: "schema", path: "/schemaVersion", detail: 'must be a whole number, not "1"' },
  "wrong-deployment.json": {
    reason: "wrong-deployment",
    path: "/deployment",
    detail: 'about deployment "api", not "web"',
  },
  "missing-counters.json": { reason: "schema", path: "", detail: 'missing required key "counters"' },
  "unknown-field.json": { reason: "schema", path: "/lastError", detail: 'unknown key "lastError"' },
  "bad-stage-status.json": { reason: "schema", path: "/stages/0/status", detail: 'must be one of "dispatching"' },
  "bad-date.json": { reason: "schema", path: "/updatedAt", detail: "must be a valid date-time" },
  "bad-cause.json": { reason: "schema", path: "/run/cause", detail: 'must be one of "create", "merge"' },
  "run-extra-field.json": { reason: "schema", path: "/run/pid", detail: 'unknown key "pid"' },
  "surfaces-zero-id.json": { reason: "schema", path: "/run/surfaces/checkRun", detail: "must be at least 1" },
  "surfaces-string-id.json": {
    reason: "schema",
    path: "/run/surfaces/deployment",
    detail: 'must be a whole number, not "17"',
  },
  "surfaces-extra-field.json": { reason: "schema", path: "/run/surfaces/url", detail: 'unknown key "url"' },
  "run-wrong-type.json": { reason: "schema", path: "/run", detail: 'must be a map or empty, not "1"' },
  "negative-counter.json": { reason: "schema", path: "/counters/failed", detail: "must be at least 0" },
  "empty-regions.json": { reason: "schema", path: "/regions", detail: "needs at least one key" },
  "timer-without-due.json": { reason: "schema", path: "/timers/0", detail: 'missing required key "due"' },
  "history-bad-run-id.json": { reason: "schema", path: "/history/0/runId", detail: "must be at least 1" },
  "queue-coalesced-zero.json": { reason: "schema", path: "/queue/0/coalesced", detail: "must be at least 1" },
  "approval-bad-state.json": {
    reason: "schema",
    path: "/stages/3/approval/state",
    detail: 'must be one of "waiting", "approved", "rejected", "timed-out"',
  },
  "manifest-short-commit.json": { reason: "schema", path: "/manifest/commit", detail: "must match ^[0-9a-f]{40}$" },
  "manifest-outside-ferry.json": {
    reason: "schema",
    path: "/manifest/path",
    detail: "must match ^\\.ferry/deployments/",
  },
  "manifest-without-path.json": { reason: "schema", path: "/manifest", detail: 'missing required key "path"' },
  "approval-without-environment.json": {
    reason: "schema",
    path: "/stages/3/approval",
    detail: 'missing required key "environment"',
  },
};

describe("parseStateFile", () => {
  it.each(jsonIn("valid"))("reads %s unchanged", (file) => {
    const text = read("valid", file);
    const result = parseStateFile(text, DEPLOYMENT);
    expect(result).toEqual({ kind: "ok", state: JSON.parse(text) });
  });

  it("has a case for every invalid fixture and a fixture for every case", () => {
    expect(jsonIn("invalid")).toEqual(Object.keys(cases).sort());
  });

  it.each(Object.entries(cases))("refuses %s", (file, expected) => {
    const result = parseStateFile(read("invalid", file), DEPLOYMENT);
    expect(result.kind).toBe("corrupt");
    if (result.kind !== "corrupt") return;
    expect({ reason: result.reason, path: result.path }).toEqual({ reason: expected.reason, path: expected.path });
    expect(result.detail).toContain(expected.detail);
  });

  it("names only the real problem when a nullable record is wrong", () => {
    const result = parseStateFile(read("invalid", "run-extra-field.json"), DEPLOYMENT);
    expect(result.kind === "corrupt" && result.detail).toBe('/run/pid: unknown key "pid"; did you mean "id"?');
  });
});

describe("state migrations", () => {
  it("has none yet: version 1 is the first format ferry wrote", () => {
    expect(STATE_SCHEMA_VERSION).toBe(1);
    expect(STATE_MIGRATIONS.size).toBe(0);
  });

  it("passes the current version through untouched", () => {
    const record = { schemaVersion: 1, deployment: "web" };
    expect(migrateState(record)).toEqual({ ok: true, record, from: 1 });
  });

  // The registry mechanism, exercised with made-up versions: no released format is invented here.
  const rename = (from: number, field: string, to: string): StateMigration => ({
    from,
    description: `rename ${field} to ${to}`,
    migrate: ({ [field]: value, ...rest }) => ({ ...rest, [to]: value, schemaVersion: from + 1 }),
  });
  const chain = new Map([
    [1, rename(1, "a", "b")],
    [2, rename(2, "b", "c")],
  ]);

  it("chains migrations one version at a time", () => {
    expect(migrateState({ schemaVersion: 1, a: "x" }, { current: 3, migrations: chain })).toEqual({
      ok: true,
      record: { schemaVersion: 3, c: "x" },
      from: 1,
    });
    expect(migrateState({ schemaVersion: 2, b: "y" }, { current: 3, migrations: chain })).toEqual({
      ok: true,
      record: { schemaVersion: 3, c: "y" },
      from: 2,
    });
  });

  it("refuses a version with no migration path, and a newer one", () => {
    expect(migrateState({ schemaVersion: 0 }, { current: 3, migrations: chain })).toMatchObject({
      ok: false,
      reason: "unsupported-version",
    });
    expect(migrateState({ schemaVersion: 4 }, { current: 3, migrations: chain })).toMatchObject({
      ok: false,
      reason: "future-version",
    });
  });

  it("treats a migration that returns the wrong version as a bug", () => {
    const broken = new Map([
      [
        1,
        { from: 1, description: "forgets the version", migrate: (r: Readonly<Record<string, unknown>>) => ({ ...r }) },
      ],
    ]);
    expect(() => migrateState({ schemaVersion: 1 }, { current: 2, migrations: broken })).toThrow(StateMigrationError);
  });

  it("validates the migrated record and says it was migrated", () => {
    const current = JSON.parse(read("valid", "initial.json")) as Record<string, unknown>;
    const { counters, ...older } = current;
    const addCounters = new Map([
      [
        0,
        {
          from: 0,
          description: "add counters",
          migrate: (r: Readonly<Record<string, unknown>>) => ({ ...r, counters, schemaVersion: 1 }),
        },
      ],
    ]);
    const text = JSON.stringify({ ...older, schemaVersion: 0 });
    expect(parseStateFile(text, DEPLOYMENT, { migrations: addCounters })).toEqual({
      kind: "ok",
      state: current,
      migratedFrom: 0,
    });
    const wrong = new Map([
      [
        0,
        {
          from: 0,
          description: "forgets counters",
          migrate: (r: Readonly<Record<string, unknown>>) => ({ ...r, schemaVersion: 1 }),
        },
      ],
    ]);
    expect(parseStateFile(text, DEPLOYMENT, { migrations: wrong })).toMatchObject({
      kind: "corrupt",
      reason: "schema",
      path: "",
    });
  });
});
