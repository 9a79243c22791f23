import { createRequire as __ferryCreateRequire } from "node:module";
const require = __ferryCreateRequire(import.meta.url);

// src/core/redact.ts
var REDACTED = "[redacted]";
var TOKEN_PATTERNS = [
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /(?<=\b(?:Bearer|token|Basic)\s+)[A-Za-z0-9._~+/=-]{16,}/gi,
  /(?<=:\/\/[^/\s:@]+:)[^@\s/]+(?=@)/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g
];
var MIN_SECRET_LENGTH = 4;
function redactText(text, secrets = []) {
  let out = text;
  for (const piece of secretPieces(secrets)) out = out.split(piece).join(REDACTED);
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED);
  return out;
}
function secretPieces(secrets) {
  const pieces = /* @__PURE__ */ new Set();
  for (const secret of secrets) {
    pieces.add(secret);
    if (/[\r\n]/.test(secret)) for (const line of secret.split(/[\r\n]+/)) pieces.add(line.trim());
  }
  return [...pieces].filter((p) => p.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}
function redactDeep(value, secrets = []) {
  if (typeof value === "string") return redactText(value, secrets);
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets));
  if (value !== null && typeof value === "object") {
    const out = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, secrets);
    return out;
  }
  return value;
}

// src/core/human-time.ts
var MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
function humanDuration(ms) {
  if (!Number.isFinite(ms) || ms < 0) return "";
  if (ms < 1e3) return "<1s";
  if (ms < 1e4) return `${(Math.floor(ms / 100) / 10).toFixed(1).replace(/\.0$/, "")}s`;
  const s = Math.floor(ms / 1e3);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return s % 60 === 0 ? `${m}m` : `${m}m ${s % 60}s`;
  const h = Math.floor(m / 60);
  if (h < 24) return m % 60 === 0 ? `${h}h` : `${h}h ${m % 60}m`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d}d` : `${d}d ${h % 24}h`;
}
function preciseDuration(ms) {
  const whole = Math.round(ms);
  if (whole < 1e3) return `${whole}ms`;
  if (whole < 9950) return `${(whole / 1e3).toFixed(1).replace(/\.0$/, "")}s`;
  const seconds = Math.round(whole / 1e3);
  if (seconds < 60) return `${seconds}s`;
  return `${Math.floor(seconds / 60)}m${seconds % 60 === 0 ? "" : `${seconds % 60}s`}`;
}
function durationBetween(from, to) {
  return humanDuration(Date.parse(to) - Date.parse(from));
}
function relativeTime(at, now) {
  const ms = Date.parse(now) - Date.parse(at);
  if (!Number.isFinite(ms)) return "";
  const past = ms >= 0;
  const s = Math.floor(Math.abs(ms) / 1e3);
  if (s < 5) return "just now";
  const amount = s < 60 ? `${s}s` : s < 3600 ? `${Math.floor(s / 60)} min` : s < 86400 ? `${Math.floor(s / 3600)} h` : plural(Math.floor(s / 86400), "day");
  return past ? `${amount} ago` : `in ${amount}`;
}
function exactTime(at, now) {
  const t = new Date(Date.parse(at));
  if (Number.isNaN(t.getTime())) return at;
  const n = new Date(Date.parse(now));
  const clock = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
  if (sameDay(t, n)) return `${clock}:${pad(t.getUTCSeconds())} UTC`;
  const day = `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()] ?? ""}`;
  return t.getUTCFullYear() === n.getUTCFullYear() ? `${day} ${clock} UTC` : `${day} ${t.getUTCFullYear()} ${clock} UTC`;
}
function whenText(at, now) {
  const relative = relativeTime(at, now);
  return relative ? `${relative} (${exactTime(at, now)})` : at;
}
function clockTime(at, now) {
  const t = new Date(Date.parse(at));
  if (Number.isNaN(t.getTime())) return at;
  const clock = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  return sameDay(t, new Date(Date.parse(now))) ? clock : `${t.getUTCDate()} ${MONTHS[t.getUTCMonth()] ?? ""} ${clock}`;
}
function sameDay(a, b) {
  return a.getUTCFullYear() === b.getUTCFullYear() && a.getUTCMonth() === b.getUTCMonth() && a.getUTCDate() === b.getUTCDate();
}
function pad(n) {
  return String(n).padStart(2, "0");
}
function plural(n, unit) {
  return `${n} ${unit}${n === 1 ? "" : "s"}`;
}

export {
  MIN_SECRET_LENGTH,
  redactText,
  redactDeep,
  preciseDuration,
  durationBetween,
  relativeTime,
  exactTime,
  whenText,
  clockTime
};
