/**
 * Executes one manifest step: a command as a child process, an http check, or an artifact
 * download with its checksum. Shared by the local runner and the Action's `command: stage`, so
 * it depends only on node and the manifest's step types (plus the core's pure redaction).
 */
import { statSync } from "node:fs";
import type { CommandStep, EnvMap, Step } from "../../manifest/manifest.ts";
import { preciseDuration } from "../../core/human-time.ts";
import { redactText } from "../../core/redact.ts";
import { artifactStep } from "./artifact-step.ts";
import { commandProcess, type CommandEnding } from "./command-process.ts";
import { httpCheckStep } from "./http-check-step.ts";
import { insideCheckout } from "./inside-checkout.ts";
import { OutputCapture, type OutputStream } from "./output-capture.ts";
import { shellCommand } from "./shell-command.ts";
import { layeredEnvironment, safeBaseEnv } from "./step-environment.ts";
import { StepSetupError } from "./step-setup-error.ts";

/** How a step ended. A cancelled step is `failed` with a message saying so. */
export const STEP_STATUSES = ["succeeded", "failed", "timed-out"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** What one step did. `output` is the redacted tail of what it printed (or, for checks, what ferry did). */
export interface StepResult {
  readonly status: StepStatus;
  readonly exitCode?: number;
  readonly durationMs: number;
  readonly message: string;
  readonly output: string;
}

/** Which pipe a line came from; lines ferry writes itself (check attempts) count as stdout. */
export type { OutputStream } from "./output-capture.ts";

/** The `FERRY_*` variables every command sees, so scripts never need ferry's values spliced into them. */
export interface FerryVariables {
  readonly deployment: string;
  readonly stage: string;
  readonly version: string;
  readonly runId: number;
  readonly attempt: number;
}

/** Where and how a step runs. */
export interface StepContext {
  /** The checkout: commands run here (or in their `workingDirectory` below it) and artifacts land here. */
  readonly checkout: string;
  readonly ferry: FerryVariables;
  /** The manifest's env, below the stage's and the step's. */
  readonly manifestEnv?: EnvMap;
  readonly stageEnv?: EnvMap;
  /** Secret values by name: `{ secret }` env values read them, and every value is redacted from output. */
  readonly secrets?: Readonly<Record<string, string>>;
  /** Upper bound for this step in ms (what is left of the stage), combined with the step's own timeout. */
  readonly timeoutMs?: number;
  /** Aborting cancels the step; a command's whole process tree is killed. */
  readonly signal?: AbortSignal;
  /** Each redacted output line as it arrives. */
  readonly onLine?: (line: string, stream: OutputStream) => void;
  /** Each command's process group as it starts, for crash recovery (`stage-records.ts`). */
  readonly onSpawn?: (pgid: number) => void;
}

/** Settings shared by every step an executor runs. */
export interface StepExecutorOptions {
  /** Time between SIGTERM and SIGKILL for a process tree being stopped. Default 5 s. */
  readonly killGraceMs?: number;
  /** How much output a result keeps (its tail). Default 64 KiB. */
  readonly outputLimitBytes?: number;
  /** Variables every command starts from. Default: PATH, HOME and LANG of this process. */
  readonly baseEnv?: Readonly<Record<string, string>>;
}

const DEFAULT_KILL_GRACE_MS = 5_000;
const DEFAULT_OUTPUT_LIMIT = 64 * 1024;

/** Executes single steps; one instance can serve many steps and stages. */
export class StepExecutor {
  private readonly killGraceMs: number;
  private readonly outputLimit: number;
  private readonly baseEnv: Readonly<Record<string, string>>;

  constructor(options: StepExecutorOptions = {}) {
    this.killGraceMs = options.killGraceMs ?? DEFAULT_KILL_GRACE_MS;
    this.outputLimit = options.outputLimitBytes ?? DEFAULT_OUTPUT_LIMIT;
    this.baseEnv = options.baseEnv ?? safeBaseEnv(process.env);
  }

  /** Runs one step. Never throws for the step's own failures: they come back as a result. */
  async run(step: Step, context: StepContext): Promise<StepResult> {
    const startedAt = performance.now();
    const secrets = Object.values(context.secrets ?? {});
    const output = new OutputCapture(this.outputLimit, secrets, context.onLine);
    let outcome: StepOutcome;
    try {
      if (context.signal?.aborted) outcome = { status: "failed", message: "cancelled before it started" };
      else if (step.kind === "command") outcome = await this.command(step, context, output);
      else if (step.kind === "http-check") outcome = await httpCheckStep(step, context, output);
      else outcome = await artifactStep(step, context, output);
    } catch (error) {
      outcome = {
        status: "failed",
        message: error instanceof StepSetupError ? error.message : `could not run step: ${(error as Error).message}`,
      };
    }
    output.end();
    return {
      status: outcome.status,
      ...(outcome.exitCode === undefined ? {} : { exitCode: outcome.exitCode }),
      durationMs: Math.round(performance.now() - startedAt),
      message: redactText(outcome.message, secrets),
      output: output.text(),
    };
  }

  private async command(step: CommandStep, context: StepContext, output: OutputCapture): Promise<StepOutcome> {
    const env = layeredEnvironment(this.baseEnv, context, step.env);
    const cwd = insideCheckout(context.checkout, step.workingDirectory ?? ".", "working directory");
    if (!statSync(cwd, { throwIfNoEntry: false })?.isDirectory())
      throw new StepSetupError(`working directory ${step.workingDirectory ?? "."} does not exist in the checkout`);
    const limit = Math.min(
      step.timeoutSeconds === undefined ? Infinity : step.timeoutSeconds * 1000,
      context.timeoutMs ?? Infinity,
    );
    const timeoutMs = Number.isFinite(limit) ? limit : undefined;
    const run = (file: string, args: readonly string[]) =>
      commandProcess(file, args, {
        cwd,
        env,
        timeoutMs,
        signal: context.signal,
        killGraceMs: this.killGraceMs,
        onOutput: (stream, chunk) => output.write(stream, chunk),
        onSpawn: context.onSpawn,
      });
    if ("argv" in step.command) {
      const [file, ...args] = step.command.argv;
      return commandOutcome(await run(file, args), timeoutMs, output);
    }
    // The script goes to a file that its shell runs; ferry's values reach it only as variables, never spliced in.
    const prepared = await shellCommand(step.command.script, step.command.shell, { cwd, path: env["PATH"] });
    if (!prepared.ok) return { status: "failed", message: prepared.message };
    try {
      const ending = await run(prepared.script.file, prepared.script.args);
      const failedAt =
        ending.kind === "exited" && ending.code !== null && ending.code !== 0
          ? await prepared.script.failedAt(ending.code)
          : undefined;
      return commandOutcome(ending, timeoutMs, output, failedAt);
    } finally {
      await prepared.script.remove();
    }
  }
}

/** The result of a command: its exit code, where bash stopped it (`failedAt`), and the end of what it printed. */
function commandOutcome(
  ending: CommandEnding,
  timeoutMs: number | undefined,
  output: OutputCapture,
  failedAt?: string,
): StepOutcome {
  switch (ending.kind) {
    case "not-started":
      return { status: "failed", message: `could not start ${JSON.stringify(ending.file)}: ${ending.error.message}` };
    case "timed-out":
      return { status: "timed-out", message: `timed out after ${preciseDuration(timeoutMs ?? 0)}` };
    case "cancelled":
      return { status: "failed", message: "cancelled" };
    case "exited": {
      const { code } = ending;
      if (code === 0) return { status: "succeeded", exitCode: 0, message: "exit code 0" };
      const tail = output.failureTail();
      const what = failedAt ?? (code === null ? `killed by ${ending.signal ?? "a signal"}` : `exit code ${code}`);
      return {
        status: "failed",
        ...(code === null ? {} : { exitCode: code }),
        message: tail ? `${what}: ${tail}` : what,
      };
    }
  }
}

/** How a step ended, before its duration and output are added. */
export type StepOutcome = Omit<StepResult, "durationMs" | "output">;
