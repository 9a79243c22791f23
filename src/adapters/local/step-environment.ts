/**
 * The environment a command step starts with: only a few safe variables of ferry's own environment (which may hold
 * tokens), then the manifest's, the stage's and the step's `env`, then the `FERRY_*` variables.
 */
import type { EnvMap } from "../../manifest/manifest.ts";
import type { StepContext } from "./step-executor.ts";
import { StepSetupError } from "./step-setup-error.ts";

/** The only variables a command inherits from ferry's own environment, which may hold tokens. */
export const SAFE_ENV_NAMES = ["PATH", "HOME", "LANG"] as const;

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
