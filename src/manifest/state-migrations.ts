import { STATE_SCHEMA_VERSION } from "../core/deployment-state.ts";

/** Rewrites a state record of version `from` into version `from + 1`. Pure; never reads the clock. */
export interface StateMigration {
  readonly from: number;
  /** What changed, for the commit message of the rewritten file. */
  readonly description: string;
  readonly migrate: (record: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/**
 * Registered migrations by the version they read. Empty: version 1 is the first format ferry
 * ever wrote. When the format changes, bump `STATE_SCHEMA_VERSION`, add the migration from the
 * old version here, and keep a fixture of the old format in `test/fixtures/state/`.
 */
export const STATE_MIGRATIONS: ReadonlyMap<number, StateMigration> = new Map();

/** The record at the current version, or why it cannot be brought there. */
export type StateMigrationResult =
  | { readonly ok: true; readonly record: Record<string, unknown>; readonly from: number }
  | { readonly ok: false; readonly reason: "future-version" | "unsupported-version"; readonly detail: string };

export interface MigrationOptions {
  /** The version to migrate to. Default: the version this build writes. */
  readonly current?: number;
  readonly migrations?: ReadonlyMap<number, StateMigration>;
}

/** Thrown when a registered migration returns the wrong version: a bug in ferry, not bad input. */
export class StateMigrationError extends Error {
  override readonly name = "StateMigrationError";
}

/**
 * Brings a state record to the current version, one registered step at a time. A newer
 * version is refused (a newer ferry wrote it; rewriting it would lose what this build does not
 * know), as is a version no chain of migrations starts from.
 */
export function migrateState(
  record: Readonly<Record<string, unknown>>,
  options: MigrationOptions = {},
): StateMigrationResult {
  const current = options.current ?? STATE_SCHEMA_VERSION;
  const migrations = options.migrations ?? STATE_MIGRATIONS;
  const from = record.schemaVersion;
  if (typeof from !== "number" || !Number.isInteger(from) || from < 0) {
    return {
      ok: false,
      reason: "unsupported-version",
      detail: `schemaVersion must be a whole number, not ${JSON.stringify(from) ?? "missing"}`,
    };
  }
  if (from > current) {
    return {
      ok: false,
      reason: "future-version",
      detail: `schemaVersion ${from} was written by a newer ferry; this one reads up to ${current}`,
    };
  }
  let migrated: Record<string, unknown> = { ...record };
  for (let version = from; version < current; version++) {
    const migration = migrations.get(version);
    if (!migration)
      return {
        ok: false,
        reason: "unsupported-version",
        detail: `schemaVersion ${from} is not supported: no migration from version ${version}`,
      };
    migrated = migration.migrate(migrated);
    if (migrated.schemaVersion !== version + 1) {
      throw new StateMigrationError(
        `migration from state version ${version} returned schemaVersion ${JSON.stringify(migrated.schemaVersion)}, not ${version + 1}`,
      );
    }
  }
  return { ok: true, record: migrated, from };
}
