/**
 * Bounds on every file ferry reads from a repository it does not control. The App serves every
 * repository it is installed on, so one pull request must never be able to stall or abort it:
 * text is measured against these limits before any parser sees it. docs/limits.md lists them
 * for users; change both together.
 */
export interface InputLimits {
  /** Largest file, in UTF-8 bytes. */
  readonly maxBytes: number;
  /** Deepest nesting of maps and lists (flow or block); the top-level value is depth 1. */
  readonly maxDepth: number;
  /** Most alias nodes (`*name`) in a YAML file, and most expansions when aliases are resolved. */
  readonly maxAliases: number;
}

/** What a file is, for the limits it gets. */
export const INPUT_KINDS = ["manifest", "lifecycle", "ferry-config", "state-file", "sync-cursor"] as const;
export type InputKind = (typeof INPUT_KINDS)[number];

const KIB = 1024;

/**
 * A real manifest or lifecycle is a few KiB and nests about eight levels; these leave an order of
 * magnitude of room while keeping the worst case in milliseconds. A state file stays under 64 KiB
 * by construction (bounded history, queue and texts); reading allows more so an older or
 * hand-edited file is reported as what it is, not as too large.
 */
export const INPUT_LIMITS: Readonly<Record<InputKind, InputLimits>> = {
  manifest: { maxBytes: 256 * KIB, maxDepth: 32, maxAliases: 100 },
  lifecycle: { maxBytes: 256 * KIB, maxDepth: 32, maxAliases: 100 },
  "ferry-config": { maxBytes: 64 * KIB, maxDepth: 16, maxAliases: 100 },
  "state-file": { maxBytes: 512 * KIB, maxDepth: 32, maxAliases: 0 },
  // A cursor is one flat object of about 150 bytes.
  "sync-cursor": { maxBytes: 4 * KIB, maxDepth: 2, maxAliases: 0 },
};

/** What is wrong with a text over `maxBytes` (UTF-8), or undefined when it fits. One wording for every file kind. */
export function oversize(text: string, maxBytes: number): string | undefined {
  // Each UTF-16 unit is 1 to 3 UTF-8 bytes, so a short text needs no encoding.
  if (text.length * 3 <= maxBytes) return undefined;
  const size = Buffer.byteLength(text, "utf8");
  return size > maxBytes ? `file is ${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}` : undefined;
}

/** What is wrong with a text nested deeper than `maxDepth`. */
export function tooDeep(maxDepth: number): string {
  return `nested more than ${maxDepth} levels deep`;
}

/** `262144` as `256 KiB`, `10485760` as `10.0 MiB`. */
function formatBytes(bytes: number): string {
  if (bytes < KIB) return `${bytes} B`;
  if (bytes < KIB * KIB) return `${Math.round(bytes / KIB)} KiB`;
  return `${(bytes / KIB / KIB).toFixed(1)} MiB`;
}
