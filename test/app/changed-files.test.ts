import { describe, expect, it } from "vitest";
import { netChanges, touchesFerryFiles } from "../../src/app/changed-files.ts";

describe("netChanges", () => {
  it("folds a push's commits into one change per file", () => {
    const changed = netChanges([
      { added: ["a.txt", "b.txt", ".ferry/deployments/web.yml"], removed: ["old.txt"], modified: [] },
      { added: ["old.txt"], removed: ["b.txt"], modified: ["a.txt", "c.txt"] },
    ]);
    expect(changed).toEqual([
      { path: ".ferry/deployments/web.yml", status: "added" },
      { path: "a.txt", status: "added" },
      { path: "c.txt", status: "modified" },
      { path: "old.txt", status: "modified" },
    ]);
    expect(touchesFerryFiles(changed)).toBe(true);
    expect(touchesFerryFiles([{ path: "site/.ferry", status: "added" }])).toBe(false);
  });
});
