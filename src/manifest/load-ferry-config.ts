import { locateProblems, validateAgainst, type SchemaProblem } from "./schema-validator.ts";
import type { SourceError } from "./source-error.ts";
import { INPUT_LIMITS } from "./input-limits.ts";
import { parseYamlSource } from "./yaml-source.ts";

/** Repository permission levels that may act on deployments, least first. */
export const PERMISSION_LEVELS = ["write", "maintain", "admin"] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/** `.github/ferry.yml`, defaults applied. The state branch is not here: it is always `ferry/state`. */
export interface FerryConfig {
  /** The least repository permission a person needs for labels, buttons and commands to act. */
  readonly minimumPermission: PermissionLevel;
  /** Whether pull requests from forks may trigger deployments. */
  readonly allowForks: boolean;
  readonly previews: { readonly enabled: boolean };
  readonly labels: { readonly enabled: boolean };
  /** How often the App reconciles the repository without a webhook, in minutes (1 to 30). */
  readonly reconcile: { readonly intervalMinutes: number };
}

/** The settings of a repository without `.github/ferry.yml`: safe ones (no forks, write access needed). */
export const DEFAULT_FERRY_CONFIG: FerryConfig = {
  minimumPermission: "write",
  allowForks: false,
  previews: { enabled: true },
  labels: { enabled: true },
  reconcile: { intervalMinutes: 5 },
};

/** Settings with defaults applied, or every error found. */
export type FerryConfigLoad =
  { readonly ok: true; readonly config: FerryConfig } | { readonly ok: false; readonly errors: readonly SourceError[] };

interface RawFerryConfig {
  readonly minimumPermission?: PermissionLevel;
  readonly allowForks?: boolean;
  readonly previews?: { readonly enabled?: boolean };
  readonly labels?: { readonly enabled?: boolean };
  readonly reconcile?: { readonly intervalMinutes?: number };
}

/**
 * Loads `.github/ferry.yml` from its text, with `file:line:col` errors. An empty file (or
 * `null` for a missing one) gives the defaults.
 */
export function loadFerryConfig(text: string | null, file: string): FerryConfigLoad {
  if (text === null) return { ok: true, config: DEFAULT_FERRY_CONFIG };
  const parsed = parseYamlSource(text, file, INPUT_LIMITS["ferry-config"]);
  if (!parsed.ok) return parsed;
  const value = parsed.source.value ?? {};
  const problems = validateAgainst("ferry-config", value).map(explain);
  if (problems.length > 0)
    return {
      ok: false,
      errors: locateProblems(parsed.source, problems).sort((a, b) => a.line - b.line || a.column - b.column),
    };
  return { ok: true, config: withDefaults(value as RawFerryConfig) };
}

/**
 * Checks settings already parsed elsewhere (Probot's `context.config` merges `_extends` and
 * returns an object, not text), so errors have a path but point at the file's start.
 */
export function ferryConfigFromValue(value: unknown, file: string): FerryConfigLoad {
  const settings = value ?? {};
  const problems = validateAgainst("ferry-config", settings).map(explain);
  if (problems.length > 0)
    return {
      ok: false,
      errors: problems.map((p) => ({
        file,
        line: 1,
        column: 1,
        path: p.path,
        message: p.message,
        code: "schema",
        ...(p.suggestion === undefined ? {} : { suggestion: p.suggestion }),
      })),
    };
  return { ok: true, config: withDefaults(settings as RawFerryConfig) };
}

/** People look for a state-branch setting; say why there is none rather than just "unknown". */
function explain(problem: SchemaProblem): SchemaProblem {
  if (problem.path !== "/stateBranch") return problem;
  return { ...problem, message: `${problem.message}: the state branch is always ferry/state` };
}

function withDefaults(raw: RawFerryConfig): FerryConfig {
  return {
    minimumPermission: raw.minimumPermission ?? DEFAULT_FERRY_CONFIG.minimumPermission,
    allowForks: raw.allowForks ?? DEFAULT_FERRY_CONFIG.allowForks,
    previews: { enabled: raw.previews?.enabled ?? DEFAULT_FERRY_CONFIG.previews.enabled },
    labels: { enabled: raw.labels?.enabled ?? DEFAULT_FERRY_CONFIG.labels.enabled },
    reconcile: {
      intervalMinutes: raw.reconcile?.intervalMinutes ?? DEFAULT_FERRY_CONFIG.reconcile.intervalMinutes,
    },
  };
}
