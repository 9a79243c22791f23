import { describe, expect, it } from "vitest";
import { colourWanted, outputStyle } from "../../src/cli/output-style.ts";
import { paint, paletteOf, toneOf } from "../../src/cli/palette.ts";

const tty = { isTTY: true, columns: 100 };
const pipe = { isTTY: false };

describe("colourWanted: NO_COLOR, FORCE_COLOR and the terminal, as gh and Node read them", () => {
  // [case, stream, environment, colour?]
  const rows: [string, typeof tty | typeof pipe, NodeJS.ProcessEnv, boolean][] = [
    ["a terminal", tty, {}, true],
    ["a pipe", pipe, {}, false],
    ["NO_COLOR on a terminal", tty, { NO_COLOR: "1" }, false],
    ["NO_COLOR empty counts as unset", tty, { NO_COLOR: "" }, true],
    ["a dumb terminal", tty, { TERM: "dumb" }, false],
    ["FORCE_COLOR into a pipe", pipe, { FORCE_COLOR: "1" }, true],
    ["FORCE_COLOR=true into a pipe", pipe, { FORCE_COLOR: "true" }, true],
    ["FORCE_COLOR wins over NO_COLOR", pipe, { FORCE_COLOR: "1", NO_COLOR: "1" }, true],
    ["FORCE_COLOR=0 on a terminal", tty, { FORCE_COLOR: "0" }, false],
    ["FORCE_COLOR=false on a terminal", tty, { FORCE_COLOR: "false" }, false],
    ["FORCE_COLOR empty counts as unset", pipe, { FORCE_COLOR: "" }, false],
    ["CI alone changes no colour", tty, { CI: "true" }, true],
  ];
  it.each(rows)("%s", (_case, stream, env, colour) => expect(colourWanted(stream, env)).toBe(colour));
});

describe("outputStyle: a terminal redraws and fits, a pipe or CI log gets plain lines", () => {
  const rows: [string, typeof tty | typeof pipe, NodeJS.ProcessEnv, ReturnType<typeof outputStyle>][] = [
    ["a terminal", tty, {}, { terminal: true, colour: true, columns: 100 }],
    ["a terminal with NO_COLOR still redraws", tty, { NO_COLOR: "1" }, { terminal: true, colour: false, columns: 100 }],
    ["a CI job on a pseudo-terminal", tty, { CI: "true" }, { terminal: false, colour: true }],
    ["a pipe", pipe, {}, { terminal: false, colour: false }],
    ["a pipe with FORCE_COLOR is coloured, never cut", pipe, { FORCE_COLOR: "1" }, { terminal: false, colour: true }],
    ["a terminal that says no width", { isTTY: true }, {}, { terminal: true, colour: true }],
  ];
  it.each(rows)("%s", (_case, stream, env, style) => expect(outputStyle(stream, env)).toEqual(style));
});

describe("palette", () => {
  it("colours outcomes by what they mean only when the io takes colour", () => {
    const on = paletteOf({ colour: true });
    expect(paint(on, toneOf("failed"), "failed")).toBe("\u001b[31mfailed\u001b[39m");
    expect(paint(on, toneOf("succeeded"), "succeeded")).toBe("\u001b[32msucceeded\u001b[39m");
    expect(paint(on, toneOf("paused"), "paused")).toBe("\u001b[33mpaused\u001b[39m");
    expect(paint(on, toneOf("waiting"), "waiting")).toBe("\u001b[33mwaiting\u001b[39m");
    expect(paint(on, toneOf("not-deployed"), "not-deployed")).toBe("not-deployed");
    expect(paint(paletteOf({}), toneOf("failed"), "failed")).toBe("failed");
    expect(paint(paletteOf({ colour: false }), "bad", "failed")).toBe("failed");
  });
});
