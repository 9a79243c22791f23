import { describe, expect, it } from "vitest";
import { commentMark } from "../../../src/adapters/github/comment-mark.ts";

describe("commentMark", () => {
  const mark = commentMark("refusal:42");
  it.each([
    { bodies: [], said: false },
    { bodies: [null, undefined, "hello"], said: false },
    { bodies: ["<!-- ferry:refusal:4 -->\nother key"], said: false },
    { bodies: ["<!-- ferry:refusal:42 -->\nsaid"], said: true },
    { bodies: ["x", "before <!-- ferry:refusal:42 --> after"], said: true },
  ])("finds the key among $bodies: $said", ({ bodies, said }) => {
    expect(mark.saidIn(bodies)).toBe(said);
  });
  it("puts the key on the first line of the body, where saidIn finds it", () => {
    const body = mark.bodyOf("refused: you can read but not write");
    expect(body).toBe("<!-- ferry:refusal:42 -->\nrefused: you can read but not write");
    expect(mark.saidIn([body])).toBe(true);
  });
});
