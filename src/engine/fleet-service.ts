/**
 * A repository's fleets, served: heartbeats answered from the inventory and the committed fleet
 * record, and a tick that decides each fleet deployment once, commits only deployment-level
 * changes (compare-and-swap on `ferry/state`, like the engine), and hands the rollout's end back
 * to the lifecycle as its `rollout` stage's result. See docs/fleet.md.
 */
import type { DeploymentState } from "../core/deployment-state.ts";
import { answerHeartbeat, recordHeartbeat } from "../core/fleet-heartbeat.ts";
import { INITIAL_FLEET_RECORD, type FleetRecord } from "../core/fleet-record.ts";
import type { FleetInstance, ReportSequence } from "../core/fleet-state.ts";
import { FLEET_STAGE, tickFleet, type FleetTick } from "../core/fleet-tick.ts";
import type { InstanceStatus } from "../core/instance-status.ts";
import type { Clock } from "../ports/clock.ts";
import type { DeploymentCatalog, DeploymentSpec } from "../ports/deployment-catalog.ts";
import type { FleetInventoryStore, FleetScope } from "../ports/fleet-inventory-store.ts";
import { silentLogger, type Logger } from "../ports/logger.ts";
import type { Reporter } from "../ports/reporter.ts";
import type { StateStore } from "../ports/state-store.ts";
import type { DeploymentEvent } from "./deployment-event.ts";
import type { EventOutcome } from "./event-outcome.ts";
import { fleetCommitMessage } from "./fleet-commit-message.ts";

export interface FleetServiceOptions {
  /** `owner/repo` on GitHub; the repository's path in local mode. Scopes the inventory. */
  readonly repository: string;
  readonly store: StateStore;
  readonly catalog: DeploymentCatalog;
  readonly reporter: Reporter;
  /** Where a rollout's end goes: the repository's engine. */
  readonly engine: { submit(events: readonly DeploymentEvent[]): Promise<EventOutcome[]> };
  readonly inventory: FleetInventoryStore;
  readonly clock: Clock;
  readonly log?: Logger;
  /** Instances unseen this long are dropped, so a dead one does not hold a rollout. Default 90 s (three 30 s heartbeats). */
  readonly expireAfterMs?: number;
  readonly maxWriteAttempts?: number;
}

/** What an instance reports; `status` and `version` are optional on registration. */
export interface InstanceReport {
  readonly version?: string | null;
  readonly status?: InstanceStatus;
  readonly message?: string | null;
  /** The report's idempotency key (docs/fleet.md): a resend of an applied report changes nothing. */
  readonly sequence?: ReportSequence;
}

export type FleetAnswer =
  | {
      readonly ok: true;
      readonly desiredVersion: string | null;
      readonly updateNeeded: boolean;
      readonly status: InstanceStatus;
      readonly rollout: { readonly version: string; readonly phase: string; readonly batch: number } | null;
    }
  | { readonly ok: false; readonly reason: FleetRefusal };

export const FLEET_REFUSALS = ["unknown-deployment", "not-a-fleet", "inventory-full"] as const;
export type FleetRefusal = (typeof FLEET_REFUSALS)[number];

/** The record cache holds at most this many deployments: a speed-up, never a decision. */
const RECORD_CACHE_LIMIT = 1_000;

export class FleetService {
  private readonly log: Logger;
  /** Fleet records as last read or written: heartbeats are answered from them (at most one tick old). */
  private readonly records = new Map<string, FleetRecord>();
  /** Reads of a record under way, so that requests arriving together share one. */
  private readonly reading = new Map<string, Promise<FleetRecord>>();
  /** Deployments heard from since their last tick. */
  private readonly dirty = new Set<string>();

  constructor(private readonly options: FleetServiceOptions) {
    this.log = options.log ?? silentLogger;
  }

  get repository(): string {
    return this.options.repository;
  }

  /** Records a registration or heartbeat and answers it. Constant time: the decision waits for the tick. */
  async report(deployment: string, id: string, report: InstanceReport): Promise<FleetAnswer> {
    const spec = await this.options.catalog.get(deployment);
    if (spec === undefined) return { ok: false, reason: "unknown-deployment" };
    if (spec.fleet === undefined) return { ok: false, reason: "not-a-fleet" };
    const scope = this.scopeOf(deployment);
    const record = await this.recordOf(deployment);
    const previous = await this.options.inventory.get(scope, id);
    const instance = recordHeartbeat(previous, {
      id,
      version: report.version ?? null,
      status: report.status ?? "UNKNOWN",
      message: report.message ?? null,
      at: this.options.clock.now(),
      sequence: report.sequence,
    });
    // A resend of an applied report gives back the record as it is: nothing to write or decide.
    if (instance !== previous) {
      const put = await this.options.inventory.put(scope, [instance]);
      if (!put.ok) return { ok: false, reason: put.reason };
      this.dirty.add(deployment);
    }
    const rollout = record.state.rollout;
    return {
      ok: true,
      ...answerHeartbeat(instance, record.state),
      status: instance.status,
      rollout: rollout && { version: rollout.version, phase: rollout.phase, batch: rollout.batches },
    };
  }

  /** The deployment's inventory and committed fleet record, for listings. */
  async inventory(
    deployment: string,
  ): Promise<
    | { ok: true; spec: DeploymentSpec; record: FleetRecord; instances: ReadonlyMap<string, FleetInstance> }
    | { ok: false; reason: FleetRefusal }
  > {
    const spec = await this.options.catalog.get(deployment);
    if (spec === undefined) return { ok: false, reason: "unknown-deployment" };
    if (spec.fleet === undefined) return { ok: false, reason: "not-a-fleet" };
    const record = await this.recordOf(deployment);
    return { ok: true, spec, record, instances: await this.options.inventory.read(this.scopeOf(deployment)) };
  }

  /** Ticks every deployment heard from since its last tick (and those named), once each. */
  async tickAll(also: readonly string[] = []): Promise<void> {
    const deployments = new Set([...this.dirty, ...also]);
    this.dirty.clear();
    for (const deployment of deployments) {
      try {
        await this.tick(deployment);
      } catch (error) {
        // Level-triggered: the next heartbeat marks it again and the next tick decides again.
        this.dirty.add(deployment);
        this.log.error({ err: error, deployment }, "fleet tick failed");
      }
    }
  }

  /**
   * Decides one deployment once. A deployment-level change is committed with compare-and-swap (a
   * lost race re-reads and decides again, so two replicas write one commit); the rollout's end is
   * submitted as its stage's result with an id that makes a repeat a duplicate.
   */
  async tick(deployment: string): Promise<FleetTick | undefined> {
    const { store, inventory, clock } = this.options;
    const spec = await this.options.catalog.get(deployment);
    if (spec?.fleet === undefined) return undefined;
    const scope = this.scopeOf(deployment);
    const now = clock.now();
    await inventory.expire(scope, new Date(Date.parse(now) - (this.options.expireAfterMs ?? 90_000)).toISOString());
    const attempts = this.options.maxWriteAttempts ?? 8;
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const snapshot = await store.read([deployment], { fresh: attempt > 1 });
      const read = snapshot.deployments.get(deployment);
      if (read?.kind !== "ok") return undefined;
      const instances = await inventory.read(scope);
      const tick = tickFleet(instances, read.state.fleet, read.state, spec.fleet, now);
      this.remember(deployment, tick.record);
      if (tick.changed) {
        const next: DeploymentState = { ...read.state, fleet: tick.record, updatedAt: now };
        const view = {
          deployment,
          lifecycle: spec.lifecycle,
          environment: spec.environment,
          state: next,
          transitions: [],
          basis: "written" as const,
          previous: read.state,
        };
        const files = this.options.reporter.files?.([view]);
        const message = fleetCommitMessage(deployment, tick);
        const commit = { expectedHead: snapshot.head, states: [next], message };
        const written = await store.write(files ? { ...commit, files } : commit);
        if (!written.ok) {
          this.log.info({ deployment, attempt }, "state branch moved; deciding the fleet again");
          continue;
        }
        if (tick.resets.length > 0) await inventory.put(scope, tick.resets);
        await this.options.reporter.report([view]).catch((error: unknown) => {
          this.log.error({ err: error, deployment }, "reporting the fleet failed; the next change reports again");
        });
      }
      if (tick.outcome !== null) await this.submitOutcome(deployment, tick.outcome, now);
      return tick;
    }
    this.log.warn({ deployment }, `the state branch kept moving: fleet decision left to the next tick`);
    this.dirty.add(deployment);
    return undefined;
  }

  private async submitOutcome(deployment: string, outcome: NonNullable<FleetTick["outcome"]>, at: string) {
    const { target } = outcome;
    const event: DeploymentEvent = {
      deployment,
      event: {
        type: outcome.type,
        id: `fleet:${deployment}:${target.runId}:${target.attempt}:${outcome.type}`,
        at,
        actor: "ferry",
        cause: "runner",
        stage: { runId: target.runId, attempt: target.attempt, stage: FLEET_STAGE, message: outcome.message },
      },
    };
    await this.options.engine.submit([event]);
  }

  /** The committed fleet record, as last read or written (tokens carry its generation). */
  async recordOf(deployment: string): Promise<FleetRecord> {
    const known = this.records.get(deployment);
    if (known !== undefined) return known;
    // One read for every request that misses at once: thousands of agents registering together
    // would otherwise each start a read of the state branch (a git process each, in local mode).
    let reading = this.reading.get(deployment);
    if (reading === undefined) {
      reading = this.readRecord(deployment).finally(() => this.reading.delete(deployment));
      this.reading.set(deployment, reading);
    }
    return reading;
  }

  private async readRecord(deployment: string): Promise<FleetRecord> {
    const read = (await this.options.store.read([deployment])).deployments.get(deployment);
    // A tick that decided while this read was under way knows a record at least as new.
    const decided = this.records.get(deployment);
    if (decided !== undefined) return decided;
    const record = read?.kind === "ok" ? (read.state.fleet ?? INITIAL_FLEET_RECORD) : INITIAL_FLEET_RECORD;
    this.remember(deployment, record);
    return record;
  }

  private remember(deployment: string, record: FleetRecord): void {
    this.records.delete(deployment);
    this.records.set(deployment, record);
    // Oldest out first: Maps iterate in insertion order.
    if (this.records.size > RECORD_CACHE_LIMIT) this.records.delete(this.records.keys().next().value as string);
  }

  private scopeOf(deployment: string): FleetScope {
    return { repository: this.options.repository, deployment };
  }
}
