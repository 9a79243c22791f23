/**
 * A manifest exactly as written, once `schemas/manifest.schema.json` accepted it: optional
 * fields absent, durations as strings. The semantic checks read this shape, so their paths are
 * the file's own; `loadManifest` then turns it into a {@link Manifest}.
 */
import type { DegradedPolicy } from "../core/fleet-state.ts";
import type { ConcurrencyPolicy } from "../core/lifecycle.ts";
import type { EnvMap, RunsOn, Shell } from "./manifest.ts";

export interface RawHttpCheck {
  readonly url: string;
  readonly expectStatus?: number;
  readonly retries?: number;
  readonly interval?: string;
  readonly timeout?: string;
}

/** What command steps share. `working-directory` is Actions' spelling; the schema allows one of the two. */
interface RawCommandFields {
  readonly name?: string;
  readonly timeout?: string;
  readonly env?: EnvMap;
  readonly workingDirectory?: string;
  readonly "working-directory"?: string;
}

export type RawStep =
  | (RawCommandFields & { readonly run: string; readonly shell?: Shell })
  | (RawCommandFields & { readonly args: readonly [string, ...string[]] })
  | { readonly name?: string; readonly "http-check": RawHttpCheck }
  | {
      readonly name?: string;
      readonly artifact: { readonly url: string; readonly sha256: string; readonly path: string };
    };

export interface RawStage {
  readonly description?: string;
  readonly timeout?: string;
  readonly retries?: number;
  readonly backoff?: string;
  readonly onInterrupt?: "rerun" | "fail";
  readonly approvalTimeout?: string;
  readonly "runs-on"?: RunsOn;
  readonly env?: EnvMap;
  readonly steps: readonly [RawStep, ...RawStep[]];
}

/** A count, or a percentage written `25%` (the schema allows 1% to 100%). */
export type RawFleetAmount = number | `${number}%`;

export interface RawManifest {
  readonly lifecycle: string;
  readonly description?: string;
  readonly environment?: string;
  readonly "environment-url"?: string;
  readonly "runs-on"?: RunsOn;
  readonly type?: string;
  readonly quick?: boolean;
  readonly triggers?: {
    readonly branches?: readonly string[];
    readonly paths?: readonly string[];
    readonly pullRequests?: boolean;
  };
  readonly concurrency?: ConcurrencyPolicy;
  readonly strategy?: {
    readonly instances?: readonly string[] | number;
    readonly batchSize?: RawFleetAmount;
    readonly failureThreshold?: RawFleetAmount;
    readonly degraded?: DegradedPolicy;
    readonly autoRollback?: boolean;
    readonly fleet?: boolean;
  };
  readonly promotion?: { readonly from: string; readonly state?: string };
  readonly timers?: Readonly<Record<string, string>>;
  readonly scope?: { readonly allowDrop?: boolean };
  readonly env?: EnvMap;
  readonly secrets?: readonly string[];
  readonly healthChecks?: readonly (RawHttpCheck & { readonly name?: string })[];
  readonly stages?: Readonly<Record<string, RawStage>>;
}
