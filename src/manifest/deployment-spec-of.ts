import type { Lifecycle } from "../core/lifecycle.ts";
import type { DeploymentSpec, StageRunsOn } from "../ports/deployment-catalog.ts";
import type { FleetPolicy } from "../core/fleet-state.ts";
import type { Manifest, RunsOn, Strategy } from "./manifest.ts";
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
    ...(manifest.environmentUrl === undefined ? {} : { environmentUrl: manifest.environmentUrl }),
    runsOn: stageRunsOnOf(manifest),
    secretValues,
    ...(manifest.promotion === undefined ? {} : { promotion: manifest.promotion }),
    ...(manifest.strategy?.fleet === true ? { fleet: fleetPolicyOf(manifest.strategy) } : {}),
  };
}

/**
 * Each stage's `runs-on` by the name the lifecycle dispatches it under. With a `type`, the
 * variant `<type>.<stage>` is the stage that runs (the stage command picks it too), so its
 * `runs-on`, or the deployment's, applies, never the plain stage's.
 */
function stageRunsOnOf(manifest: Manifest): StageRunsOn {
  const stages: Record<string, RunsOn> = {};
  for (const [key, stage] of Object.entries(manifest.stages)) {
    const dot = key.indexOf(".");
    if (dot >= 0 && key.slice(0, dot) !== manifest.type) continue;
    if (dot < 0 && manifest.type !== undefined && Object.hasOwn(manifest.stages, `${manifest.type}.${key}`)) continue;
    stages[key.slice(dot + 1)] = stage.runsOn ?? manifest.runsOn;
  }
  return { default: manifest.runsOn, stages };
}

/** The fleet machines' policy: the strategy without what only the manifest reads. */
function fleetPolicyOf(strategy: Strategy): FleetPolicy {
  const { batchSize, failureThreshold, autoRollback, degraded } = strategy;
  return { batchSize, failureThreshold, autoRollback, degraded };
}
