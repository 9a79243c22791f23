import type { StepProgress } from "../../adapters/local/stage-executor.ts";
import { formatDuration } from "../../adapters/local/step-executor.ts";
import type { CliIo } from "../cli-io.ts";

interface Source {
  readonly deployment: string;
  readonly stage: string;
}

/**
 * How stage work shows while it runs. On a terminal: a coloured step list (each step as it
 * starts and ends), with the commands' output left to the stage's log file. Elsewhere (CI logs,
 * pipes): plain lines, including every output line, so nothing is lost.
 */
export class StageProgress {
  constructor(
    private readonly io: CliIo,
    private readonly tty: boolean = io.terminal ?? false,
  ) {}

  step(progress: StepProgress, source: Source): void {
    const where = `${source.deployment}/${source.stage}`;
    if (progress.phase === "start") {
      this.io.out(this.paint(`    ▸ ${where}: ${progress.step.name}`, "2"));
      return;
    }
    const { status, durationMs, message } = progress.result;
    const ok = status === "succeeded";
    const mark = ok ? "✓" : status === "timed-out" ? "⌛" : "✗";
    const detail = ok ? "" : ` — ${message}`;
    this.io.out(
      this.paint(
        `    ${mark} ${where}: ${progress.step.name} (${formatDuration(durationMs)})${detail}`,
        ok ? "32" : "31",
      ),
    );
  }

  output(line: string, source: Source): void {
    if (!this.tty) this.io.out(`      ${source.deployment}/${source.stage} │ ${line}`);
  }

  private paint(text: string, code: string): string {
    return this.tty ? `\u001b[${code}m${text}\u001b[0m` : text;
  }
}
