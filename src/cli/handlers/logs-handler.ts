import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { deploymentLogDir, parseStageLogName, stageLogPath } from "../../adapters/local/stage-log-path.ts";
import { StageRecords } from "../../adapters/local/stage-records.ts";
import type { StageResult } from "../../core/deployment-state.ts";
import { CliFailure, type CliIo } from "../cli-io.ts";
import { LocalSession } from "../local/local-session.ts";

export interface LogsOptions {
  readonly run?: number;
  readonly stage?: string;
  readonly failed?: boolean;
}

/** One stage attempt's log file, with what the state file says about it (when it still says). */
interface StageLog {
  readonly stage: string;
  readonly attempt: number;
  readonly file: string;
  readonly result?: StageResult;
}

const FAILED = new Set(["failed", "timed-out"]);

/**
 * What `ferry logs` runs. The log files are the record (`<deployment>/<run>-<attempt>-<stage>.log`,
 * written by the local runner); the state file adds each attempt's status, for `--failed` and the
 * headers, while it still holds that run's stages (it keeps the last 50).
 */
export async function logsHandler(io: CliIo, repo: string, deployment: string, options: LogsOptions): Promise<void> {
  return LocalSession.using(repo, io, undefined, async (session) => {
    await session.requireDeployment(deployment);
    const read = (await session.store.read([deployment])).deployments.get(deployment);
    const state = read?.kind === "ok" ? read.state : undefined;
    const run = options.run ?? state?.run?.id;
    if (run === undefined) throw new CliFailure(`${deployment} has no runs yet`);
    const dir = join((await StageRecords.open(repo)).ferryDir, "logs");
    const results = (state?.stages ?? []).filter((s) => s.runId === run);
    let logs = logFiles(dir, deployment, run, results);
    if (logs.length === 0)
      throw new CliFailure(`no logs of run ${run} of ${deployment} in ${deploymentLogDir(dir, deployment)}`);
    if (options.stage !== undefined) {
      const stages = [...new Set(logs.map((l) => l.stage))];
      logs = logs.filter((l) => l.stage === options.stage);
      if (logs.length === 0)
        throw new CliFailure(
          `run ${run} of ${deployment} has no log of stage ${JSON.stringify(options.stage)}; it has ${stages.join(", ")}`,
        );
    }
    if (options.failed) {
      logs = logs.filter((l) => l.result && FAILED.has(l.result.status));
      if (logs.length === 0) return io.out(`no stage of run ${run} of ${deployment} failed`);
    }
    for (const log of logs) {
      const status = log.result ? `, ${log.result.status}` : "";
      io.out(`==> ${log.stage} (run ${run}, attempt ${log.attempt}${status}) <==`);
      const text = readFileSync(log.file, "utf8");
      if (text.length > 0) io.out(text);
    }
  });
}

/** The run's log files in the order the stages ran: the state file's order, else the files' times. */
function logFiles(logs: string, deployment: string, run: number, results: readonly StageResult[]): StageLog[] {
  // The deployment's own folder: nothing in it belongs to another deployment (stage-log-path.ts).
  const dir = deploymentLogDir(logs, deployment);
  if (!existsSync(dir)) return [];
  const found = readdirSync(dir).flatMap((name) => {
    const parsed = parseStageLogName(name);
    if (parsed?.runId !== run) return [];
    const { attempt, stage } = parsed;
    const file = join(dir, name);
    // The attempt the runner wrote this file for: named by the runner's own function.
    const result = results.find((r) => stageLogPath(logs, deployment, r) === file);
    return [{ stage: result?.stage ?? stage, attempt, file, result, mtime: statSync(file).mtimeMs }];
  });
  const order = (log: (typeof found)[number]) => {
    const index = log.result ? results.indexOf(log.result) : -1;
    return index >= 0 ? index : results.length;
  };
  return found
    .sort((a, b) => order(a) - order(b) || a.attempt - b.attempt || a.mtime - b.mtime)
    .map(({ stage, attempt, file, result }) => (result ? { stage, attempt, file, result } : { stage, attempt, file }));
}
