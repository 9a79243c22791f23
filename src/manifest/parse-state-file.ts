import type { DeploymentState } from "../core/deployment-state.ts";
import { INPUT_LIMITS } from "./input-limits.ts";
import { checkJsonBounds } from "./json-bounds.ts";
import { validateAgainst } from "./schema-validator.ts";
import { migrateState, type MigrationOptions } from "./state-migrations.ts";
// Why a state file cannot be used is the state store port's vocabulary: stores report it unchanged.
import type { CorruptReason } from "../ports/state-store.ts";

export type { CorruptReason };

/** A usable state, or why the file cannot be used. */
export type StateFileParse =
  | {
      readonly kind: "ok";
      readonly state: DeploymentState;
      /** Set when the file had an older version: the engine writes the migrated record back with its next change. */
      readonly migratedFrom?: number;
    }
  | {
      readonly kind: "corrupt";
      readonly reason: CorruptReason;
      readonly detail: string;
      /** JSON pointer of the first offending value, when there is one. */
      readonly path?: string;
    };

/**
 * Reads `deployments/<deployment>.json` from the state branch: size and depth limits, JSON, migration from older
 * `schemaVersion`s, `schemas/state.schema.json`, and a check that the file is about
 * `deployment`. A corrupt file is returned as data so the caller reports it and never
 * overwrites it.
 */
export function parseStateFile(text: string, deployment: string, options: MigrationOptions = {}): StateFileParse {
  const bounds = checkJsonBounds(text, INPUT_LIMITS["state-file"]);
  if (!bounds.ok)
    return { kind: "corrupt", reason: "over-limits", detail: `${bounds.message} (at offset ${bounds.offset})` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: "corrupt", reason: "not-json", detail: error instanceof Error ? error.message : String(error) };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return { kind: "corrupt", reason: "schema", detail: "a state file holds one JSON object", path: "" };
  }
  const migrated = migrateState(value as Record<string, unknown>, options);
  if (!migrated.ok) {
    return {
      kind: "corrupt",
      reason: migrated.reason === "future-version" ? "future-version" : "schema",
      detail: migrated.detail,
      path: "/schemaVersion",
    };
  }
  const problems = validateAgainst("state", migrated.record);
  const first = problems[0];
  if (first) {
    return {
      kind: "corrupt",
      reason: "schema",
      detail: problems.map((p) => `${p.path || "/"}: ${p.message}`).join("; "),
      path: first.path,
    };
  }
  const state = migrated.record as unknown as DeploymentState;
  if (state.deployment !== deployment) {
    return {
      kind: "corrupt",
      reason: "wrong-deployment",
      detail: `the file is about deployment ${JSON.stringify(state.deployment)}, not ${JSON.stringify(deployment)}`,
      path: "/deployment",
    };
  }
  return {
    kind: "ok",
    state,
    ...(migrated.from === migrated.record.schemaVersion ? {} : { migratedFrom: migrated.from }),
  };
}
