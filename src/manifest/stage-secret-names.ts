import type { EnvMap, Manifest, Stage } from "./manifest.ts";

/**
 * The secrets a stage needs: those the manifest declares and every `{ secret }` its env, the stage's
 * and its command steps' read. A stage sees these and no other, and each value is redacted from its output.
 */
export function stageSecretNames(manifest: Manifest, stage: Stage): Set<string> {
  const names = new Set(manifest.secrets);
  const envs: EnvMap[] = [manifest.env, stage.env, ...stage.steps.map((s) => (s.kind === "command" ? s.env : {}))];
  for (const env of envs)
    for (const value of Object.values(env)) if (typeof value !== "string") names.add(value.secret);
  return names;
}
