const UNITS = { s: 1, m: 60, h: 3600, d: 86_400 } as const;

/**
 * Parses a duration such as `90s`, `30m`, `2h`, `1d` or `1h30m` into seconds.
 * Returns undefined for anything else, so callers decide what a bad value means.
 */
export function parseDuration(text: string): number | undefined {
  const parts = /^(?:(\d+)d)?(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?$/.exec(text.trim());
  if (!parts || text.trim() === "") return undefined;
  const [, d, h, m, s] = parts;
  return Number(d ?? 0) * UNITS.d + Number(h ?? 0) * UNITS.h + Number(m ?? 0) * UNITS.m + Number(s ?? 0);
}

let lastIso = "";
let lastMs = 0;

/** ISO time `seconds` after `iso`. One event asks this several times for the same `iso`, so the parse is kept. */
export function addSeconds(iso: string, seconds: number): string {
  if (iso !== lastIso) {
    lastMs = Date.parse(iso);
    lastIso = iso;
  }
  return new Date(lastMs + seconds * 1000).toISOString();
}

/** Seconds in the form `parseDuration` reads, largest units first: 5400 → `1h30m`, 0 → `0s`. */
export function formatSeconds(total: number): string {
  let rest = Math.max(0, Math.round(total));
  let text = "";
  for (const [unit, size] of [...Object.entries(UNITS)].reverse()) {
    const count = Math.floor(rest / size);
    if (count > 0) text += `${count}${unit}`;
    rest -= count * size;
  }
  return text === "" ? "0s" : text;
}
