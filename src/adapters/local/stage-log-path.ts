import { join } from "node:path";

/** One stage attempt, as its log file is named. */
export interface StageLogName {
  readonly runId: number;
  readonly attempt: number;
  readonly stage: string;
}

/** What a file name cannot hold is replaced; deployment and stage names never need it (the schema's patterns). */
const safe = (text: string) => text.replace(/[^A-Za-z0-9._-]/g, "_");

/**
 * Where local mode keeps a stage attempt's log: `<logs>/<deployment>/<run>-<attempt>-<stage>.log`.
 * A folder per deployment keeps each deployment's logs its own: in one flat folder,
 * `web-1-1-1-install.log` (deployment `web-1`) also read as a log of `web`'s run 1.
 */
export function stageLogPath(logs: string, deployment: string, name: StageLogName): string {
  return join(deploymentLogDir(logs, deployment), `${safe(`${name.runId}-${name.attempt}-${name.stage}`)}.log`);
}

/** The folder of one deployment's stage logs. */
export function deploymentLogDir(logs: string, deployment: string): string {
  return join(logs, safe(deployment));
}

/** A file name of `deploymentLogDir` read back; undefined for anything else. The stage is as `safe` left it. */
export function parseStageLogName(file: string): StageLogName | undefined {
  const match = /^([0-9]+)-([0-9]+)-(.+)\.log$/.exec(file);
  if (!match?.[3]) return undefined;
  return { runId: Number(match[1]), attempt: Number(match[2]), stage: match[3] };
}
