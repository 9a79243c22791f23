import { createWriteStream, type WriteStream } from "node:fs";
import { preciseDuration } from "../../core/human-time.ts";
import type { Logger } from "../../ports/logger.ts";
import type { StepProgress } from "./stage-executor.ts";

/**
 * Appends one stage attempt's log: a header, each step's start and end, every redacted output line and
 * the stage's summary. A log that cannot be written is warned about, never a failed stage.
 */
export class StageLogWriter {
  private readonly stream: WriteStream;

  constructor(
    readonly file: string,
    log: Logger,
  ) {
    this.stream = createWriteStream(file, { flags: "a" });
    this.stream.on("error", (error) => log.warn({ err: error, logFile: file }, "could not write stage log"));
  }

  line(text: string): void {
    this.stream.write(`${text}\n`);
  }

  step(progress: StepProgress): void {
    if (progress.phase === "start") {
      this.stream.write(`\n==> step ${progress.index + 1}: ${progress.step.name} (${progress.step.kind})\n`);
      return;
    }
    const { status, exitCode, durationMs, message } = progress.result;
    const code = exitCode === undefined ? "" : ` (exit code ${exitCode})`;
    this.stream.write(`<== ${status} in ${preciseDuration(durationMs)}${code}: ${message}\n`);
  }

  /** Writes the summary, when there is one, and resolves once the file is closed (or failed). */
  close(summary: string | undefined): Promise<void> {
    if (summary !== undefined) this.stream.write(`\n${summary}`);
    return new Promise((resolveClose) => {
      if (this.stream.destroyed) return resolveClose();
      this.stream.end(() => resolveClose());
      this.stream.once("error", () => resolveClose());
    });
  }
}
