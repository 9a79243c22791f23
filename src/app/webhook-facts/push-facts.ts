import { arrayAt, booleanAt, PayloadError, shaAt, stringAt, stringsAt } from "../payload.ts";

/** What one commit of a push payload changed, as GitHub lists it. */
export interface PushedCommit {
  readonly added: readonly string[];
  readonly removed: readonly string[];
  readonly modified: readonly string[];
}

/** The parts of a `push` webhook ferry relies on, checked. */
export type PushFacts =
  /** A tag, a deleted branch: nothing for ferry. */
  | { readonly kind: "ignored" }
  | {
      readonly kind: "branch";
      readonly branch: string;
      readonly after: string;
      /** Absent for a new branch (GitHub sends forty zeros). */
      readonly before: string | undefined;
      readonly forced: boolean;
      /** GitHub lists at most 20; a longer or forced push is read through the compare API. */
      readonly commits: readonly PushedCommit[];
    };

/** GitHub lists at most this many commits in a push payload. */
const COMMIT_LIMIT = 20;

/** Narrows a `push` payload; throws {@link PayloadError} when a branch push lacks its commit. */
export function pushFactsOf(payload: unknown): PushFacts {
  const ref = stringAt(payload, "ref") ?? "";
  if (!ref.startsWith("refs/heads/") || booleanAt(payload, "deleted") === true) return { kind: "ignored" };
  const after = shaAt(payload, "after");
  if (!after) throw new PayloadError(`the push to ${ref.slice(0, 200)} has no valid after sha`);
  return {
    kind: "branch",
    branch: ref.slice("refs/heads/".length),
    after,
    before: beforeOf(payload),
    forced: booleanAt(payload, "forced") === true,
    commits: arrayAt(payload, "commits")
      .slice(0, COMMIT_LIMIT + 1)
      .map((c) => ({
        added: stringsAt(c, "added"),
        removed: stringsAt(c, "removed"),
        modified: stringsAt(c, "modified"),
      })),
  };
}

/** The commit the branch was at before the push; GitHub's forty zeros (a new branch) say there was none. */
function beforeOf(payload: unknown): string | undefined {
  const before = shaAt(payload, "before");
  return before === undefined || /^0+$/.test(before) ? undefined : before;
}

/** Whether the payload's commit lists tell the whole change: fewer than 20 commits, not forced. */
export function pushListsEverything(push: Extract<PushFacts, { kind: "branch" }>): boolean {
  return push.commits.length < COMMIT_LIMIT && !push.forced;
}
