import { describe, expect, it } from "vitest";
import { REDACTED, redactText } from "../../src/core/redact.ts";

const PEM_BODY = [
  "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
  "BKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj",
  "MzEfYyjiWA4R4/M2bS1GB4t7NXp98C3S",
];
const MULTI_LINE = PEM_BODY.join("\n");
const R = REDACTED;

describe("redactText", () => {
  // [case, text, secrets, expected]
  const rows: [string, string, string[], string][] = [
    ["a one-line secret", "token=hunter2-very-secret ok", ["hunter2-very-secret"], `token=${R} ok`],
    ["a secret shorter than the minimum is left", "id=abc", ["abc"], "id=abc"],
    ["a multi-line secret printed whole", `key:\n${MULTI_LINE}\nend`, [MULTI_LINE], `key:\n${R}\nend`],
    ["each line of a multi-line secret, alone", PEM_BODY[1]!, [MULTI_LINE], R],
    [
      "each line of a multi-line secret, inside other text",
      `line 3: ${PEM_BODY[2]!} (end)`,
      [MULTI_LINE],
      `line 3: ${R} (end)`,
    ],
    ["CRLF line endings are trimmed from each line", `got ${PEM_BODY[0]!}`, [PEM_BODY.join("\r\n")], `got ${R}`],
    ["a CRLF secret printed whole", PEM_BODY.join("\r\n"), [PEM_BODY.join("\r\n")], R],
    ["lines are trimmed, as GitHub Actions masks them", "value", ["  value  \n  second-line  "], R],
    [
      "short and blank lines of a multi-line secret are left",
      "{\n}\n\n  ",
      ["{\n  long-enough-line\n}\n\n  "],
      "{\n}\n\n  ",
    ],
    [
      "the longest piece goes first: a line inside a longer line does not leave the rest in clear",
      "abcdef-ghijkl",
      ["abcdef\nabcdef-ghijkl"],
      R,
    ],
    ["a line shared by two secrets", "shared-line", ["first\nshared-line", "shared-line\nlast-line"], R],
  ];

  it.each(rows)("redacts %s", (_case, text, secrets, expected) => {
    expect(redactText(text, secrets)).toBe(expected);
  });

  it("leaves no line of a multi-line secret when output is redacted a line at a time", () => {
    const printed = `begin\n${PEM_BODY.join("\r\n")}\r\nend`;
    const lines = printed.split("\n").map((line) => redactText(line.replace(/\r$/, ""), [MULTI_LINE]));
    expect(lines).toEqual(["begin", R, R, R, "end"]);
    for (const line of PEM_BODY) expect(lines.join("\n")).not.toContain(line);
  });
});
