import { booleanAt, numberAt, objectAt, PayloadError, shaAt, stringAt } from "../payload.ts";

/** The parts of a `pull_request` webhook ferry relies on, checked. */
export interface PullFacts {
  readonly number: number;
  readonly headSha: string;
  readonly headRef: string;
  readonly baseRef: string;
  /** The head lives in another repository: a fork, whose author need not be trusted. */
  readonly fromFork: boolean;
  readonly merged: boolean;
  readonly mergeSha: string | undefined;
  readonly open: boolean;
}

/** A `pull_request` webhook: what happened, to which pull request, and the label it names. */
export interface PullRequestWebhook {
  readonly action: string | undefined;
  /** The label a `labeled` webhook names. */
  readonly label: string | undefined;
  readonly pull: PullFacts;
}

/** Narrows a `pull_request` webhook; throws {@link PayloadError} when something ferry needs is missing. */
export function pullRequestFactsOf(payload: unknown): PullRequestWebhook {
  return {
    action: stringAt(payload, "action"),
    label: stringAt(objectAt(payload, "label"), "name"),
    pull: pullFactsOf(payload),
  };
}

/** Narrows a `pull_request` payload; throws {@link PayloadError} when something ferry needs is missing. */
export function pullFactsOf(payload: unknown): PullFacts {
  const pull = objectAt(payload, "pull_request");
  const number = numberAt(pull, "number") ?? numberAt(payload, "number");
  const head = objectAt(pull, "head");
  const base = objectAt(pull, "base");
  const headSha = shaAt(head, "sha");
  const headRef = stringAt(head, "ref");
  const baseRef = stringAt(base, "ref");
  if (number === undefined || !Number.isSafeInteger(number) || number <= 0)
    throw new PayloadError("the pull_request webhook has no valid number");
  if (!headSha || !headRef || !baseRef) throw new PayloadError(`pull request #${number}: head or base is missing`);
  const headRepo = stringAt(objectAt(head, "repo"), "full_name");
  const baseRepo = stringAt(objectAt(base, "repo"), "full_name");
  // A deleted fork has no head repository at all; that is as untrusted as any fork.
  const fromFork =
    headRepo === undefined ||
    baseRepo === undefined ||
    headRepo.toLowerCase() !== baseRepo.toLowerCase() ||
    booleanAt(objectAt(head, "repo"), "fork") === true;
  const merged = booleanAt(pull, "merged") === true;
  return {
    number,
    headSha,
    headRef,
    baseRef,
    fromFork,
    merged,
    mergeSha: merged ? shaAt(pull, "merge_commit_sha") : undefined,
    open: stringAt(pull, "state") === "open",
  };
}
