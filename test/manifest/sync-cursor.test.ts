import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cursorPath, parseSyncCursor, serialiseSyncCursor } from "../../src/manifest/sync-cursor.ts";

const fixture = (path: string) => readFileSync(new URL(`../fixtures/sync-cursor/${path}`, import.meta.url), "utf8");
const SHA = "3f2a9c0e1b7d4a5f6e8c9b0a1d2e3f4a5b6c7d8e";

describe("sync cursors", () => {
  it.each([
    ["valid/local-sync.json", "main", { branch: "main", commit: SHA, at: "2026-11-20T09:14:03.512Z" }],
    [
      "valid/after-reset.json",
      "release/1.x",
      {
        branch: "release/1.x",
        commit: "0a1b2c3d4e5f60718293a4b5c6d7e8f901234567",
        at: "2026-11-21T16:02:44.000Z",
        epoch: 2,
      },
    ],
  ])("reads %s, the format local sync has always written", (file, branch, cursor) => {
    expect(parseSyncCursor(fixture(file), branch)).toEqual({ kind: "ok", cursor });
  });

  it.each([
    ["invalid/short-sha.json", "main", "/commit: "],
    ["invalid/unknown-field.json", "main", "deployed"],
    ["invalid/not-json.json", "main", "JSON"],
    ["valid/local-sync.json", "main_x", 'follows branch "main", not "main_x"'],
  ])("refuses %s for %s", (file, branch, detail) => {
    const parsed = parseSyncCursor(fixture(file), branch);
    expect(parsed.kind).toBe("invalid");
    expect(parsed.kind === "invalid" ? parsed.detail : "").toContain(detail);
  });

  it("refuses a file over its limits before parsing it", () => {
    const parsed = parseSyncCursor(`{"branch":"${"x".repeat(5000)}"}`, "main");
    expect(parsed).toMatchObject({ kind: "invalid", detail: expect.stringContaining("limit") });
    expect(parseSyncCursor(`{"a":{"b":{"c":1}}}`, "main")).toMatchObject({ kind: "invalid" });
  });

  it("writes what it reads, with the epoch only after a reset, and one file name per branch", () => {
    const cursor = { branch: "feature/a b", commit: SHA, at: "2026-11-20T09:14:03.512Z" };
    expect(serialiseSyncCursor(cursor)).toBe(JSON.stringify(cursor, null, 2) + "\n");
    expect(parseSyncCursor(serialiseSyncCursor({ ...cursor, epoch: 0 }), cursor.branch)).toEqual({
      kind: "ok",
      cursor,
    });
    expect(parseSyncCursor(serialiseSyncCursor({ ...cursor, epoch: 3 }), cursor.branch)).toEqual({
      kind: "ok",
      cursor: { ...cursor, epoch: 3 },
    });
    // The App's first cursor, placed at a head it did not deploy, says so; a processed one does not.
    expect(serialiseSyncCursor({ ...cursor, start: true })).toContain('"start": true');
    expect(parseSyncCursor(serialiseSyncCursor({ ...cursor, start: true }), cursor.branch)).toEqual({
      kind: "ok",
      cursor: { ...cursor, start: true },
    });
    expect(serialiseSyncCursor({ ...cursor, start: false })).toBe(serialiseSyncCursor(cursor));
    expect(parseSyncCursor(JSON.stringify({ ...cursor, start: false }), cursor.branch).kind).toBe("invalid");
    expect(cursorPath("feature/a b")).toBe("sync/feature_a_b.json");
    expect(cursorPath("main")).toBe("sync/main.json");
  });
});
