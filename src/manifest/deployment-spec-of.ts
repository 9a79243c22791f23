import type { Lifecycle } from "../core/lifecycle.ts";
import type { DeploymentSpec } from "../ports/deployment-catalog.ts";
import type { Manifest } from "./manifest.ts";
import { lifecycleFor, transitionContextOf } from "./transition-context-of.ts";

/**
 * What the engine needs from a loaded manifest. `secretValue` resolves a declared secret's name
 * to its value where the caller can (local mode: the environment), so it is redacted everywhere.
 */
export function deploymentSpecOf(
  manifest: Manifest,
  lifecycle: Lifecycle,
  secretValue: (name: string) => string | undefined = () => undefined,
): DeploymentSpec {
  const names = new Set(manifest.secrets);
  for (const value of Object.values(manifest.env)) if (typeof value === "object") names.add(value.secret);
  const secretValues = [...names].map(secretValue).filter((v): v is string => typeof v === "string" && v.length > 0);
  return {
    name: manifest.name,
    lifecycle: lifecycleFor(lifecycle, manifest),
    context: transitionContextOf(manifest),
    environment: manifest.environment,
    secretValues,
    ...(manifest.promotion === undefined ? {} : { promotion: manifest.promotion }),
  };
}
