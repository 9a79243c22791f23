import { FLEET_STAGE } from "../core/fleet-tick.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import type { StageSettings, TransitionContext } from "../core/transition-context.ts";
import type { Manifest } from "./manifest.ts";

/**
 * What a manifest tells `transition()`: the guard inputs (`quick`, `type`, `allowDrop`,
 * `autoRollback`, the failure threshold), stage timeouts and retries, and timer durations.
 * `stages` is always present, even empty: the manifest names exactly the stages that exist,
 * and the core treats an absent map as "every stage is defined".
 */
export function transitionContextOf(manifest: Manifest): TransitionContext {
  const stages: Record<string, StageSettings> = {};
  for (const [name, stage] of Object.entries(manifest.stages)) {
    stages[name] = {
      ...(stage.timeoutSeconds === undefined ? {} : { timeoutSeconds: stage.timeoutSeconds }),
      retries: stage.retries,
      ...(stage.backoffSeconds === undefined ? {} : { backoffSeconds: stage.backoffSeconds }),
      ...(stage.onInterrupt === undefined ? {} : { onInterrupt: stage.onInterrupt }),
      ...(stage.approvalTimeoutSeconds === undefined ? {} : { approvalTimeoutSeconds: stage.approvalTimeoutSeconds }),
    };
  }
  // A fleet runs its rollout stage without steps: the stage exists, with no retries and no deadline unless the manifest sets them.
  if (manifest.strategy?.fleet === true && !Object.hasOwn(stages, FLEET_STAGE)) stages[FLEET_STAGE] = { retries: 0 };
  return {
    quick: manifest.quick,
    ...(manifest.type === undefined ? {} : { type: manifest.type }),
    allowDrop: manifest.scope.allowDrop,
    autoRollback: manifest.strategy?.autoRollback ?? true,
    ...thresholdOf(manifest),
    stages,
    timers: { ...manifest.timers },
  };
}

/** A count goes to the guards as is; a percentage is resolved by the core against the instances the stage reports. */
function thresholdOf(manifest: Manifest): Pick<TransitionContext, "threshold" | "thresholdPercent"> {
  const amount = manifest.strategy?.failureThreshold;
  if (amount === undefined) return {};
  return amount.kind === "count" ? { threshold: amount.count } : { thresholdPercent: amount.percent };
}

/**
 * The lifecycle as this manifest runs it. `TransitionContext` has no concurrency field, so the
 * manifest's `concurrency` override replaces the lifecycle's default policy in the lifecycle the
 * engine passes to `transition()`. A state's own `concurrency` still wins: a lifecycle that
 * refuses to supersede its drop stage keeps refusing whatever the manifest says.
 */
export function lifecycleFor(lifecycle: Lifecycle, manifest: Manifest): Lifecycle {
  if (manifest.concurrency === undefined || manifest.concurrency === lifecycle.concurrency) return lifecycle;
  return { ...lifecycle, concurrency: manifest.concurrency };
}
