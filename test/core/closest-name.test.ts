import { describe, expect, it } from "vitest";
import { closestName, didYouMean, editDistance, suggester } from "../../src/core/closest-name.ts";

describe("editDistance", () => {
  it.each([
    ["", "", 0],
    ["steady", "steady", 0],
    ["stedy", "steady", 1],
    ["checkng", "checking", 1],
    // An adjacent swap is one edit (Damerau), not two (Levenshtein).
    ["environmnet", "environment", 1],
    ["ab", "ba", 1],
    ["faild", "failed", 1],
    ["kitten", "sitting", 3],
    ["", "abc", 3],
  ])("%s → %s is %i", (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe("closestName", () => {
  const states = ["idle", "checking", "deploying", "steady", "failed", "done"];
  const keys = ["lifecycle", "description", "environment", "environment-url", "stages", "timers", "triggers"];
  it.each([
    ["stedy", states, "steady"],
    ["checkng", states, "checking"],
    ["faild", states, "failed"],
    ["Steady", states, "steady"],
    ["environmnet", keys, "environment"],
    ["stage", keys, "stages"],
    ["trigers", keys, "triggers"],
    // Nothing close: no guess at all rather than a wild one.
    ["somewhere", states, undefined],
    ["x", ["y", "z"], undefined],
    ["ab", ["ba"], undefined],
    // The name itself is not a suggestion.
    ["idle", states, undefined],
    ["anything", [], undefined],
  ] as const)("%s among %j is %s", (name, candidates, expected) => {
    expect(closestName(name, candidates)).toBe(expected);
  });

  it("prefers the nearer name, and the first in order on a tie", () => {
    expect(closestName("deplo", ["deploy", "deployed"])).toBe("deploy");
    expect(closestName("cat", ["bat", "car"])).toBe("bat");
    expect(closestName("cat", ["car", "bat"])).toBe("bat");
  });

  it("says the hint as a sentence tail, or nothing", () => {
    expect(didYouMean("steady")).toBe('; did you mean "steady"?');
    expect(didYouMean(undefined)).toBe("");
  });

  it("bounds its work, as files come from repositories ferry does not control", () => {
    // A name too long to be a typo of a key, and a list longer than any real one, get no guess.
    expect(closestName(`${"a".repeat(64)}b`, [`${"a".repeat(64)}c`])).toBeUndefined();
    expect(closestName(`${"a".repeat(63)}b`, [`${"a".repeat(63)}c`])).toBe(`${"a".repeat(63)}c`);
    const many = Array.from({ length: 501 }, (_, i) => `state${i}`);
    expect(closestName("stat0", many)).toBeUndefined();
    expect(closestName("stat0", many.slice(0, 500))).toBe("state0");
    // A suggester answers its first names only.
    const suggest = suggester(2);
    expect([suggest("stedy", ["steady"]), suggest("stedy", ["steady"]), suggest("stedy", ["steady"])]).toEqual([
      "steady",
      "steady",
      undefined,
    ]);
  });

  it("stops comparing once two names are further apart than the bound", () => {
    expect(editDistance("abcdefgh", "zyxwvuts", 2)).toBe(3);
    expect(editDistance("abcdefgh", "zyxwvuts")).toBe(8);
  });
});
