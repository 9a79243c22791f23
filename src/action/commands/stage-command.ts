import { runGit } from "../../adapters/local/run-git.ts";
import { MIN_SECRET_LENGTH } from "../../core/redact.ts";
import { StageExecutor } from "../../adapters/local/stage-executor.ts";
import type { FerryVariables, StepStatus } from "../../adapters/local/step-executor.ts";
import { preciseDuration } from "../../core/human-time.ts";
import { ferryFileName } from "../../manifest/ferry-file-name.ts";
import { DEPLOYMENT_NAME_PATTERN, loadManifest } from "../../manifest/load-manifest.ts";
import type { Manifest, Stage } from "../../manifest/manifest.ts";
import { manifestStage } from "../../manifest/manifest-stage.ts";
import { stageSecretNames } from "../../manifest/stage-secret-names.ts";
import { formatSourceError } from "../../manifest/source-error.ts";
import type { ActionIO } from "../action-io.ts";
import { DEPLOYMENTS_DIR, LIFECYCLES_DIR, readFerryDir } from "../ferry-files.ts";
import { loadRepoLifecycles } from "../../manifest/load-repo-lifecycles.ts";

/** What `command: stage` did; `result` is also the step's `result` output. */
export interface StageCommandOutcome {
  readonly result: StepStatus;
  readonly durationMs: number;
  readonly message: string;
}

export interface StageCommandOptions {
  readonly executor?: StageExecutor;
  /** Aborted when the workflow run is cancelled: the stage's processes are stopped. */
  readonly signal?: AbortSignal;
}

/** The stage cannot even start: bad inputs, a missing or invalid manifest, the wrong checkout. */
class StageSetupFailure extends Error {
  override readonly name = "StageSetupFailure";
}

const SHA = /^[0-9a-f]{7,64}$/i;

const BAD_SECRETS_INPUT = "input secrets must be the JSON of the secrets context (`${{ toJSON(secrets) }}`)";

/**
 * `command: stage` — runs one stage of `.ferry/deployments/<deployment>.yml` (or `.yaml`) from the checked-out
 * repository (GITHUB_WORKSPACE), which must be at `version`: the workflow checks that version out,
 * so the manifest and scripts that run are the ones being deployed. Output is streamed with
 * workflow commands disabled (it may echo a branch name or PR title), the Markdown summary goes to
 * the job summary, outputs `result` and `duration-ms` are set, and the step fails unless the
 * stage succeeded. ferry learns the result from the workflow run's conclusion.
 */
export async function stageCommand(io: ActionIO, options: StageCommandOptions = {}): Promise<StageCommandOutcome> {
  let prepared: Prepared;
  try {
    prepared = await prepare(io);
  } catch (error) {
    if (!(error instanceof StageSetupFailure)) throw error;
    return finish(
      io,
      { result: "failed", durationMs: 0, message: error.message },
      `### ❌ ferry: could not run the stage\n\n${error.message}\n`,
    );
  }
  const { manifest, stage, ferry, secrets } = prepared;
  // Two spellings of one name (`API_KEY`, `api_key`) hold one value: mask it once.
  for (const value of new Set(Object.values(secrets))) mask(io, value);
  io.info(
    `ferry: stage ${ferry.stage} of ${ferry.deployment} at ${ferry.version}, run ${ferry.runId} attempt ${ferry.attempt}, from ${manifest.file}`,
  );
  let endUntrusted: (() => void) | undefined;
  const total = stage.steps.length;
  const result = await (options.executor ?? new StageExecutor()).run(stage, {
    checkout: io.workspace(),
    ferry,
    manifestEnv: manifest.env,
    secrets,
    ...(options.signal ? { signal: options.signal } : {}),
    onLine: (line) => io.info(line),
    onStep: (progress) => {
      if (progress.phase === "start") {
        io.startGroup(`${progress.index + 1}/${total} ${progress.step.name}`);
        endUntrusted = io.beginUntrusted();
        return;
      }
      endUntrusted?.();
      endUntrusted = undefined;
      io.info(
        `${progress.result.status} in ${preciseDuration(progress.result.durationMs)}: ${oneLine(progress.result.message)}`,
      );
      io.endGroup();
    },
  });
  return finish(io, { result: result.status, durationMs: result.durationMs, message: result.message }, result.summary);
}

interface Prepared {
  readonly manifest: Manifest;
  readonly stage: Stage;
  readonly ferry: FerryVariables;
  readonly secrets: Readonly<Record<string, string>>;
}

async function prepare(io: ActionIO): Promise<Prepared> {
  const deployment = io.input("deployment");
  if (!DEPLOYMENT_NAME_PATTERN.test(deployment))
    throw new StageSetupFailure(
      `input deployment must be a deployment name (lowercase letters, digits and dashes), not ${JSON.stringify(deployment)}`,
    );
  const stageName = io.input("stage");
  if (stageName === "") throw new StageSetupFailure("input stage is required");
  const runId = positive(io.input("run-id"), "run-id");
  const attempt = positive(io.input("attempt"), "attempt");
  const workspace = io.workspace();
  const version = await checkedOutVersion(io, workspace, io.input("version"));

  const found = (await readFerryDir(workspace, DEPLOYMENTS_DIR)).filter((f) => ferryFileName(f.path) === deployment);
  if (found.length > 1)
    throw new StageSetupFailure(
      `${found.map((f) => f.path).join(" and ")} both declare ${deployment} at ${version}; keep one file`,
    );
  const file = found[0]?.path ?? `${DEPLOYMENTS_DIR}/${deployment}.yml`;
  const text = found[0]?.text;
  if (text === undefined) throw new StageSetupFailure(`${file} does not exist at ${version}`);
  const lifecycles = loadRepoLifecycles(await readFerryDir(workspace, LIFECYCLES_DIR));
  const loaded = loadManifest(text, file, { knownLifecycles: lifecycles.known });
  if (!loaded.ok) {
    for (const e of loaded.errors)
      io.error(e.message, { title: "ferry manifest", file: e.file, startLine: e.line, startColumn: e.column });
    throw new StageSetupFailure(
      `${file} is invalid at ${version}:\n${loaded.errors.map(formatSourceError).join("\n")}`,
    );
  }
  const manifest = loaded.manifest;
  const stage = manifestStage(manifest, stageName);
  if (!stage)
    throw new StageSetupFailure(
      `${file} has no stage ${stageName}${manifest.type ? ` (nor ${manifest.type}.${stageName})` : ""} at ${version}`,
    );
  return {
    manifest,
    stage,
    ferry: { deployment, stage: stageName, version, runId, attempt },
    secrets: secretValues(io, manifest, stage),
  };
}

/**
 * The version the stage deploys, confirmed against the checkout: running another commit's
 * scripts under this version's name would record a deployment that did not happen.
 */
async function checkedOutVersion(io: ActionIO, workspace: string, wanted: string): Promise<string> {
  if (wanted !== "" && !SHA.test(wanted))
    throw new StageSetupFailure(`input version must be a commit sha, not ${JSON.stringify(wanted)}`);
  const head = await runGit(workspace, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], { check: false }).catch(
    () => undefined,
  );
  const sha = head?.code === 0 ? head.stdout.trim() : undefined;
  if (sha === undefined) {
    if (wanted === "") throw new StageSetupFailure(`input version is required when ${workspace} is not a git checkout`);
    io.warning(`could not read the checked-out commit in ${workspace}; trusting that it is ${wanted}`);
    return wanted;
  }
  if (wanted !== "" && !sha.toLowerCase().startsWith(wanted.toLowerCase())) {
    throw new StageSetupFailure(
      `the workspace is at ${sha} but the stage deploys ${wanted}: check out the version first (actions/checkout with \`ref: \${{ inputs.version }}\`)`,
    );
  }
  return wanted === "" ? sha : wanted;
}

/**
 * The secrets the stage needs: those the manifest declares and every `{ secret }` its env reads.
 * Each comes from the `secrets` input (`${{ toJSON(secrets) }}`: the job environment's and the
 * repository's secrets), else from the step's environment (`env:` in the workflow). Nothing else
 * of the secrets context is kept, so a stage never sees secrets its manifest does not name.
 */
function secretValues(io: ActionIO, manifest: Manifest, stage: Stage): Record<string, string> {
  const names = stageSecretNames(manifest, stage);
  const given = secretsInput(io);
  const values: Record<string, string> = {};
  for (const name of names) {
    const value = given(name) ?? io.env(name);
    if (value !== undefined) values[name] = value;
    else
      io.warning(
        `secret ${name} is not set: add it to the job's environment (or the repository) and pass \`secrets: \${{ toJSON(secrets) }}\` to the action`,
      );
  }
  return values;
}

/**
 * Looks secrets up in the `secrets` input. GitHub secret names are case-insensitive and the
 * context spells them upper-case, so a manifest's `db_password` finds `DB_PASSWORD`.
 */
function secretsInput(io: ActionIO): (name: string) => string | undefined {
  const text = io.input("secrets");
  if (text === "") return () => undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Never quote the input: it is every secret of the job.
    throw new StageSetupFailure(BAD_SECRETS_INPUT);
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed))
    throw new StageSetupFailure(BAD_SECRETS_INPUT);
  const byName = new Map<string, string>();
  for (const [key, value] of Object.entries(parsed))
    if (typeof value === "string") byName.set(key.toUpperCase(), value);
  return (name) => byName.get(name.toUpperCase());
}

/**
 * Asks the runner to mask a secret. The job log is masked line by line, so a multi-line secret
 * (a PEM key) is masked per line too, as ferry redacts it; short lines are left, as there.
 */
function mask(io: ActionIO, value: string): void {
  if (value === "") return;
  io.mask(value);
  if (!/[\r\n]/.test(value)) return;
  for (const line of new Set(value.split(/[\r\n]+/).map((l) => l.trim())))
    if (line.length >= MIN_SECRET_LENGTH) io.mask(line);
}

function positive(text: string, name: string): number {
  if (!/^[1-9][0-9]{0,14}$/.test(text))
    throw new StageSetupFailure(`input ${name} must be a positive whole number, not ${JSON.stringify(text)}`);
  return Number(text);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, " ");
}

async function finish(io: ActionIO, outcome: StageCommandOutcome, summary: string): Promise<StageCommandOutcome> {
  io.output("result", outcome.result);
  io.output("duration-ms", String(outcome.durationMs));
  if (!(await io.summary(summary)))
    io.info("no job summary file (GITHUB_STEP_SUMMARY is not set); the summary is not written");
  if (outcome.result !== "succeeded")
    io.fail(outcome.result === "timed-out" ? `stage timed out: ${outcome.message}` : outcome.message);
  else io.info(outcome.message);
  return outcome;
}
