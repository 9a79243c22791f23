import { describe, expect, it } from "vitest";
import { ellipsis, formatTable, SHRINK_MIN } from "../../src/cli/format-table.ts";

const headers = ["NAME", "STATE", "DESCRIPTION"];
const rows = [
  ["web", "failed", "install failed in installing: exit code 3 because the disk is full"],
  ["api", "running", "deploying"],
];

describe("formatTable", () => {
  it("without a width (a pipe, --json's neighbours) nothing is cut", () => {
    const table = formatTable(headers, rows, { shrink: 2 });
    expect(table.split("\n")[2]).toBe(
      "web   failed   install failed in installing: exit code 3 because the disk is full",
    );
    expect(formatTable(headers, rows)).toBe(table);
  });

  it.each([40, 50, 60])("at width %i every line fits, the description cut with …", (width) => {
    const lines = formatTable(headers, rows, { width, shrink: 2 }).split("\n");
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
    expect(lines[2]).toMatch(/^web {3}failed {3}install failed.*…$/);
    expect(lines[3]).toBe("api   running  deploying");
    expect(lines[1]).toBe(`----  -------  ${"-".repeat(width - 15)}`);
  });

  it("a table that fits is left as it is", () => {
    expect(formatTable(headers, rows, { width: 200, shrink: 2 })).toBe(formatTable(headers, rows));
  });

  it("the description keeps SHRINK_MIN characters on a very narrow terminal; other columns are never cut", () => {
    const lines = formatTable(headers, rows, { width: 10, shrink: 2 }).split("\n");
    expect(lines[2]).toBe(`web   failed   ${"install failed in installing".slice(0, SHRINK_MIN - 1)}…`);
  });

  it("cuts a column in the middle too, keeping the columns after it aligned", () => {
    const table = formatTable(["A", "MESSAGE", "Z"], [["1", "a long message here", "end"]], { width: 16, shrink: 1 });
    expect(table.split("\n")).toEqual(["A  MESSAGE       Z", "-  ------------  ---", "1  a long mess…  end"]);
  });

  it("colour goes around the text and never moves a column", () => {
    const red = (t: string) => `<${t}>`;
    const table = formatTable(headers, rows, { paint: (t, c) => (c === 1 ? red(t) : t) });
    expect(table.split("\n")[2]).toBe(
      "web   <failed>   install failed in installing: exit code 3 because the disk is full",
    );
    expect(table.split("\n")[3]).toBe("api   <running>  deploying");
    // Headers and rules are never painted.
    expect(table.split("\n")[0]).toBe("NAME  STATE    DESCRIPTION");
  });
});

describe("ellipsis", () => {
  const rows: [string, number, string][] = [
    ["short", 10, "short"],
    ["exactly10!", 10, "exactly10!"],
    ["eleven char", 10, "eleven ch…"],
    ["abc", 1, "…"],
    ["abc", 0, ""],
  ];
  it.each(rows)("%s in %i: %s", (text, width, cut) => expect(ellipsis(text, width)).toBe(cut));
});
