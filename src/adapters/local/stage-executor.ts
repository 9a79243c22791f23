/**
 * Runs the steps of one manifest stage in order, stops at the first that does not succeed, and
 * bounds the whole stage by its timeout. Shared by the local runner and the Action's
 * `command: stage`, which writes `summary` to GITHUB_STEP_SUMMARY.
 */
import { preciseDuration } from "../../core/human-time.ts";
import type { Stage, Step, StepKind } from "../../manifest/manifest.ts";
import {
  StepExecutor,
  type FerryVariables,
  type OutputStream,
  type StepContext,
  type StepResult,
  type StepStatus,
} from "./step-executor.ts";

/** Where a line of output came from. */
export interface OutputSource {
  readonly step: string;
  /** Zero-based position of the step in the stage. */
  readonly index: number;
  readonly stream: OutputStream;
}

/** A step starting or ending, for logs that want headers between the steps' output. */
export type StepProgress =
  | { readonly phase: "start"; readonly index: number; readonly step: Step }
  | { readonly phase: "end"; readonly index: number; readonly step: Step; readonly result: StepResult };

/** Like a step's context, with the stage's bound and listeners that learn which step is speaking. */
export interface StageContext extends Omit<StepContext, "stageEnv" | "timeoutMs" | "onLine"> {
  /** Bound for the whole stage in ms. Default: the stage's `timeoutSeconds`; neither means unbounded. */
  readonly timeoutMs?: number;
  readonly onLine?: (line: string, source: OutputSource) => void;
  readonly onStep?: (progress: StepProgress) => void;
}

export interface StageStepResult {
  readonly name: string;
  readonly kind: StepKind;
  readonly result: StepResult;
}

/** The stage's outcome: the first unsuccessful step decides it; `steps` holds only the steps that ran. */
export interface StageResult {
  readonly status: StepStatus;
  readonly durationMs: number;
  readonly message: string;
  readonly steps: readonly StageStepResult[];
  /** Markdown for a job summary: what ran, how long, exit codes, the failing step's output. */
  readonly summary: string;
}

/** Lines of the failing step's output shown in the summary; the log file has the rest. */
const SUMMARY_OUTPUT_LINES = 40;

/** Runs whole stages with one step executor. */
export class StageExecutor {
  constructor(private readonly executor: StepExecutor = new StepExecutor()) {}

  /** Runs the stage's steps in order. Never throws for a step's failure. */
  async run(stage: Stage, context: StageContext): Promise<StageResult> {
    const startedAt = performance.now();
    const boundMs = context.timeoutMs ?? (stage.timeoutSeconds === undefined ? undefined : stage.timeoutSeconds * 1000);
    const deadline = boundMs === undefined ? undefined : startedAt + boundMs;
    const { onLine, onStep, timeoutMs: _bound, ...shared } = context;
    const steps: StageStepResult[] = [];
    let status: StepStatus = "succeeded";
    let message = "";
    for (const [index, step] of stage.steps.entries()) {
      const left = deadline === undefined ? undefined : Math.max(0, deadline - performance.now());
      if (left === 0) {
        status = "timed-out";
        message = `stage timed out after ${preciseDuration(boundMs ?? 0)} before step "${step.name}"`;
        break;
      }
      notify(onStep, { phase: "start", index, step });
      const result = await this.executor.run(step, {
        ...shared,
        stageEnv: stage.env,
        ...(left === undefined ? {} : { timeoutMs: left }),
        ...(onLine
          ? { onLine: (line: string, stream: OutputStream) => onLine(line, { step: step.name, index, stream }) }
          : {}),
      });
      notify(onStep, { phase: "end", index, step, result });
      steps.push({ name: step.name, kind: step.kind, result });
      if (result.status !== "succeeded") {
        status = result.status;
        message = failureMessage(step, result, left, boundMs, context.signal?.aborted === true);
        break;
      }
    }
    const durationMs = Math.round(performance.now() - startedAt);
    if (status === "succeeded")
      message = `${steps.length} step${steps.length === 1 ? "" : "s"} succeeded in ${preciseDuration(durationMs)}`;
    const partial = { status, durationMs, message, steps };
    return { ...partial, summary: stageSummary(stage, context.ferry, partial) };
  }
}

/** Says which step failed and whether the stage's own bound, not the step's, ran out. */
function failureMessage(
  step: Step,
  result: StepResult,
  left: number | undefined,
  boundMs: number | undefined,
  cancelled: boolean,
): string {
  if (cancelled) return `cancelled during step "${step.name}"`;
  if (result.status === "timed-out") {
    const own = step.kind === "command" && step.timeoutSeconds !== undefined ? step.timeoutSeconds * 1000 : undefined;
    const stageBound = left !== undefined && (own === undefined || left < own);
    return stageBound
      ? `stage timed out after ${preciseDuration(boundMs ?? 0)} in step "${step.name}"`
      : `step "${step.name}" ${result.message}`;
  }
  return `step "${step.name}" failed: ${result.message}`;
}

function notify(listener: ((progress: StepProgress) => void) | undefined, progress: StepProgress): void {
  try {
    listener?.(progress);
  } catch {
    // Logging must not break the stage.
  }
}

const ICONS: Readonly<Record<StepStatus | "skipped", string>> = {
  succeeded: "✅",
  failed: "❌",
  "timed-out": "⏱️",
  skipped: "⏭️",
};

/**
 * The Markdown job summary of a stage: a table of every step (skipped ones too) and the tail of
 * the failing step's output. Output was redacted when captured.
 */
export function stageSummary(stage: Stage, ferry: FerryVariables, result: Omit<StageResult, "summary">): string {
  const lines = [
    `### ${ICONS[result.status]} ferry: stage \`${ferry.stage}\` of \`${ferry.deployment}\` ${result.status}`,
    "",
    `Version \`${ferry.version.slice(0, 12)}\`, run ${ferry.runId}, attempt ${ferry.attempt}, ${preciseDuration(result.durationMs)}. ${cell(result.message)}`,
    "",
    "| | Step | Kind | Exit code | Duration | Result |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  stage.steps.forEach((step, index) => {
    const ran = result.steps[index];
    if (!ran) lines.push(`| ${ICONS.skipped} | ${cell(step.name)} | ${step.kind} | | | skipped |`);
    else {
      const r = ran.result;
      lines.push(
        `| ${ICONS[r.status]} | ${cell(step.name)} | ${step.kind} | ${r.exitCode ?? ""} | ${preciseDuration(r.durationMs)} | ${cell(r.message)} |`,
      );
    }
  });
  const failed = result.steps.find((s) => s.result.status !== "succeeded");
  if (failed && failed.result.output.trim() !== "") {
    const tail = failed.result.output.split("\n").slice(-SUMMARY_OUTPUT_LINES).join("\n");
    const fence = "`".repeat(Math.max(3, longestBacktickRun(tail) + 1));
    lines.push(
      "",
      `<details><summary>Output of ${escapeHtml(failed.name)} (last ${SUMMARY_OUTPUT_LINES} lines)</summary>`,
      "",
      `${fence}text`,
      tail,
      fence,
      "",
      "</details>",
    );
  }
  return lines.join("\n") + "\n";
}

/** A table cell: one line, pipes escaped, not endless. */
function cell(text: string): string {
  const flat = text.replace(/\s*\n\s*/g, " ").replace(/\|/g, "\\|");
  return flat.length > 300 ? `${flat.slice(0, 299)}…` : flat;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function longestBacktickRun(text: string): number {
  return Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
}
