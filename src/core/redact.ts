/** What replaces a secret wherever ferry writes. */
export const REDACTED = "[redacted]";

/**
 * Strings that look like credentials even when no manifest declared them: GitHub tokens, AWS
 * access keys, Slack tokens, JWTs, bearer and basic credentials in text, URL passwords and PEM keys.
 */
const TOKEN_PATTERNS: readonly RegExp[] = [
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}\b/g,
  /\bgithub_pat_[A-Za-z0-9_]{20,}\b/g,
  /\bAKIA[0-9A-Z]{16}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /(?<=\b(?:Bearer|token|Basic)\s+)[A-Za-z0-9._~+/=-]{16,}/gi,
  /(?<=:\/\/[^/\s:@]+:)[^@\s/]+(?=@)/g,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

/** Secrets shorter than this are not redacted by value: `ab` would mangle every message. */
export const MIN_SECRET_LENGTH = 4;

/**
 * Replaces declared secret values and token-like strings in one string. A multi-line secret is
 * also redacted line by line, as GitHub Actions masks it: output is captured and redacted a line
 * at a time, so the whole value never appears in one piece there.
 */
export function redactText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const piece of secretPieces(secrets)) out = out.split(piece).join(REDACTED);
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, REDACTED);
  return out;
}

/**
 * Every value to redact: each secret whole, then each of its lines trimmed (`\r\n` endings
 * included). Longest first, so a short line that is part of a longer piece cannot leave the
 * rest of that piece in clear. Pieces shorter than the minimum are left, as for whole secrets.
 */
function secretPieces(secrets: readonly string[]): string[] {
  const pieces = new Set<string>();
  for (const secret of secrets) {
    pieces.add(secret);
    if (/[\r\n]/.test(secret)) for (const line of secret.split(/[\r\n]+/)) pieces.add(line.trim());
  }
  return [...pieces].filter((p) => p.length >= MIN_SECRET_LENGTH).sort((a, b) => b.length - a.length);
}

/**
 * Redacts every string inside a JSON-like value. Used on the state record before it is
 * committed and on every report before it is sent, so a secret never reaches git or GitHub.
 */
export function redactDeep<T>(value: T, secrets: readonly string[] = []): T {
  if (typeof value === "string") return redactText(value, secrets) as T;
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets)) as T;
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, secrets);
    return out as T;
  }
  return value;
}
