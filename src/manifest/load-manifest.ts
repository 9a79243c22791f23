import { parseDuration } from "../core/duration.ts";
import type { FleetAmount } from "../core/fleet-state.ts";
import type { Lifecycle } from "../core/lifecycle.ts";
import { builtinLifecycles } from "./builtin-lifecycles.ts";
import { ferryFileName } from "./ferry-file-name.ts";
import { checkManifest } from "./manifest-checks.ts";
import {
  DEFAULT_RUNS_ON,
  HTTP_CHECK_DEFAULTS,
  type Command,
  type HealthCheck,
  type HttpCheck,
  type Manifest,
  type Stage,
  type Step,
} from "./manifest.ts";
import type { RawFleetAmount, RawHttpCheck, RawManifest, RawStage, RawStep } from "./raw-manifest.ts";
import { locateProblems, validateAgainst } from "./schema-validator.ts";
import { toPointer, withSemanticErrors, type SourceError } from "./source-error.ts";
import { usableManifest } from "./usable-manifest.ts";
import { INPUT_LIMITS } from "./input-limits.ts";
import { parseYamlSource, type YamlSource } from "./yaml-source.ts";
import { defined } from "../core/defined.ts";

/** A loaded manifest with the lifecycle it names, or every error found. */
export type ManifestLoad =
  | { readonly ok: true; readonly manifest: Manifest; readonly lifecycle: Lifecycle }
  | { readonly ok: false; readonly errors: readonly SourceError[] };

export interface LoadManifestOptions {
  /**
   * Lifecycles a manifest may name, by name. Default: the built-in ones. Callers that read a
   * repository pass the built-in ones plus its `.ferry/lifecycles/*.yml` (or `.yaml`).
   */
  readonly knownLifecycles?: ReadonlyMap<string, Lifecycle>;
}

/** Deployment names appear in check-run names, environments and file paths; keep them plain. */
export const DEPLOYMENT_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

/**
 * Loads `.ferry/deployments/<name>.yml` (or `.yaml`): YAML with positions, the JSON schema, then the
 * semantic checks against the named lifecycle. The deployment name is the file's base name.
 * Every error carries `file:line:column` and a JSON pointer; a manifest with any error loads nothing.
 */
export function loadManifest(text: string, file: string, options: LoadManifestOptions = {}): ManifestLoad {
  const nameErrors = checkName(file);
  const parsed = parseYamlSource(text, file, INPUT_LIMITS.manifest);
  if (!parsed.ok) return { ok: false, errors: [...nameErrors, ...parsed.errors] };
  const { source } = parsed;
  const schemaErrors = [...nameErrors, ...locateProblems(source, validateAgainst("manifest", source.value))];
  // The semantic checks run after schema errors too when the file still has the shape they read.
  if (schemaErrors.length > nameErrors.length && !usableManifest(source.value))
    return { ok: false, errors: withSemanticErrors(schemaErrors, []) };
  const raw = source.value as RawManifest;
  const known = options.knownLifecycles ?? builtinLifecycles();
  const semantic = [
    ...promotionErrors(raw, file, source),
    ...checkManifest(raw, known).map((p): SourceError => ({
      file,
      ...source.locate(p.path, { key: p.atKey }),
      path: toPointer(p.path),
      message: p.message,
      code: p.code,
      ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
    })),
  ];
  const errors = withSemanticErrors(schemaErrors, semantic);
  const lifecycle = known.get(raw.lifecycle);
  if (errors.length > 0 || !lifecycle) return { ok: false, errors };
  return { ok: true, manifest: normalise(raw, deploymentNameOf(file), file), lifecycle };
}

/** The deployment a manifest file declares: its base name without `.yml` or `.yaml`. */
export function deploymentNameOf(file: string): string {
  return ferryFileName(file) ?? file.split(/[\\/]/).pop() ?? file;
}

function checkName(file: string): SourceError[] {
  const error = (message: string): SourceError[] => [{ file, line: 1, column: 1, path: "", message, code: "name" }];
  const base = file.split(/[\\/]/).pop() ?? file;
  if (ferryFileName(file) === undefined)
    return error(`deployment manifests are named <deployment>.yml (or .yaml), not ${JSON.stringify(base)}`);
  const name = deploymentNameOf(file);
  if (!DEPLOYMENT_NAME_PATTERN.test(name)) {
    return error(
      `invalid deployment name ${JSON.stringify(name)}: use 1 to 63 lowercase letters, digits and dashes, starting with a letter or digit`,
    );
  }
  return [];
}

/** A deployment cannot wait for itself: its own versions would never be promoted. */
function promotionErrors(raw: RawManifest, file: string, source: YamlSource): SourceError[] {
  if (raw.promotion?.from !== deploymentNameOf(file)) return [];
  const path = ["promotion", "from"];
  return [
    {
      file,
      ...source.locate(path),
      path: toPointer(path),
      message: `promotion.from names this deployment itself; name the deployment whose versions this one deploys after (e.g. staging)`,
      code: "promotion-self",
    },
  ];
}

/** Durations were checked by the schema's pattern, so they parse. */
function seconds(duration: string): number {
  return defined(parseDuration(duration), `duration ${duration}`);
}

function optionalSeconds<K extends string>(key: K, duration: string | undefined): { [P in K]?: number } {
  return (duration === undefined ? {} : { [key]: seconds(duration) }) as { [P in K]?: number };
}

function normalise(raw: RawManifest, name: string, file: string): Manifest {
  const strategy = raw.strategy;
  return {
    name,
    file,
    lifecycle: raw.lifecycle,
    ...(raw.description === undefined ? {} : { description: raw.description }),
    environment: raw.environment ?? name,
    ...(raw["environment-url"] === undefined ? {} : { environmentUrl: raw["environment-url"] }),
    runsOn: raw["runs-on"] ?? DEFAULT_RUNS_ON,
    ...(raw.type === undefined ? {} : { type: raw.type }),
    quick: raw.quick ?? false,
    triggers: {
      ...(raw.triggers?.branches ? { branches: raw.triggers.branches } : {}),
      ...(raw.triggers?.paths ? { paths: raw.triggers.paths } : {}),
      pullRequests: raw.triggers?.pullRequests ?? false,
    },
    ...(raw.concurrency === undefined ? {} : { concurrency: raw.concurrency }),
    ...(strategy === undefined
      ? {}
      : {
          strategy: {
            ...(strategy.instances === undefined ? {} : { instances: strategy.instances }),
            batchSize: fleetAmount(strategy.batchSize ?? 1),
            failureThreshold: fleetAmount(strategy.failureThreshold ?? 1),
            autoRollback: strategy.autoRollback ?? true,
            degraded: strategy.degraded ?? "block",
            fleet: strategy.fleet ?? false,
          },
        }),
    ...(raw.promotion === undefined ? {} : { promotion: raw.promotion }),
    timers: Object.fromEntries(Object.entries(raw.timers ?? {}).map(([timer, duration]) => [timer, seconds(duration)])),
    scope: { allowDrop: raw.scope?.allowDrop ?? false },
    env: raw.env ?? {},
    secrets: raw.secrets ?? [],
    healthChecks: (raw.healthChecks ?? []).map((check): HealthCheck => ({
      name: check.name ?? check.url,
      ...httpCheck(check),
    })),
    stages: Object.fromEntries(Object.entries(raw.stages ?? {}).map(([stage, def]) => [stage, normaliseStage(def)])),
  };
}

/** `3` or `"25%"`; the schema checked the form. */
function fleetAmount(raw: RawFleetAmount): FleetAmount {
  return typeof raw === "number"
    ? { kind: "count", count: raw }
    : { kind: "percent", percent: Number(raw.slice(0, -1)) };
}

function httpCheck(raw: RawHttpCheck): HttpCheck {
  return {
    url: raw.url,
    expectStatus: raw.expectStatus ?? HTTP_CHECK_DEFAULTS.expectStatus,
    retries: raw.retries ?? HTTP_CHECK_DEFAULTS.retries,
    intervalSeconds: raw.interval === undefined ? HTTP_CHECK_DEFAULTS.intervalSeconds : seconds(raw.interval),
    timeoutSeconds: raw.timeout === undefined ? HTTP_CHECK_DEFAULTS.timeoutSeconds : seconds(raw.timeout),
  };
}

function normaliseStage(raw: RawStage): Stage {
  const [first, ...rest] = raw.steps;
  return {
    ...(raw.description === undefined ? {} : { description: raw.description }),
    ...optionalSeconds("timeoutSeconds", raw.timeout),
    retries: raw.retries ?? 0,
    ...optionalSeconds("backoffSeconds", raw.backoff),
    ...(raw.onInterrupt === undefined ? {} : { onInterrupt: raw.onInterrupt }),
    ...optionalSeconds("approvalTimeoutSeconds", raw.approvalTimeout),
    ...(raw["runs-on"] === undefined ? {} : { runsOn: raw["runs-on"] }),
    env: raw.env ?? {},
    steps: [normaliseStep(first), ...rest.map(normaliseStep)],
  };
}

function normaliseStep(raw: RawStep): Step {
  if ("http-check" in raw) {
    const check = httpCheck(raw["http-check"]);
    return { kind: "http-check", name: raw.name ?? `check ${check.url}`, check };
  }
  if ("artifact" in raw) {
    const { url, sha256, path } = raw.artifact;
    return { kind: "artifact", name: raw.name ?? `fetch ${path}`, url, sha256, path };
  }
  const command: Command =
    "run" in raw ? { script: raw.run, ...(raw.shell === undefined ? {} : { shell: raw.shell }) } : { argv: raw.args };
  const shown =
    "script" in command
      ? (command.script.split("\n").find((l) => l.trim() !== "") ?? "").trim()
      : command.argv.join(" ");
  const workingDirectory = raw["working-directory"] ?? raw.workingDirectory;
  return {
    kind: "command",
    // A step is reported by name; an unnamed one by the start of its command, kept short for a check-run line.
    name: raw.name ?? (shown.length > 60 ? `${shown.slice(0, 59)}…` : shown),
    command,
    ...optionalSeconds("timeoutSeconds", raw.timeout),
    env: raw.env ?? {},
    ...(workingDirectory === undefined ? {} : { workingDirectory }),
  };
}
