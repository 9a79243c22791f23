import type { StageSource } from "../../adapters/local/process-runner.ts";
import type { StepProgress } from "../../adapters/local/stage-executor.ts";
import type { StepStatus } from "../../adapters/local/step-executor.ts";
import { preciseDuration } from "../../core/human-time.ts";
import { retryText, type RetryWait } from "../../core/retry-wait.ts";
import { ellipsis } from "../format-table.ts";
import { paint, type Palette, type Tone } from "../palette.ts";

/** One line of the board: its text and the colour it takes. */
export interface BoardLine {
  readonly text: string;
  readonly tone: Tone;
  /** Dimmed rather than coloured (a step still running). */
  readonly dim?: boolean;
}

interface StepRow {
  readonly name: string;
  status: StepStatus | "running";
  durationMs?: number;
  message?: string;
}

interface Group {
  readonly source: StageSource;
  readonly steps: StepRow[];
}

/** The frame never grows past this many lines: a redraw cannot reach lines scrolled off the screen. */
export const BOARD_MAX_LINES = 20;

const MARKS: Readonly<Record<StepStatus | "running", string>> = {
  running: "▸",
  succeeded: "✓",
  failed: "✗",
  "timed-out": "⌛",
};

const TONES: Readonly<Record<StepStatus | "running", Tone>> = {
  running: "plain",
  succeeded: "good",
  failed: "bad",
  "timed-out": "bad",
};

/**
 * The step list of `ferry sync` on a terminal, grouped per deployment: the stages running now
 * (each with its steps) and the retry backoffs counting down, the part redrawn in place. A stage
 * that ends leaves the board as one block (`closed`), printed once above it, so a deployment's
 * steps stay together however the stages of several deployments overlap. It holds no I/O.
 */
export class StepBoard {
  private readonly groups = new Map<string, Group>();
  private readonly waits = new Map<string, readonly RetryWait[]>();

  step(progress: StepProgress, source: StageSource): void {
    const group = this.groupOf(source);
    if (progress.phase === "start") {
      group.steps[progress.index] = { name: progress.step.name, status: "running" };
      return;
    }
    const { status, durationMs, message } = progress.result;
    group.steps[progress.index] = {
      name: progress.step.name,
      status,
      durationMs,
      ...(status === "succeeded" ? {} : { message }),
    };
  }

  /** A stage's end: its block, to print once above the board; it is no longer redrawn. */
  closed(source: StageSource, outcome: { status: StepStatus; durationMs: number } | undefined): BoardLine[] {
    const key = keyOf(source);
    const group = this.groups.get(key);
    this.groups.delete(key);
    const steps = group?.steps.filter(Boolean) ?? [];
    const status = outcome?.status ?? "failed";
    const took = outcome ? ` (${preciseDuration(outcome.durationMs)})` : "";
    return [
      {
        text: `${MARKS[status]} ${source.deployment}/${source.stage} · ${runText(source)}${took}`,
        tone: TONES[status],
      },
      ...steps.map((row) => stepLine(row)),
    ];
  }

  /** The retry backoffs a deployment waits out now (none ends its countdown). */
  retries(deployment: string, waits: readonly RetryWait[]): void {
    if (waits.length === 0) this.waits.delete(deployment);
    else this.waits.set(deployment, waits);
  }

  /** Forgets everything: what the board showed stays on the screen as it was. */
  clear(): void {
    this.groups.clear();
    this.waits.clear();
  }

  /** Whether anything on the board changes with time alone (a countdown). */
  get counting(): boolean {
    return this.waits.size > 0;
  }

  /** The lines redrawn in place, per deployment: its running stages with their steps, then its countdowns. */
  frame(now: string): BoardLine[] {
    const deployments = [
      ...new Set([...[...this.groups.values()].map((g) => g.source.deployment), ...this.waits.keys()]),
    ];
    const lines: BoardLine[] = [];
    for (const deployment of deployments) {
      lines.push({ text: deployment, tone: "busy" });
      for (const group of this.groups.values()) {
        if (group.source.deployment !== deployment) continue;
        lines.push({ text: `  ${group.source.stage} · ${runText(group.source)}`, tone: "plain" });
        for (const row of group.steps.filter(Boolean))
          lines.push({ ...stepLine(row), text: `  ${stepLine(row).text}` });
      }
      for (const wait of this.waits.get(deployment) ?? [])
        lines.push({
          text: `  ⟳ ${wait.stage} ${retryText(wait, now)}${wait.message ? ` — ${oneLine(wait.message)}` : ""}`,
          tone: "waiting",
        });
    }
    if (lines.length <= BOARD_MAX_LINES) return lines;
    const more = lines.length - (BOARD_MAX_LINES - 1);
    return [
      ...lines.slice(0, BOARD_MAX_LINES - 1),
      { text: `… ${more} more line${more === 1 ? "" : "s"}`, tone: "plain" },
    ];
  }

  private groupOf(source: StageSource): Group {
    const key = keyOf(source);
    let group = this.groups.get(key);
    if (!group) {
      group = { source, steps: [] };
      this.groups.set(key, group);
    }
    return group;
  }
}

/** A message on one line: a line break inside a board line would throw the redraw's line count off. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** `run 3`, or `run 3, attempt 2` for a retry, as the state lines say it. */
function runText(source: StageSource): string {
  return `run ${source.runId}${source.attempt > 1 ? `, attempt ${source.attempt}` : ""}`;
}

function keyOf(source: StageSource): string {
  return [source.deployment, source.stage, source.runId, source.attempt].join("\0");
}

function stepLine(row: StepRow): BoardLine {
  const took = row.durationMs === undefined ? "" : ` (${preciseDuration(row.durationMs)})`;
  const why = row.message ? ` — ${oneLine(row.message)}` : "";
  return {
    text: `  ${MARKS[row.status]} ${row.name}${took}${why}`,
    tone: TONES[row.status],
    ...(row.status === "running" ? { dim: true } : {}),
  };
}

/**
 * Board lines as a terminal shows them: each cut to fit `columns` (a line that wrapped would
 * throw the redraw's line count off), then coloured.
 */
export function paintLines(lines: readonly BoardLine[], palette: Palette, columns: number): string[] {
  // One column spare: some terminals wrap a line that fills the last column.
  const width = Math.max(10, columns - 1);
  return lines.map((line) => {
    const text = ellipsis(line.text, width);
    return line.dim ? palette.dim(text) : paint(palette, line.tone, text);
  });
}
