/**
 * A deployment manifest (`.ferry/deployments/<name>.yml`) once loaded and checked: defaults
 * applied where they are known without a repository, durations in seconds, steps tagged by
 * kind. The YAML shape is `schemas/manifest.schema.json`; `loadManifest` builds this.
 */
import type { FleetPolicy } from "../core/fleet-state.ts";
import type { ConcurrencyPolicy } from "../core/lifecycle.ts";
import type { Promotion } from "../core/promotion-fact.ts";

/** A literal value, or a secret's value looked up by name when the stage runs. */
export type EnvValue = string | { readonly secret: string };

/** Environment variables by name. */
export type EnvMap = Readonly<Record<string, EnvValue>>;

/**
 * Where a stage's job runs, as GitHub Actions' `runs-on`: one runner label, or labels a runner
 * must all have (self-hosted runners).
 */
export type RunsOn = string | readonly [string, ...string[]];

/** The runner a stage job gets when neither the manifest nor the stage says. */
export const DEFAULT_RUNS_ON = "ubuntu-latest";

/** What starts a run by itself. */
export interface Triggers {
  /** Branches whose merges and pushes deploy; undefined means the repository's default branch. */
  readonly branches?: readonly string[];
  /** Globs a change must touch to trigger; undefined means any file. */
  readonly paths?: readonly string[];
  /** Deploy pull requests (preview environments). */
  readonly pullRequests: boolean;
}

/** How a rolling deployment spreads over its instances; the fleet machines read it as a `FleetPolicy`. */
export interface Strategy extends FleetPolicy {
  /** Instance ids, or how many instances there are; undefined means ask the inventory. */
  readonly instances?: readonly string[] | number;
  /** The rollout stage is the fleet: agents heartbeat over ferry's API (docs/fleet.md). */
  readonly fleet: boolean;
}

/** An HTTP request that must answer `expectStatus`, tried `retries + 1` times. */
export interface HttpCheck {
  readonly url: string;
  readonly expectStatus: number;
  /** Further attempts after a failed one. */
  readonly retries: number;
  readonly intervalSeconds: number;
  /** Deadline of one attempt. */
  readonly timeoutSeconds: number;
}

/** A health check is an http check with a name to report it by. */
export interface HealthCheck extends HttpCheck {
  readonly name: string;
}

/**
 * The shells a `run` step may name, with GitHub Actions' meanings (`node` is ferry's addition):
 * `bash` is `bash --noprofile --norc -eo pipefail {0}`, `sh` is `sh -e {0}`, `pwsh` is
 * `pwsh -command ". '{0}'"`, `python` is `python {0}`, `node` is `node {0}`.
 */
export const SHELL_NAMES = ["bash", "sh", "pwsh", "python", "node"] as const;
export type ShellName = (typeof SHELL_NAMES)[number];

/** A named shell, or a command line with `{0}` where the script file's path goes (`perl {0}`). */
export type Shell = ShellName | `${string}{0}${string}`;

/**
 * A script (`run`) written to a file and run by its shell (undefined: bash as `shell: bash` runs
 * it, or `sh -e` where bash is missing), or an argv list run without a shell (`args`).
 */
export type Command =
  { readonly script: string; readonly shell?: Shell } | { readonly argv: readonly [string, ...string[]] };

/** Runs a command in the checkout. */
export interface CommandStep {
  readonly kind: "command";
  /** As written, or derived from the command so every step can be reported by name. */
  readonly name: string;
  readonly command: Command;
  readonly timeoutSeconds?: number;
  readonly env: EnvMap;
  /** Relative to the checkout; undefined means its root. Written `working-directory` or `workingDirectory`. */
  readonly workingDirectory?: string;
}

/** Fails the stage unless the check passes. */
export interface HttpCheckStep {
  readonly kind: "http-check";
  readonly name: string;
  readonly check: HttpCheck;
}

/** Downloads a file and fails the stage unless its checksum matches. */
export interface ArtifactStep {
  readonly kind: "artifact";
  readonly name: string;
  readonly url: string;
  /** Lowercase hex SHA-256 the download must have. */
  readonly sha256: string;
  /** Where to put it, relative to the checkout. */
  readonly path: string;
}

/** One step of a stage, run in order; the first failure fails the stage. */
export type Step = CommandStep | HttpCheckStep | ArtifactStep;
export type StepKind = Step["kind"];

/** The commands a runner executes for one lifecycle stage, and how long and how often it may try. */
export interface Stage {
  readonly description?: string;
  /** Undefined means the lifecycle state's timeout, else the core's default. */
  readonly timeoutSeconds?: number;
  readonly retries: number;
  /** Undefined means the core's default backoff. */
  readonly backoffSeconds?: number;
  /** After ferry died during the stage: run it again as a new attempt (undefined too), or fail it (it must not run twice). */
  readonly onInterrupt?: "rerun" | "fail";
  /** How long the job may wait for its environment's required reviewers; undefined means no bound. */
  readonly approvalTimeoutSeconds?: number;
  /** Undefined means the deployment's `runsOn`. */
  readonly runsOn?: RunsOn;
  readonly env: EnvMap;
  readonly steps: readonly [Step, ...Step[]];
}

/** One deployment, loaded from `.ferry/deployments/<name>.yml`. */
export interface Manifest {
  /** The deployment name: the file name without `.yml`. */
  readonly name: string;
  /** The file it was loaded from, for error messages and annotations. */
  readonly file: string;
  readonly lifecycle: string;
  readonly description?: string;
  /** GitHub environment of the stage jobs and recorded deployments; defaults to the deployment name. */
  readonly environment: string;
  /** Where people open the deployed environment (`environment-url`), linked from the check run. */
  readonly environmentUrl?: string;
  /** Where stage jobs run unless a stage says otherwise; {@link DEFAULT_RUNS_ON} by default. */
  readonly runsOn: RunsOn;
  /** Deployment type for type-dispatched stages. */
  readonly type?: string;
  readonly quick: boolean;
  readonly triggers: Triggers;
  /** Overrides the lifecycle's concurrency policy when set. */
  readonly concurrency?: ConcurrencyPolicy;
  /** Only for rolling lifecycles. */
  readonly strategy?: Strategy;
  /** Deploy only versions another deployment promoted (reached a state there). */
  readonly promotion?: Promotion;
  /** Timer durations in seconds by timer name, e.g. `pause-after`. */
  readonly timers: Readonly<Record<string, number>>;
  readonly scope: { readonly allowDrop: boolean };
  readonly env: EnvMap;
  /** Secret names whose values are redacted wherever output is shown. */
  readonly secrets: readonly string[];
  readonly healthChecks: readonly HealthCheck[];
  /** Stage name (or `<type>.<stage>`) → its commands. */
  readonly stages: Readonly<Record<string, Stage>>;
}

/** Defaults of http checks, chosen to fail a dead service within a minute and not flap on one slow reply. */
export const HTTP_CHECK_DEFAULTS = { expectStatus: 200, retries: 0, intervalSeconds: 5, timeoutSeconds: 10 } as const;
