import { describe, expect, it } from "vitest";
import { StageProgress } from "../../../src/cli/local/stage-progress.ts";
import type { StepProgress } from "../../../src/adapters/local/stage-executor.ts";

const step = {
  kind: "command",
  name: "install release",
  command: { shell: "echo" },
  env: {},
} as unknown as StepProgress["step"];
const start: StepProgress = { phase: "start", index: 0, step };
const end = (status: "succeeded" | "failed", message = ""): StepProgress =>
  ({ phase: "end", index: 0, step, result: { status, durationMs: 1200, message, output: "" } }) as StepProgress;

function capture(tty: boolean) {
  const lines: string[] = [];
  const progress = new StageProgress({ out: (t) => lines.push(t), err: (t) => lines.push(t) }, tty);
  return { lines, progress };
}

describe("StageProgress", () => {
  it("prints plain lines off a terminal: each step and every output line, no colour", () => {
    const { lines, progress } = capture(false);
    progress.step(start, { deployment: "web", stage: "install" });
    progress.output("installing", { deployment: "web", stage: "install" });
    progress.step(end("failed", "exit code 3: disk full"), { deployment: "web", stage: "install" });
    expect(lines).toEqual([
      "    ▸ web/install: install release",
      "      web/install │ installing",
      "    ✗ web/install: install release (1.2s) — exit code 3: disk full",
    ]);
  });

  it("shows a coloured step list on a terminal and leaves command output to the log file", () => {
    const { lines, progress } = capture(true);
    progress.step(start, { deployment: "web", stage: "install" });
    progress.output("installing", { deployment: "web", stage: "install" });
    progress.step(end("succeeded"), { deployment: "web", stage: "install" });
    expect(lines).toEqual([
      "\u001b[2m    ▸ web/install: install release\u001b[0m",
      "\u001b[32m    ✓ web/install: install release (1.2s)\u001b[0m",
    ]);
  });

  it("asks the io it writes to whether that is a terminal, not the process's stdout", () => {
    const plain: string[] = [];
    new StageProgress({ out: (t) => plain.push(t), err: (t) => plain.push(t) }).output("installing", {
      deployment: "web",
      stage: "install",
    });
    expect(plain).toEqual(["      web/install │ installing"]);
    const painted: string[] = [];
    new StageProgress({ out: (t) => painted.push(t), err: (t) => painted.push(t), terminal: true }).step(start, {
      deployment: "web",
      stage: "install",
    });
    expect(painted).toEqual(["\u001b[2m    ▸ web/install: install release\u001b[0m"]);
  });
});
