import { InvalidArgumentError } from "commander";

const DURATION = /^([0-9]+)(ms|s|m|h)?$/;
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const;

/**
 * A commander argument parser for a duration as kubectl and gh write them: `90s`, `10m`, `1h`,
 * `500ms`, or plain seconds (`30`). Bounded like every number ferry takes; returns milliseconds.
 */
export function durationOption(bounds: { readonly minMs: number; readonly maxMs: number }): (value: string) => number {
  const expected = `Expected a duration such as 30s, 10m or 1h, from ${bounds.minMs} ms to ${bounds.maxMs / 3_600_000} h.`;
  return (value: string): number => {
    const match = DURATION.exec(value);
    if (!match) throw new InvalidArgumentError(expected);
    const [, amount = "", unit = "s"] = match;
    const ms = Number(amount) * UNIT_MS[unit as keyof typeof UNIT_MS];
    if (ms < bounds.minMs || ms > bounds.maxMs) throw new InvalidArgumentError(expected);
    return ms;
  };
}
