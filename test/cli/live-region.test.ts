import { describe, expect, it } from "vitest";
import { LiveRegion } from "../../src/cli/live-region.ts";
import { FakeTerminal } from "../support/fake-terminal.ts";

describe("LiveRegion", () => {
  it("redraws its frame in place while permanent lines scroll above it", () => {
    const term = new FakeTerminal();
    const region = new LiveRegion((t) => term.write(t));
    term.write("$ ferry sync");
    region.draw(["web", "  ▸ build"]);
    expect(term.lines).toEqual(["$ ferry sync", "web", "  ▸ build"]);
    region.draw(["web", "  ✓ build", "  ▸ deploy"]);
    expect(term.lines).toEqual(["$ ferry sync", "web", "  ✓ build", "  ▸ deploy"]);
    region.draw(["api", "  ▸ migrate"], ["  web: live on abc1234 (run 1)"]);
    expect(term.lines).toEqual(["$ ferry sync", "  web: live on abc1234 (run 1)", "api", "  ▸ migrate"]);
  });

  it("an empty frame erases the old one without leaving a blank line", () => {
    const term = new FakeTerminal();
    const region = new LiveRegion((t) => term.write(t));
    term.write("before");
    region.draw(["web", "  ▸ build"]);
    region.draw([]);
    expect(term.lines).toEqual(["before"]);
    region.draw([], ["after"]);
    expect(term.lines).toEqual(["before", "after"]);
    // Nothing shown and nothing to write: no write at all.
    const writes: string[] = [];
    new LiveRegion((t) => writes.push(t)).draw([]);
    expect(writes).toEqual([]);
  });

  it("a released frame stays on the screen as permanent lines", () => {
    const term = new FakeTerminal();
    const region = new LiveRegion((t) => term.write(t));
    region.draw(["web", "  ✓ build"]);
    region.release();
    region.draw([], ["next"]);
    expect(term.lines).toEqual(["web", "  ✓ build", "next"]);
  });
});
