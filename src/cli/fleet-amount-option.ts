import { InvalidArgumentError } from "commander";
import type { FleetAmount } from "../core/fleet-state.ts";

/** `3` or `25%`, as a manifest's `strategy.batchSize` and `failureThreshold` take them; undefined when neither. */
export function parseFleetAmount(text: string): FleetAmount | undefined {
  const percent = /^([1-9][0-9]?|100)%$/.exec(text);
  if (percent) return { kind: "percent", percent: Number(percent[1]) };
  if (/^[1-9][0-9]{0,5}$/.test(text)) return { kind: "count", count: Number(text) };
  return undefined;
}

/** The amount as a manifest writes it: `3` or `"25%"`. */
export function formatFleetAmount(amount: FleetAmount): string | number {
  return amount.kind === "count" ? amount.count : `${amount.percent}%`;
}

/** A commander parser for a count or a percentage of instances. */
export function fleetAmountOption(text: string): FleetAmount {
  const parsed = parseFleetAmount(text);
  if (parsed === undefined)
    throw new InvalidArgumentError("Expected a count of instances (1 or more) or a percentage from 1% to 100%.");
  return parsed;
}

/** A commander parser for a share of the instances, from 0 to 1 (`0.2`). */
export function shareOption(text: string): number {
  if (!/^(0(\.[0-9]+)?|1(\.0+)?)$/.test(text))
    throw new InvalidArgumentError("Expected a share of the instances from 0 to 1, such as 0.2.");
  return Number(text);
}
