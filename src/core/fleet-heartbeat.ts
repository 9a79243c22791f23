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
}

export interface HeartbeatResult {
  /** The instance's record to store, resets included. */
  readonly instance: FleetInstance;
  readonly desiredVersion: string | null;
  readonly updateNeeded: boolean;
  /** The fleet state, the decision, and the other records the decision changed. */
  readonly step: FleetStep;
}

export function applyHeartbeat(
  inventory: FleetInventory,
  fleet: FleetState,
  policy: FleetPolicy,
  heartbeat: Heartbeat,
): HeartbeatResult {
  const previous = inventory.get(heartbeat.id);
  const status = nextInstanceStatus(previous?.status ?? "UNKNOWN", { type: "report", status: heartbeat.status });
  // A heartbeat without a message keeps the last one while the status stays: "why it is degraded" outlives one quiet beat.
  const message =
    heartbeat.message === null
      ? previous !== undefined && previous.status === status
        ? previous.message
        : null
      : heartbeat.message.slice(0, INSTANCE_MESSAGE_LIMIT);
  const reported: FleetInstance = {
    id: heartbeat.id,
    currentVersion: heartbeat.version ?? previous?.currentVersion ?? null,
    status,
    message,
    lastSeen: heartbeat.at,
  };
  const step = progressRollout(new Map(inventory).set(reported.id, reported), fleet, policy, heartbeat.at);
  const instance = step.changed.find((i) => i.id === reported.id) ?? reported;
  return {
    instance,
    desiredVersion: desiredVersionOf(instance, step.fleet),
    updateNeeded: updateNeeded(instance, step.fleet),
    step,
  };
}
