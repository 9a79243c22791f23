import type { StageSource } from "../../adapters/local/process-runner.ts";
import type { StageResult, StepProgress } from "../../adapters/local/stage-executor.ts";
import { preciseDuration } from "../../core/human-time.ts";
import type { RetryWait } from "../../core/retry-wait.ts";
import type { CliIo } from "../cli-io.ts";
import { LiveRegion } from "../live-region.ts";
import { paint, paletteOf, type Palette } from "../palette.ts";
import { paintLines, StepBoard } from "./step-board.ts";

interface Source {
  readonly deployment: string;
  readonly stage: string;
}

/** Time for the board's countdowns; tests drive their own. */
export interface ProgressClock {
  now(): string;
  /** Calls `tick` every `ms` until the returned stop is called; must not keep the process alive. */
  every(ms: number, tick: () => void): () => void;
}

const systemTicks: ProgressClock = {
  now: () => new Date().toISOString(),
  every(ms, tick) {
    const timer = setInterval(tick, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** Width assumed for a terminal that does not say its own. */
const DEFAULT_COLUMNS = 80;

/**
 * How stage work shows while it runs.
 *
 * On a terminal (`io.terminal`): a step list grouped per deployment and redrawn in place (a
 * `StepBoard` in a `LiveRegion`), each stage printed once as a block when it ends, retry
 * backoffs counting down; commands' output is left to the stage's log file. Everything else the
 * session prints goes through `io` here, above the board, so nothing tears it.
 *
 * Elsewhere (pipes, CI logs): plain lines that only ever append, each starting with the
 * deployment and stage (`web/install ▸ build`), including every output line, so the lines of
 * concurrent deployments can be told apart and grepped, and nothing is lost.
 */
export class StageProgress {
  /** What the session writes through: on a terminal, above the board. */
  readonly io: CliIo;
  private readonly palette: Palette;
  private readonly board = new StepBoard();
  private readonly region: LiveRegion | undefined;
  private stopTicking: (() => void) | undefined;

  constructor(
    private readonly raw: CliIo,
    private readonly clock: ProgressClock = systemTicks,
  ) {
    this.palette = paletteOf(raw);
    if (!raw.terminal) {
      this.io = raw;
      return;
    }
    const region = new LiveRegion((text) => raw.out(text));
    this.region = region;
    this.io = {
      ...raw,
      out: (text) => region.draw(this.frame(), [text.replace(/\n$/, "")]),
      err: (text) => {
        // stderr shares the screen: the board goes, the line is written, the board comes back below it.
        region.draw([]);
        raw.err(text);
        region.draw(this.frame());
      },
    };
  }

  step(progress: StepProgress, source: StageSource): void {
    if (this.region) {
      this.board.step(progress, source);
      this.region.draw(this.frame());
      return;
    }
    const where = `${source.deployment}/${source.stage}`;
    if (progress.phase === "start") {
      this.raw.out(`    ${where} ▸ ${progress.step.name}`);
      return;
    }
    const { status, durationMs, message } = progress.result;
    const ok = status === "succeeded";
    const mark = ok ? "✓" : status === "timed-out" ? "⌛" : "✗";
    const line = `    ${where} ${mark} ${progress.step.name} (${preciseDuration(durationMs)})${ok ? "" : ` — ${message}`}`;
    this.raw.out(paint(this.palette, ok ? "good" : "bad", line));
  }

  output(line: string, source: Source): void {
    if (!this.region) this.raw.out(`    ${source.deployment}/${source.stage} │ ${line}`);
  }

  /** A stage ended: on a terminal its steps leave the board as one block; plain lines said it all already. */
  stageEnd(source: StageSource, result: Pick<StageResult, "status" | "durationMs"> | undefined): void {
    if (!this.region) return;
    const block = paintLines(this.board.closed(source, result), this.palette, this.columns);
    this.region.draw(this.frame(), block);
  }

  /** The retry backoffs a deployment now waits out: counted down on a terminal (plain lines get the reporter's line). */
  retries(deployment: string, waits: readonly RetryWait[]): void {
    if (!this.region) return;
    this.board.retries(deployment, waits);
    this.region.draw(this.frame());
    if (this.board.counting && !this.stopTicking)
      this.stopTicking = this.clock.every(1000, () => this.region?.draw(this.frame()));
    if (!this.board.counting) this.stop();
  }

  /** The work is over (every touched deployment rests): what the board still shows stays as it is. */
  finish(): void {
    this.stop();
    if (!this.region) return;
    this.region.draw(this.frame());
    this.region.release();
    this.board.clear();
  }

  private stop(): void {
    this.stopTicking?.();
    this.stopTicking = undefined;
  }

  private frame(): string[] {
    return paintLines(this.board.frame(this.clock.now()), this.palette, this.columns);
  }

  private get columns(): number {
    return this.raw.columns ?? DEFAULT_COLUMNS;
  }
}
