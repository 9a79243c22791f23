import { InvalidArgumentError } from "commander";

export interface NumericBounds {
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (counts); otherwise decimals are taken too (seconds). */
  readonly integer?: boolean;
  /** What the number counts, for the message: "seconds", "transitions". */
  readonly unit: string;
}

const WHOLE = /^[0-9]+$/;
const DECIMAL = /^[0-9]+(\.[0-9]+)?$/;

/**
 * A commander argument parser for a bounded number. Plain digits only: `Number()` would take
 * "", "0x10", "1e3" and " 5 ", and NaN or 0 would turn a polling loop into a busy one. Commander
 * reports the thrown error as a usage error naming the option, before any command runs.
 */
export function numericOption(bounds: NumericBounds): (value: string) => number {
  const kind = bounds.integer ? "a whole number" : "a number";
  const expected = `Expected ${kind} of ${bounds.unit} from ${bounds.min} to ${bounds.max}.`;
  return (value: string): number => {
    if (!(bounds.integer ? WHOLE : DECIMAL).test(value)) throw new InvalidArgumentError(expected);
    const parsed = Number(value);
    if (parsed < bounds.min || parsed > bounds.max) throw new InvalidArgumentError(expected);
    return parsed;
  };
}
