import { closestName, didYouMean } from "../core/closest-name.ts";
import { FLEET_STAGE } from "../core/fleet-tick.ts";
import { parseDuration } from "../core/duration.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import { BUILTIN_LIFECYCLES } from "./builtin-lifecycles.ts";
import type { RawManifest } from "./raw-manifest.ts";

/** The `code` of each semantic manifest error, for tools that filter or count them. */
export const MANIFEST_CHECK_CODES = [
  "unknown-lifecycle",
  "missing-stage",
  "unused-stage",
  "duration",
  "strategy-not-used",
  "threshold",
  "unknown-timer",
] as const;
export type ManifestCheckCode = (typeof MANIFEST_CHECK_CODES)[number];

/** A semantic problem, with its path in the file's own shape; positions are attached by the loader. */
export interface ManifestProblem {
  readonly code: ManifestCheckCode;
  readonly path: readonly (string | number)[];
  readonly message: string;
  /** Point at the key (a misnamed stage or timer) rather than its value. */
  readonly atKey: boolean;
  /** The lifecycle, stage or timer most likely meant; the message says it too. */
  readonly suggestion?: string;
}

const suggesting = (suggestion: string | undefined) => (suggestion === undefined ? {} : { suggestion });

/** One state of the lifecycle that runs a stage. */
interface StageUse {
  readonly region: string;
  readonly state: string;
  readonly optional: boolean;
  readonly dispatched: boolean;
}

/**
 * What a schema cannot say about a manifest: its lifecycle exists, every stage the lifecycle
 * requires is defined, no stage is defined that nothing runs (a typo would otherwise be a
 * stage silently skipped), durations are not zero, the rolling strategy is where it is read,
 * and timers are ones the lifecycle schedules.
 */
export function checkManifest(raw: RawManifest, known: ReadonlyMap<string, Lifecycle>): ManifestProblem[] {
  const problems: ManifestProblem[] = [...checkDurations(raw)];
  const lifecycle = known.get(raw.lifecycle);
  if (!lifecycle) {
    const names = [...known.keys()].sort().join(", ");
    const suggestion = closestName(raw.lifecycle, known.keys());
    problems.push({
      code: "unknown-lifecycle",
      path: ["lifecycle"],
      message: `unknown lifecycle ${JSON.stringify(raw.lifecycle)}: known lifecycles are ${names}${didYouMean(suggestion)}`,
      atKey: false,
      ...suggesting(suggestion),
    });
    return problems;
  }
  const uses = stageUses(lifecycle);
  problems.push(
    ...missingStages(raw, lifecycle, uses),
    ...unusedStages(raw, lifecycle, uses),
    ...checkStrategy(raw),
    ...unknownTimers(raw, lifecycle),
  );
  return problems;
}

function stageUses(lifecycle: Lifecycle): Map<string, StageUse[]> {
  const uses = new Map<string, StageUse[]>();
  for (const [region, def] of Object.entries(lifecycle.regions)) {
    for (const [state, stateDef] of Object.entries(def.states)) {
      if (stateDef.kind !== "stage" || stateDef.stage === undefined) continue;
      const use = { region, state, optional: stateDef.optional === true, dispatched: stateDef.dispatch === "type" };
      uses.set(stateDef.stage, [...(uses.get(stateDef.stage) ?? []), use]);
    }
  }
  return uses;
}

function missingStages(
  raw: RawManifest,
  lifecycle: Lifecycle,
  uses: ReadonlyMap<string, readonly StageUse[]>,
): ManifestProblem[] {
  const defined = raw.stages ?? {};
  const problems: ManifestProblem[] = [];
  for (const [stage, list] of uses) {
    // A fleet deployment's rollout stage is run by the fleet, not by steps (docs/fleet.md).
    if (stage === FLEET_STAGE && raw.strategy?.fleet === true) continue;
    const typed = raw.type === undefined ? undefined : `${raw.type}.${stage}`;
    const unmet = list.find(
      (u) => !u.optional && !(stage in defined) && !(u.dispatched && typed !== undefined && typed in defined),
    );
    if (!unmet) continue;
    const alternative = unmet.dispatched
      ? typed
        ? ` (or ${JSON.stringify(typed)})`
        : " (or `<type>." + stage + "` with a `type`)"
      : "";
    problems.push({
      code: "missing-stage",
      path: ["stages"],
      message: `stage ${JSON.stringify(stage)}${alternative} is required by lifecycle ${lifecycle.name} (state ${unmet.state}) but not defined`,
      atKey: true,
    });
  }
  return problems;
}

function unusedStages(
  raw: RawManifest,
  lifecycle: Lifecycle,
  uses: ReadonlyMap<string, readonly StageUse[]>,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const name of Object.keys(raw.stages ?? {})) {
    const unused = (message: string, suggestion?: string): void => {
      problems.push({
        code: "unused-stage",
        path: ["stages", name],
        message: `stage ${JSON.stringify(name)} is not used: ${message}`,
        atKey: true,
        ...suggesting(suggestion),
      });
    };
    const dot = name.indexOf(".");
    if (dot < 0) {
      if (uses.has(name)) continue;
      const guess = closestName(name, uses.keys());
      unused(
        `lifecycle ${lifecycle.name} runs no such stage${didYouMean(guess)} (its stages: ${[...uses.keys()].sort().join(", ") || "none"})`,
        guess,
      );
      continue;
    }
    const type = name.slice(0, dot);
    const stage = name.slice(dot + 1);
    if (!uses.get(stage)?.some((u) => u.dispatched)) {
      unused(`lifecycle ${lifecycle.name} has no type-dispatched stage ${JSON.stringify(stage)}`);
    } else if (raw.type !== type) {
      unused(
        raw.type === undefined
          ? `it is for type ${type}, and the manifest has no \`type\``
          : `it is for type ${type}, but the manifest's type is ${raw.type}`,
      );
    }
  }
  return problems;
}

function checkStrategy(raw: RawManifest): ManifestProblem[] {
  const strategy = raw.strategy;
  if (!strategy) return [];
  // Built-in lifecycles other than rolling never read the strategy, so setting it is a mistake;
  // a repository's own lifecycle may be a rolling one under another name.
  if (raw.lifecycle !== "rolling" && (BUILTIN_LIFECYCLES as readonly string[]).includes(raw.lifecycle)) {
    return [
      {
        code: "strategy-not-used",
        path: ["strategy"],
        message: `strategy is only for rolling lifecycles; lifecycle ${raw.lifecycle} does not use it`,
        atKey: true,
      },
    ];
  }
  const count = typeof strategy.instances === "number" ? strategy.instances : strategy.instances?.length;
  // A percentage is at most 100% of the instances, so only a count can be out of reach.
  const threshold = strategy.failureThreshold;
  if (count !== undefined && typeof threshold === "number" && threshold > count) {
    return [
      {
        code: "threshold",
        path: ["strategy", "failureThreshold"],
        message: `failureThreshold ${threshold} is more than the ${count} instance${count === 1 ? "" : "s"}, so a rollout could never fail`,
        atKey: false,
      },
    ];
  }
  return [];
}

function unknownTimers(raw: RawManifest, lifecycle: Lifecycle): ManifestProblem[] {
  const scheduled = new Set<string>();
  for (const region of Object.values(lifecycle.regions)) {
    for (const state of Object.values(region.states))
      for (const action of state.entry ?? []) if ("schedule" in action) scheduled.add(action.schedule);
  }
  const list = [...scheduled].sort().join(", ") || "none";
  return Object.keys(raw.timers ?? {})
    .filter((name) => !scheduled.has(name))
    .map((name) => {
      const suggestion = closestName(name, scheduled);
      return {
        code: "unknown-timer",
        path: ["timers", name],
        message: `timer ${JSON.stringify(name)} is not scheduled by lifecycle ${lifecycle.name} (it schedules: ${list})${didYouMean(suggestion)}`,
        atKey: true,
        ...suggesting(suggestion),
      };
    });
}

/**
 * Zero-length timeouts, intervals and timers would fire at once; the schema's pattern admits
 * `0s`, so refuse it here. A zero backoff is allowed: retry at once.
 */
function checkDurations(raw: RawManifest): ManifestProblem[] {
  const found: { path: (string | number)[]; value: string | undefined }[] = [];
  for (const [name, value] of Object.entries(raw.timers ?? {})) found.push({ path: ["timers", name], value });
  (raw.healthChecks ?? []).forEach((check, i) => {
    found.push(
      { path: ["healthChecks", i, "interval"], value: check.interval },
      { path: ["healthChecks", i, "timeout"], value: check.timeout },
    );
  });
  for (const [name, stage] of Object.entries(raw.stages ?? {})) {
    found.push(
      { path: ["stages", name, "timeout"], value: stage.timeout },
      { path: ["stages", name, "approvalTimeout"], value: stage.approvalTimeout },
    );
    stage.steps.forEach((step, i) => {
      const at = ["stages", name, "steps", i];
      if ("http-check" in step) {
        found.push(
          { path: [...at, "http-check", "interval"], value: step["http-check"].interval },
          { path: [...at, "http-check", "timeout"], value: step["http-check"].timeout },
        );
      } else if ("timeout" in step) {
        found.push({ path: [...at, "timeout"], value: step.timeout });
      }
    });
  }
  return found
    .filter((d) => d.value !== undefined && parseDuration(d.value) === 0)
    .map((d) => ({
      code: "duration",
      path: d.path,
      message: `duration ${JSON.stringify(d.value)} must be longer than 0s`,
      atKey: false,
    }));
}
