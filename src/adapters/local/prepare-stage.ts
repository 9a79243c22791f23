import { rm } from "node:fs/promises";
import { manifestStage } from "../../manifest/manifest-stage.ts";
import type { Manifest, Stage } from "../../manifest/manifest.ts";
import type { Clock } from "../../ports/clock.ts";
import type { StageRequest } from "../../ports/stage-runner.ts";
import type { StageRecord, StageRecords } from "./stage-records.ts";
import { stageWorktree } from "./stage-worktree.ts";

/** A stage ready to run: its manifest and stage at the resolved commit, checked out, and recorded. */
export interface PreparedStage {
  readonly manifest: Manifest;
  readonly stage: Stage;
  readonly checkout: string;
  readonly logFile: string;
  /** The version resolved to a commit: what `FERRY_VERSION` says. */
  readonly sha: string;
  readonly records: StageRecords;
  readonly record: StageRecord;
}

/** What preparing a stage reads and writes. */
export interface PrepareStageDeps {
  readonly repo: string;
  /** The commit a version names, asked of git now; undefined when it names none. */
  readonly commit: (version: string) => Promise<string | undefined>;
  readonly manifests: (version: string, deployment: string) => Promise<Manifest | undefined>;
  readonly clock: Clock;
  readonly logFile: () => Promise<string>;
  readonly records: () => Promise<StageRecords>;
}

/**
 * Resolves the requested version to a commit, finds the manifest and stage in force there, records the stage
 * for crash recovery and checks the commit out into a new worktree. A refusal says why, for the stage's result.
 */
export async function prepareStage(
  request: StageRequest,
  key: string,
  deps: PrepareStageDeps,
): Promise<{ readonly ok: true; readonly prepared: PreparedStage } | { readonly ok: false; readonly message: string }> {
  const sha = await deps.commit(request.version);
  if (sha === undefined) return { ok: false, message: `version ${request.version} is not a commit of ${deps.repo}` };
  const manifest = await deps.manifests(sha, request.deployment);
  if (!manifest)
    return { ok: false, message: `no manifest for deployment ${request.deployment} at ${request.version}` };
  const stage = manifestStage(manifest, request.stage);
  if (!stage)
    return {
      ok: false,
      message: `${manifest.file} has no stage ${request.stage}${manifest.type ? ` (nor ${manifest.type}.${request.stage})` : ""}`,
    };
  const logFile = await deps.logFile();
  const records = await deps.records();
  const checkout = await stageWorktree.folder();
  // Recorded before the worktree exists: a ferry killed from here on leaves a trail for the next command.
  const record: StageRecord = {
    key,
    deployment: request.deployment,
    stage: request.stage,
    runId: request.runId,
    attempt: request.attempt,
    worktree: checkout,
    ownerPid: process.pid,
    processGroups: [],
    startedAt: deps.clock.now(),
  };
  records.write(record);
  const added = await stageWorktree.add(deps.repo, checkout, sha);
  if (!added.ok) {
    await rm(checkout, { recursive: true, force: true });
    records.remove(key);
    return { ok: false, message: `could not check out ${request.version}: ${added.message}` };
  }
  return { ok: true, prepared: { manifest, stage, checkout, logFile, sha, records, record } };
}
