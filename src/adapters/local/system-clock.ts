import type { Clock } from "../../ports/clock.ts";

/** The real clock, for entry points; the core never sees it, only the events it stamps. */
export const systemClock: Clock = {
  now: () => new Date().toISOString(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: () => Math.random(),
};
