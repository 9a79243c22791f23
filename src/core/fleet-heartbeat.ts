/**
 * What a heartbeat handler calls: given the inventory, the fleet state, the policy and one
 * instance's heartbeat, the instance's new record, what to answer it (its desired version and
 * whether to update), and the deployment-level decision the heartbeat led to.
 */
import { progressRollout, type FleetStep } from "./fleet-rollout.ts";
import {
  INSTANCE_MESSAGE_LIMIT,
  type FleetInstance,
  type FleetInventory,
  type FleetPolicy,
  type FleetState,
  type ReportSequence,
  withInstance,
} from "./fleet-state.ts";
import { nextInstanceStatus, type InstanceStatus } from "./instance-status.ts";
import { desiredVersionOf, updateNeeded } from "./instance-update.ts";

/** One report from an instance. A registration is a heartbeat of an instance ferry has not heard of. */
export interface Heartbeat {
  readonly id: string;
  /** The version it runs; null keeps the one on record (an agent that does not know yet). */
  readonly version: string | null;
  readonly status: InstanceStatus;
  readonly message: string | null;
  /** When the server received it (ISO 8601). */
  readonly at: string;
  /** Its idempotency key; absent from agents older than it (their reports always apply). */
  readonly sequence?: ReportSequence | undefined;
}

export interface HeartbeatResult extends HeartbeatAnswer {
  /** The instance's record to store, resets included. */
  readonly instance: FleetInstance;
  /** The fleet state, the decision, and the other records the decision changed. */
  readonly step: FleetStep;
}

/** The answer to one instance: what it should run, and whether to update now. */
export interface HeartbeatAnswer {
  readonly desiredVersion: string | null;
  readonly updateNeeded: boolean;
}

/**
 * Inventory + fleet state + heartbeat → the instance's new record, its answer, and the
 * deployment-level decision. Linear in the inventory (the decision counts it); a handler serving
 * a large fleet may instead record and answer each heartbeat with {@link recordHeartbeat} and
 * {@link answerHeartbeat}, which take constant time, and call `progressRollout` once per tick:
 * the decision is level-triggered, so it comes out the same.
 */
export function applyHeartbeat(
  inventory: FleetInventory,
  fleet: FleetState,
  policy: FleetPolicy,
  heartbeat: Heartbeat,
): HeartbeatResult {
  const reported = recordHeartbeat(inventory.get(heartbeat.id), heartbeat);
  const step = progressRollout(withInstance(inventory, reported), fleet, policy, heartbeat.at);
  const instance = step.changed.find((i) => i.id === reported.id) ?? reported;
  return { instance, ...answerHeartbeat(instance, step.fleet), step };
}

/**
 * The instance's record after its heartbeat: the status through the status machine, the version
 * (null keeps the one on record), the message cut to {@link INSTANCE_MESSAGE_LIMIT}. A report
 * already applied (see {@link isAppliedReport}) gives back `previous` itself, unchanged: nothing
 * to store, and the answer comes from the record as it stands.
 */
export function recordHeartbeat(previous: FleetInstance | undefined, heartbeat: Heartbeat): FleetInstance {
  if (previous !== undefined && isAppliedReport(previous.lastReport, heartbeat.sequence)) return previous;
  const status = nextInstanceStatus(previous?.status ?? "UNKNOWN", { type: "report", status: heartbeat.status });
  // A heartbeat without a message keeps the last one while the status stays: "why it is degraded" outlives one quiet beat.
  const message =
    heartbeat.message === null
      ? previous !== undefined && previous.status === status
        ? previous.message
        : null
      : heartbeat.message.slice(0, INSTANCE_MESSAGE_LIMIT);
  const record: FleetInstance = {
    id: heartbeat.id,
    currentVersion: heartbeat.version ?? previous?.currentVersion ?? null,
    status,
    message,
    lastSeen: heartbeat.at,
  };
  // A report without a sequence (an older agent) keeps the key: the agent process that set it may still resend.
  const lastReport = heartbeat.sequence ?? previous?.lastReport;
  return lastReport === undefined ? record : { ...record, lastReport };
}

/**
 * Whether a report is one the record has already applied, or an older one of the same agent
 * process: same boot, number not above the last applied. Such a report is a resend (its answer
 * was lost) or a late copy, and applying it again could undo what happened since, such as a
 * rollback's reset of a FAILED instance. A report without a sequence, a different boot (the
 * agent restarted), or a record without a key (first report, or a lost inventory) applies.
 */
export function isAppliedReport(last: ReportSequence | undefined, sequence: ReportSequence | undefined): boolean {
  return sequence !== undefined && last !== undefined && sequence.boot === last.boot && sequence.number <= last.number;
}

/** What to tell the instance, from its record and the fleet state alone. */
export function answerHeartbeat(instance: FleetInstance, fleet: FleetState): HeartbeatAnswer {
  return { desiredVersion: desiredVersionOf(instance, fleet), updateNeeded: updateNeeded(instance, fleet) };
}
