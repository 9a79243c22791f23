import { INPUT_LIMITS } from "./input-limits.ts";
import { checkJsonBounds } from "./json-bounds.ts";
import { validateAgainst } from "./schema-validator.ts";

/**
 * The last commit of a trigger branch that ferry processed, `sync/<branch>.json` on the state
 * branch (`schemas/sync-cursor.schema.json`). `ferry sync` and the App's reconcile read and write
 * the same file, so a repository can move between local mode and the App without redeploying.
 */
export interface SyncCursor {
  readonly branch: string;
  readonly commit: string;
  readonly at: string;
  /** How often the branch was moved back or rewritten since the cursor was created; absent is 0. */
  readonly epoch?: number;
  /**
   * The App's first cursor of the branch, created before anything was processed, just before the
   * newest commit it knew of: this commit was not processed and never will be (it is older than
   * what the App deploys next). Absent: processed. `ferry sync` reads either as done.
   */
  readonly start?: boolean;
}

/** A usable cursor, or why the file is not one (then the branch starts again at its head). */
export type SyncCursorParse =
  { readonly kind: "ok"; readonly cursor: SyncCursor } | { readonly kind: "invalid"; readonly detail: string };

/** Where the cursor of `branch` is recorded on the state branch. */
export function cursorPath(branch: string): string {
  return `sync/${branch.replace(/[^A-Za-z0-9._-]/g, "_")}.json`;
}

/**
 * Reads a cursor file: size and depth limits, JSON, the schema, and a check that it follows
 * `branch` when one is given (two branch names can share a file name: `a/b` and `a_b`).
 */
export function parseSyncCursor(text: string, branch?: string): SyncCursorParse {
  const bounds = checkJsonBounds(text, INPUT_LIMITS["sync-cursor"]);
  if (!bounds.ok) return { kind: "invalid", detail: `${bounds.message} (at offset ${bounds.offset})` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { kind: "invalid", detail: error instanceof Error ? error.message : String(error) };
  }
  const problems = validateAgainst("sync-cursor", value);
  if (problems.length > 0)
    return { kind: "invalid", detail: problems.map((p) => `${p.path || "/"}: ${p.message}`).join("; ") };
  const cursor = value as SyncCursor;
  if (branch !== undefined && cursor.branch !== branch)
    return {
      kind: "invalid",
      detail: `the file follows branch ${JSON.stringify(cursor.branch)}, not ${JSON.stringify(branch)}`,
    };
  return { kind: "ok", cursor };
}

/** The file's text: pretty JSON with a final newline, `epoch` only once a branch was reset, `start` only when set. */
export function serialiseSyncCursor(cursor: SyncCursor): string {
  const { branch, commit, at, epoch, start } = cursor;
  return (
    JSON.stringify({ branch, commit, at, ...(epoch ? { epoch } : {}), ...(start ? { start } : {}) }, null, 2) + "\n"
  );
}
