/**
 * Times as people read them on a check run or a terminal: how long something took (`<1s`, `3.5s`,
 * `2m 10s`), how long ago it was (`3 min ago`, `in 7 days`) and the exact time in UTC (`16:13:46`,
 * `8 Dec 16:13 UTC`). Pure: "now" is always passed in (for a check run, the time of the event
 * that produced the report), never read from a clock.
 */

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/** A duration in milliseconds: `<1s`, `3.5s`, `42s`, `2m 10s`, `1h 5m`, `3d 4h`; empty for nonsense. */
export function humanDuration(ms: number): string {
  if (!Number.isFinite(ms) || ms < 0) return "";
  if (ms < 1000) return "<1s";
  if (ms < 10_000) return `${(Math.floor(ms / 100) / 10).toFixed(1).replace(/\.0$/, "")}s`;
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 === 0 ? `${m}m` : `${m}m ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 === 0 ? `${h}h` : `${h}h ${m % 60}m`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d}d` : `${d}d ${h % 24}h`;
}

/**
 * A duration to the millisecond where it is short: `850ms`, `1.2s`, `2m5s`. For a step's or stage's own lines
 * (terminal, logs, the Action's summary), where a command's 850 ms tells more than {@link humanDuration}'s `<1s`.
 */
export function preciseDuration(ms: number): string {
  // Rounded once, first, so no value reads as the next unit's boundary (`1000ms`, `60s`).
  const whole = Math.round(ms);
  if (whole < 1000) return `${whole}ms`;
  if (whole < 9_950) return `${(whole / 1000).toFixed(1).replace(/\.0$/, "")}s`;
  const seconds = Math.round(whole / 1000);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m${seconds % 60 === 0 ? "" : `${seconds % 60}s`}`;
}

/** The time between two ISO times, as {@link humanDuration}; empty when either is unreadable. */
export function durationBetween(from: string, to: string): string {
  return humanDuration(Date.parse(to) - Date.parse(from));
}

/** How far `at` lies from `now`: `just now`, `40s ago`, `3 min ago`, `2 h ago`, `5 days ago`, `in 7 days`. */
export function relativeTime(at: string, now: string): string {
  const ms = Date.parse(now) - Date.parse(at);
  if (!Number.isFinite(ms)) return "";
  const past = ms >= 0;
  const s = Math.floor(Math.abs(ms) / 1000);
  if (s < 5) return "just now";
  const amount =
    s < 60
      ? `${s}s`
      : s < 3600
        ? `${Math.floor(s / 60)} min`
        : s < 86_400
          ? `${Math.floor(s / 3600)} h`
          : plural(Math.floor(s / 86_400), "day");
  return past ? `${amount} ago` : `in ${amount}`;
}

/**
 * The exact time in UTC, as short as still unambiguous next to `now`: `16:13:46 UTC` on the same
 * day, `8 Dec 16:13 UTC` in the same year, `8 Dec 2031 16:13 UTC` otherwise.
 */
export function exactTime(at: string, now: string): string {
  const t = new Date(Date.parse(at));
  if (Number.isNaN(t.getTime())) return at;
  const n = new Date(Date.parse(now));
  const clock = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  if (sameDay(t, n)) return `${clock}:${pad(t.getUTCSeconds())} UTC`;
  const day = `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()] ?? ""}`;
  return t.getUTCFullYear() === n.getUTCFullYear()
    ? `${day} ${clock} UTC`
    : `${day} ${t.getUTCFullYear()} ${clock} UTC`;
}

/** Both at once: `3 min ago (16:13:46 UTC)`. */
export function whenText(at: string, now: string): string {
  const relative = relativeTime(at, now);
  return relative ? `${relative} (${exactTime(at, now)})` : at;
}

/** A table cell's time: `16:13:46` on the same day as `now`, else `8 Dec 16:13:46` (the column says UTC). */
export function clockTime(at: string, now: string): string {
  const t = new Date(Date.parse(at));
  if (Number.isNaN(t.getTime())) return at;
  const clock = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  return sameDay(t, new Date(Date.parse(now))) ? clock : `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()] ?? ""} ${clock}`;
}

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getUTCFullYear() === b.getUTCFullYear() &&
    a.getUTCMonth() === b.getUTCMonth() &&
    a.getUTCDate() === b.getUTCDate()
  );
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function plural(n: number, unit: string): string {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}
