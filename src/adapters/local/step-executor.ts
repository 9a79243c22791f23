/**
 * Executes one manifest step: a command as a child process, an http check, or an artifact
 * download with its checksum. Shared by the local runner and the Action's `command: stage`, so
 * it depends only on node and the manifest's step types (plus the core's pure redaction).
 */
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream, statSync } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { dirname, isAbsolute, relative, resolve, sep } from "node:path";
import { pipeline } from "node:stream/promises";
import { setTimeout as delay } from "node:timers/promises";
import type { ArtifactStep, CommandStep, EnvMap, HttpCheckStep, Step } from "../../manifest/manifest.ts";
import { redactText } from "../../core/redact.ts";
import { OutputCapture, type OutputStream } from "./output-capture.ts";
import { commandProcess, type CommandEnding } from "./command-process.ts";
import { shellCommand } from "./shell-command.ts";

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

/** The only variables a command inherits from ferry's own environment, which may hold tokens. */
export const SAFE_ENV_NAMES = ["PATH", "HOME", "LANG"] as const;

/** A step that cannot even start: a missing secret, a path outside the checkout. Becomes a failed result. */
export class StepSetupError extends Error {
  override readonly name = "StepSetupError";
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
    let outcome: Outcome;
    try {
      if (context.signal?.aborted) outcome = { status: "failed", message: "cancelled before it started" };
      else if (step.kind === "command") outcome = await this.command(step, context, output);
      else if (step.kind === "http-check") outcome = await httpCheck(step, context, output);
      else outcome = await artifact(step, context, output);
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

  private async command(step: CommandStep, context: StepContext, output: OutputCapture): Promise<Outcome> {
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
): Outcome {
  switch (ending.kind) {
    case "not-started":
      return { status: "failed", message: `could not start ${JSON.stringify(ending.file)}: ${ending.error.message}` };
    case "timed-out":
      return { status: "timed-out", message: `timed out after ${formatDuration(timeoutMs ?? 0)}` };
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

/** The layered environment of a command: base < manifest < stage < step < `FERRY_*`. */
export function layeredEnvironment(
  base: Readonly<Record<string, string>>,
  context: StepContext,
  stepEnv: EnvMap = {},
): Record<string, string> {
  const env: Record<string, string> = { ...base };
  for (const layer of [context.manifestEnv, context.stageEnv, stepEnv]) {
    for (const [name, value] of Object.entries(layer ?? {})) {
      if (typeof value === "string") env[name] = value;
      else {
        const secret = context.secrets?.[value.secret];
        if (secret === undefined) throw new StepSetupError(`secret ${value.secret} (for ${name}) is not set`);
        env[name] = secret;
      }
    }
  }
  const { deployment, stage, version, runId, attempt } = context.ferry;
  return {
    ...env,
    FERRY_DEPLOYMENT: deployment,
    FERRY_STAGE: stage,
    FERRY_VERSION: version,
    FERRY_RUN_ID: String(runId),
    FERRY_ATTEMPT: String(attempt),
  };
}

/** PATH, HOME and LANG of an environment (PATH always set, so bash or sh and the usual tools are found). */
export function safeBaseEnv(from: NodeJS.ProcessEnv): Record<string, string> {
  const env: Record<string, string> = { PATH: "/usr/local/bin:/usr/bin:/bin" };
  for (const name of SAFE_ENV_NAMES) {
    const value = from[name];
    if (value !== undefined) env[name] = value;
  }
  return env;
}

type Outcome = Omit<StepResult, "durationMs" | "output">;

/** GET the URL until it answers the expected status, `retries + 1` attempts at most. */
async function httpCheck(step: HttpCheckStep, context: StepContext, output: OutputCapture): Promise<Outcome> {
  const { url, expectStatus, retries, intervalSeconds, timeoutSeconds } = step.check;
  const deadline = context.timeoutMs === undefined ? Infinity : Date.now() + context.timeoutMs;
  const attempts = retries + 1;
  let last = "";
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (context.signal?.aborted) return { status: "failed", message: "cancelled" };
    const budget = Math.min(timeoutSeconds * 1000, deadline - Date.now());
    if (budget <= 0)
      return {
        status: "timed-out",
        message: `timed out after ${attempt - 1} of ${attempts} attempts${last ? `; last: GET ${url} ${last}` : ""}`,
      };
    const answer = await bounded(budget, context.signal, async (signal) => {
      const response = await fetch(url, { signal, redirect: "follow" });
      await response.body?.cancel();
      return response.status;
    });
    if (context.signal?.aborted) return { status: "failed", message: "cancelled" };
    last = answer.ok
      ? `answered ${answer.value}`
      : answer.timedOut
        ? `gave no answer within ${formatDuration(budget)}`
        : `failed: ${describe(answer.error)}`;
    output.note(`attempt ${attempt}/${attempts}: GET ${url} ${last}`);
    if (answer.ok && answer.value === expectStatus)
      return { status: "succeeded", message: `GET ${url} answered ${expectStatus}` };
    // An abort ends the pause early; the loop then returns "cancelled".
    if (attempt < attempts)
      await delay(Math.min(intervalSeconds * 1000, Math.max(0, deadline - Date.now())), undefined, {
        signal: context.signal,
      }).catch(() => undefined);
  }
  return {
    status: "failed",
    message: `GET ${url} ${last}, expected ${expectStatus} (${attempts} attempt${attempts === 1 ? "" : "s"})`,
  };
}

/** Downloads to a temporary file beside the target, hashing while streaming; renames only on a match. */
async function artifact(step: ArtifactStep, context: StepContext, output: OutputCapture): Promise<Outcome> {
  const target = insideCheckout(context.checkout, step.path, "artifact path");
  await mkdir(dirname(target), { recursive: true });
  const temporary = `${target}.ferry-${randomBytes(6).toString("hex")}.part`;
  const hash = createHash("sha256");
  let bytes = 0;
  const download = await bounded(context.timeoutMs ?? Infinity, context.signal, async (signal) => {
    const response = await fetch(step.url, { signal, redirect: "follow" });
    if (!response.ok || !response.body) {
      await response.body?.cancel();
      return `GET ${step.url} answered ${response.status}`;
    }
    const body = response.body as unknown as AsyncIterable<Uint8Array>;
    const hashing = async function* (source: AsyncIterable<Uint8Array>) {
      for await (const chunk of source) {
        hash.update(chunk);
        bytes += chunk.byteLength;
        yield chunk;
      }
    };
    await pipeline(body, hashing, createWriteStream(temporary), { signal });
    return undefined;
  });
  const failure = !download.ok
    ? download.timedOut
      ? `download timed out`
      : context.signal?.aborted
        ? "cancelled"
        : `download failed: ${describe(download.error)}`
    : download.value;
  if (failure !== undefined) {
    await rm(temporary, { force: true });
    return { status: download.ok || !download.timedOut ? "failed" : "timed-out", message: `${failure} (${step.url})` };
  }
  const got = hash.digest("hex");
  const expected = step.sha256.toLowerCase();
  if (got !== expected) {
    await rm(temporary, { force: true });
    return { status: "failed", message: `checksum mismatch: expected ${expected} got ${got} (${step.url})` };
  }
  await rename(temporary, target);
  output.note(`downloaded ${step.url} to ${step.path} (${bytes} bytes, sha256 ${got})`);
  return { status: "succeeded", message: `${step.path}: sha256 ${got}` };
}

type Bounded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly timedOut: boolean; readonly error: unknown };

/** Runs `work` with a signal aborted after `ms` or when `outer` aborts; says which. */
async function bounded<T>(
  ms: number,
  outer: AbortSignal | undefined,
  work: (signal: AbortSignal) => Promise<T>,
): Promise<Bounded<T>> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = Number.isFinite(ms)
    ? setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, ms)
    : undefined;
  const onAbort = () => controller.abort();
  outer?.addEventListener("abort", onAbort, { once: true });
  try {
    return { ok: true, value: await work(controller.signal) };
  } catch (error) {
    return { ok: false, timedOut, error };
  } finally {
    clearTimeout(timer);
    outer?.removeEventListener("abort", onAbort);
  }
}

/** A path from the manifest, resolved in the checkout; `..` and absolute paths may not leave it. */
function insideCheckout(checkout: string, path: string, what: string): string {
  const full = resolve(checkout, path);
  const rel = relative(resolve(checkout), full);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
    throw new StepSetupError(`${what} ${JSON.stringify(path)} is outside the checkout`);
  return full;
}

/** fetch hides the reason (ECONNREFUSED) in `cause`. */
function describe(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  return cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error);
}

/** `850ms`, `1.2s`, `2m5s`: for messages and summaries. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 1 : 0).replace(/\.0$/, "")}s`;
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)}m${seconds % 60 === 0 ? "" : `${seconds % 60}s`}`;
}
