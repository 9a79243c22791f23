/**
 * The local StageRunner: stages as child processes in throw-away git worktrees, for `ferry` on a
 * plain repository with no GitHub at all.
 */
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import type { FerryEvent, StageEventType } from "../../core/ferry-event.ts";
import type { Manifest, Stage } from "../../manifest/manifest.ts";
import { stageSecretNames } from "../../manifest/stage-secret-names.ts";
import type { Clock } from "../../ports/clock.ts";
import { silentLogger, type Logger } from "../../ports/logger.ts";
import type { StageCancel, StageRequest, StageRunner, StageStart } from "../../ports/stage-runner.ts";
import { GitObjectReader } from "./git-object-reader.ts";
import { prepareStage, type PreparedStage } from "./prepare-stage.ts";
import { stageLogPath } from "./stage-log-path.ts";
import { StageLogWriter } from "./stage-log-writer.ts";
import { StageRecords } from "./stage-records.ts";
import { stageWorktree } from "./stage-worktree.ts";
import { StageExecutor, type OutputSource, type StageResult, type StepProgress } from "./stage-executor.ts";
import { StepExecutor } from "./step-executor.ts";

/**
 * An event for one deployment: the engine's `DeploymentEvent`, restated so that this adapter does
 * not import the engine above it. `Engine.submit` fits `submit` as it is.
 */
export interface DeploymentEvent {
  readonly deployment: string;
  readonly event: FerryEvent;
}

/** What a ProcessRunner needs: the repository, the manifests and where its events go. */
export interface ProcessRunnerOptions {
  /** The repository whose versions the stages run at; its working tree is never touched. */
  readonly repo: string;
  /** Resolves a stage's version to a commit; a session passes the one it reads with. Default: one of its own. */
  readonly reader?: GitObjectReader;
  /** The manifest in force at a version, or undefined when the deployment has none there. */
  readonly manifests: (version: string, deployment: string) => Promise<Manifest | undefined>;
  /** Where stage events go: the engine's `submit`. */
  readonly submit: (events: DeploymentEvent[]) => Promise<unknown>;
  readonly clock: Clock;
  readonly log?: Logger;
  /** Where each stage's log file goes. Default: `<repo>/.git/ferry/logs`. */
  readonly logDir?: string;
  /** Every redacted output line, e.g. for the terminal. */
  readonly onOutput?: (line: string, source: RunOutputSource) => void;
  /** Each step's start and end, e.g. for a step list on the terminal. */
  readonly onStep?: (progress: StepProgress, source: StageSource) => void;
  /** A stage's end, however it ended (`result` is absent when it could not run at all), e.g. to close its step list. */
  readonly onStageEnd?: (source: StageSource, result: StageResult | undefined) => void;
  /** A secret's value by name. Default: this process's environment variable of that name. */
  readonly secrets?: (name: string) => string | undefined;
  /** Time between SIGTERM and SIGKILL when a stage is timed out or cancelled. Default 5 s. */
  readonly killGraceMs?: number;
}

/** Which stage attempt a step or an end belongs to. */
export interface StageSource {
  readonly deployment: string;
  readonly stage: string;
  readonly runId: number;
  readonly attempt: number;
}

/** Where a line of output came from, across stages. */
export interface RunOutputSource extends OutputSource {
  readonly deployment: string;
  readonly stage: string;
}

interface Running {
  readonly key: string;
  readonly request: StageRequest;
  readonly controller: AbortController;
  /** Settles when the stage's processes are gone; `cancel` waits for this, not for `done`. */
  readonly stopped: Promise<void>;
}

/**
 * Runs stages as local child processes, each in a fresh detached git worktree at the requested
 * version, and reports the result to the engine as `stage.succeeded`, `stage.failed` or
 * `stage.timed-out` (a start is no lifecycle move and is not reported). A cancelled stage reports nothing more: the engine
 * cancelled it because the deployment moved on, so a late result would only be refused as stale.
 */
export class ProcessRunner implements StageRunner {
  private readonly log: Logger;
  private readonly stages: StageExecutor;
  private readonly running = new Map<string, Running>();
  /** Starts and runs in flight; `idle` waits for all of them. */
  private readonly work = new Set<Promise<unknown>>();
  private logDir: string | undefined;
  private records: Promise<StageRecords> | undefined;
  private readonly reader: GitObjectReader;

  constructor(private readonly options: ProcessRunnerOptions) {
    this.log = options.log ?? silentLogger;
    this.reader = options.reader ?? new GitObjectReader(options.repo);
    this.logDir = options.logDir;
    this.stages = new StageExecutor(
      new StepExecutor(options.killGraceMs === undefined ? {} : { killGraceMs: options.killGraceMs }),
    );
  }

  /**
   * Checks the manifest, stage and version, adds a detached worktree at the version and returns
   * at once with the run key and the log file's URL; the stage then runs in the background.
   */
  start(request: StageRequest): Promise<StageStart> {
    return this.track(this.dispatch(request));
  }

  /** Kills the process tree of the stage if it is running here, and waits until it is gone. */
  async cancel(request: StageCancel): Promise<void> {
    const run =
      (request.externalId ? this.running.get(request.externalId) : undefined) ?? this.running.get(runKey(request));
    if (!run) return;
    this.log.info(
      {
        deployment: run.request.deployment,
        stage: run.request.stage,
        runId: run.request.runId,
        attempt: run.request.attempt,
      },
      "cancelling local stage",
    );
    run.controller.abort();
    await run.stopped;
  }

  /** Resolves once no stage is starting or running, including stages that finished runs started. */
  async idle(): Promise<void> {
    while (this.work.size > 0) await Promise.allSettled([...this.work]);
  }

  private async dispatch(request: StageRequest): Promise<StageStart> {
    const key = runKey(request);
    if (this.running.has(key))
      return { ok: true, externalId: key, url: pathToFileURL(await this.logFile(request)).href };
    if (request.version.startsWith("-"))
      return { ok: false, message: `invalid version ${JSON.stringify(request.version)}` };
    const preparing = await prepareStage(request, key, {
      repo: this.options.repo,
      commit: (version) => this.reader.commit(version),
      manifests: this.options.manifests,
      clock: this.options.clock,
      logFile: () => this.logFile(request),
      records: () => this.stageRecords(),
    }).catch((error: unknown) => ({ ok: false, message: (error as Error).message }) as const);
    if (!preparing.ok) return preparing;
    const { prepared } = preparing;
    let markStopped = () => {};
    const run: Running = {
      key,
      request,
      controller: new AbortController(),
      stopped: new Promise<void>((r) => (markStopped = r)),
    };
    this.running.set(key, run);
    void this.track(
      this.execute(run, prepared, markStopped)
        .catch((error: unknown) =>
          this.log.error(
            { err: error, deployment: request.deployment, stage: request.stage },
            "local stage runner failed",
          ),
        )
        .finally(() => {
          markStopped();
          this.running.delete(key);
          // Only now: a ferry that dies before the result is submitted must leave the stage to recovery.
          prepared.records.remove(key);
        }),
    );
    return { ok: true, externalId: key, url: pathToFileURL(prepared.logFile).href };
  }

  private async execute(run: Running, prepared: PreparedStage, markStopped: () => void): Promise<void> {
    const { request } = run;
    const { manifest, stage, checkout, logFile, sha, records } = prepared;
    let record = prepared.record;
    const links = { externalId: run.key, url: pathToFileURL(logFile).href };
    const event = (type: StageEventType, message?: string): DeploymentEvent => ({
      deployment: request.deployment,
      event: {
        type,
        id: `${run.key}:${type.slice("stage.".length)}`,
        at: this.options.clock.now(),
        actor: "ferry",
        cause: "runner",
        stage: {
          runId: request.runId,
          attempt: request.attempt,
          stage: request.stage,
          ...links,
          ...(message === undefined ? {} : { message }),
        },
      },
    });
    // No `stage.started`: a start is no lifecycle move, so it costs no state commit. The terminal
    // shows the steps as they run (`onStep`), and the result carries the run key and the log link.
    const log = new StageLogWriter(logFile, this.log);
    let result: StageResult | undefined;
    const source: StageSource = {
      deployment: request.deployment,
      stage: request.stage,
      runId: request.runId,
      attempt: request.attempt,
    };
    try {
      log.line(
        `ferry: ${request.deployment} stage ${request.stage} at ${request.version} (run ${request.runId}, attempt ${request.attempt}) in ${checkout}`,
      );
      const remaining = Date.parse(request.deadline) - Date.parse(this.options.clock.now());
      const bounds = [
        stage.timeoutSeconds === undefined ? Infinity : stage.timeoutSeconds * 1000,
        Number.isNaN(remaining) ? Infinity : Math.max(0, remaining),
      ];
      const timeoutMs = Math.min(...bounds);
      result = await this.stages.run(stage, {
        checkout,
        ferry: {
          deployment: request.deployment,
          stage: request.stage,
          version: sha,
          runId: request.runId,
          attempt: request.attempt,
        },
        manifestEnv: manifest.env,
        secrets: this.secretValues(manifest, stage),
        signal: run.controller.signal,
        ...(Number.isFinite(timeoutMs) ? { timeoutMs } : {}),
        onSpawn: (pgid) => {
          record = records.addGroup(record, pgid);
        },
        onStep: (progress) => {
          log.step(progress);
          this.options.onStep?.(progress, source);
        },
        onLine: (line, source) => {
          log.line(line);
          this.options.onOutput?.(line, { ...source, deployment: request.deployment, stage: request.stage });
        },
      });
    } finally {
      markStopped();
      try {
        this.options.onStageEnd?.(source, result);
      } catch {
        // Showing progress must not break the stage.
      }
      await log.close(result?.summary);
      await stageWorktree.remove(this.options.repo, checkout, this.log);
    }
    if (!result) return;
    if (run.controller.signal.aborted) {
      this.log.info({ deployment: request.deployment, stage: request.stage }, "local stage cancelled");
      return;
    }
    const type =
      result.status === "succeeded"
        ? "stage.succeeded"
        : result.status === "timed-out"
          ? "stage.timed-out"
          : "stage.failed";
    this.log.info(
      { deployment: request.deployment, stage: request.stage, status: result.status, durationMs: result.durationMs },
      result.message,
    );
    await this.options.submit([event(type, result.message)]);
  }

  /** Values of the declared secrets and of every `{ secret }` the stage reads, for env and redaction. */
  private secretValues(manifest: Manifest, stage: Stage): Record<string, string> {
    const names = stageSecretNames(manifest, stage);
    const lookup = this.options.secrets ?? ((name: string) => process.env[name]);
    const values: Record<string, string> = {};
    for (const name of names) {
      const value = lookup(name);
      if (value !== undefined) values[name] = value;
    }
    return values;
  }

  /** `.git/ferry/running/`: one record per stage in flight, for the command after a crash. */
  stageRecords(): Promise<StageRecords> {
    this.records ??= StageRecords.open(this.options.repo);
    return this.records;
  }

  private async logFile(request: StageRequest): Promise<string> {
    this.logDir ??= join((await this.stageRecords()).ferryDir, "logs");
    const file = stageLogPath(this.logDir, request.deployment, request);
    await mkdir(dirname(file), { recursive: true });
    return file;
  }

  private track<T>(promise: Promise<T>): Promise<T> {
    this.work.add(promise);
    void promise.finally(() => this.work.delete(promise)).catch(() => undefined);
    return promise;
  }
}

/** The run key: the external id of a local stage, and the prefix of its event ids. */
function runKey(request: {
  readonly deployment: string;
  readonly runId: number;
  readonly attempt: number;
  readonly stage: string;
}): string {
  return `local:${request.deployment}:${request.runId}:${request.attempt}:${request.stage}`;
}
