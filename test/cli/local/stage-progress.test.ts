import { describe, expect, it } from "vitest";
import type { StageSource } from "../../../src/adapters/local/process-runner.ts";
import type { StepProgress } from "../../../src/adapters/local/stage-executor.ts";
import type { CliIo } from "../../../src/cli/cli-io.ts";
import { StageProgress, type ProgressClock } from "../../../src/cli/local/stage-progress.ts";
import { FakeTerminal } from "../../support/fake-terminal.ts";

const stepNamed = (name: string) =>
  ({ kind: "command", name, command: { shell: "echo" }, env: {} }) as unknown as StepProgress["step"];
const start = (index: number, name: string): StepProgress => ({ phase: "start", index, step: stepNamed(name) });
const end = (index: number, name: string, status: "succeeded" | "failed" = "succeeded", message = ""): StepProgress =>
  ({
    phase: "end",
    index,
    step: stepNamed(name),
    result: { status, durationMs: 1200, message, output: "" },
  }) as StepProgress;
const web: StageSource = { deployment: "web", stage: "install", runId: 1, attempt: 1 };
const api: StageSource = { deployment: "api", stage: "migrate", runId: 4, attempt: 1 };
const apiRetry: StageSource = { ...api, attempt: 2 };

function plain(io: Partial<CliIo> = {}) {
  const lines: string[] = [];
  const progress = new StageProgress({ out: (t) => lines.push(t), err: (t) => lines.push(`err: ${t}`), ...io });
  return { lines, progress };
}

/** A terminal of the given width, and a clock the test moves; ticks run only when the test says. */
function terminal(columns = 80, colour = false) {
  const term = new FakeTerminal();
  const errors: string[] = [];
  let now = "2030-01-01T00:00:00.000Z";
  const ticks: (() => void)[] = [];
  const clock: ProgressClock = {
    now: () => now,
    every: (_ms, tick) => {
      ticks.push(tick);
      return () => ticks.splice(ticks.indexOf(tick), 1);
    },
  };
  const writes: string[] = [];
  const io: CliIo = {
    out: (t) => (writes.push(t), term.write(t)),
    err: (t) => errors.push(t),
    terminal: true,
    colour,
    columns,
  };
  const progress = new StageProgress(io, clock);
  return {
    term,
    errors,
    writes,
    progress,
    ticks,
    at: (iso: string) => {
      now = iso;
      for (const tick of [...ticks]) tick();
    },
  };
}

describe("StageProgress off a terminal: plain lines for pipes and CI", () => {
  it("prints each step and every output line, each line starting with its deployment and stage", () => {
    const { lines, progress } = plain();
    progress.step(start(0, "install release"), web);
    progress.step(start(0, "run migrations"), api);
    progress.output("installing", web);
    progress.output("migrating", api);
    progress.step(end(0, "install release", "failed", "exit code 3: disk full"), web);
    progress.step(end(0, "run migrations"), api);
    progress.stageEnd(web, { status: "failed", durationMs: 1300 });
    expect(lines).toEqual([
      "    web/install ▸ install release",
      "    api/migrate ▸ run migrations",
      "    web/install │ installing",
      "    api/migrate │ migrating",
      "    web/install ✗ install release (1.2s) — exit code 3: disk full",
      "    api/migrate ✓ run migrations (1.2s)",
    ]);
    expect(lines.every((l) => /^ {4}(web\/install|api\/migrate) /.test(l))).toBe(true);
  });

  it("colours only when the io takes colour (FORCE_COLOR into a pipe), never moves the cursor", () => {
    const { lines, progress } = plain({ colour: true });
    progress.step(end(0, "install release"), web);
    progress.step(end(0, "install release", "failed", "boom"), web);
    expect(lines).toEqual([
      "\u001b[32m    web/install ✓ install release (1.2s)\u001b[39m",
      "\u001b[31m    web/install ✗ install release (1.2s) — boom\u001b[39m",
    ]);
    const { lines: none, progress: noColour } = plain({ colour: false });
    noColour.step(end(0, "install release"), web);
    expect(none).toEqual(["    web/install ✓ install release (1.2s)"]);
  });

  it("its io is the one it was given: the session's lines go straight through", () => {
    const io: CliIo = { out: () => {}, err: () => {} };
    expect(new StageProgress(io).io).toBe(io);
  });
});

describe("StageProgress on a terminal: grouped per deployment, redrawn in place", () => {
  it("groups concurrent stages per deployment and redraws them as steps start and end", () => {
    const { term, progress } = terminal();
    progress.step(start(0, "fetch"), web);
    progress.step(start(0, "run migrations"), api);
    progress.step(end(0, "fetch"), web);
    progress.step(start(1, "install release"), web);
    progress.output("installing", web);
    expect(term.lines).toEqual([
      "web",
      "  install · run 1",
      "    ✓ fetch (1.2s)",
      "    ▸ install release",
      "api",
      "  migrate · run 4",
      "    ▸ run migrations",
    ]);
  });

  it("a stage that ends leaves the board as one block above it; the session's lines go above it too", () => {
    const { term, progress, errors } = terminal();
    progress.step(start(0, "fetch"), web);
    progress.step(start(0, "run migrations"), api);
    progress.step(end(0, "fetch"), web);
    progress.io.out("  web: installing on abc1234 (run 1)");
    progress.stageEnd(web, { status: "succeeded", durationMs: 1500 });
    expect(term.lines).toEqual([
      "  web: installing on abc1234 (run 1)",
      "✓ web/install · run 1 (1.5s)",
      "  ✓ fetch (1.2s)",
      "api",
      "  migrate · run 4",
      "    ▸ run migrations",
    ]);
    progress.io.err("  api: refused");
    expect(errors).toEqual(["  api: refused"]);
    // The board came back whole below the error.
    expect(term.lines.slice(-3)).toEqual(["api", "  migrate · run 4", "    ▸ run migrations"]);
    progress.step(end(0, "run migrations", "failed", "exit 1\nsecond line"), api);
    progress.stageEnd(api, { status: "failed", durationMs: 1300 });
    progress.finish();
    expect(term.lines.slice(-2)).toEqual([
      "✗ api/migrate · run 4 (1.3s)",
      "  ✗ run migrations (1.2s) — exit 1 second line",
    ]);
  });

  it("names the attempt of a retried stage, as the state lines do", () => {
    const { term, progress } = terminal();
    progress.step(start(0, "run migrations"), apiRetry);
    expect(term.lines).toEqual(["api", "  migrate · run 4, attempt 2", "    ▸ run migrations"]);
    progress.stageEnd(apiRetry, { status: "succeeded", durationMs: 900 });
    expect(term.lines[0]).toBe("✓ api/migrate · run 4, attempt 2 (900ms)");
  });

  it("cuts board lines to the terminal's width so a redraw never miscounts wrapped lines", () => {
    const { term, progress } = terminal(30);
    progress.step(start(0, "a step with a very long name that would wrap"), web);
    expect(term.lines).toEqual(["web", "  install · run 1", "    ▸ a step with a very lon…"]);
    expect(term.lines.every((l) => l.length < 30)).toBe(true);
  });

  it("counts a retry backoff down while it waits, and stops counting when the retry starts", () => {
    const { term, progress, ticks, at } = terminal();
    term.write("$ ferry sync");
    const wait = {
      region: "main",
      stage: "install",
      next: 2,
      of: 3,
      due: "2030-01-01T00:00:10.000Z",
      message: "exit 1",
    };
    progress.retries("web", [wait]);
    expect(term.lines).toEqual(["$ ferry sync", "web", "  ⟳ install retrying in 10s (2/3) — exit 1"]);
    expect(ticks).toHaveLength(1);
    at("2030-01-01T00:00:07.000Z");
    expect(term.lines).toEqual(["$ ferry sync", "web", "  ⟳ install retrying in 3s (2/3) — exit 1"]);
    progress.retries("web", []);
    expect(ticks).toHaveLength(0);
    expect(term.lines).toEqual(["$ ferry sync"]);
  });

  it("colours the marks when the io takes colour (not under NO_COLOR)", () => {
    const { writes, progress } = terminal(80, true);
    progress.step(start(0, "fetch"), web);
    progress.step(end(0, "fetch"), web);
    expect(writes.at(-1)).toContain("\u001b[32m    ✓ fetch (1.2s)\u001b[39m");
    const { writes: plainWrites, progress: noColour } = terminal(80, false);
    noColour.step(end(0, "fetch"), web);
    // eslint-disable-next-line no-control-regex -- no colour sequence may be written
    expect(plainWrites.join("")).not.toMatch(/\u001b\[3\dm/);
  });

  it("finish stops the countdown and leaves what the board shows on the screen", () => {
    const { term, progress, ticks } = terminal();
    progress.retries("web", [{ region: "main", stage: "install", next: 2, of: 2, due: "2030-01-01T00:00:05.000Z" }]);
    progress.finish();
    expect(ticks).toHaveLength(0);
    progress.io.out("done");
    expect(term.lines).toEqual(["web", "  ⟳ install retrying in 5s (2/2)", "done"]);
  });
});
