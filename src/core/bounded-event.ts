import type { ApprovalRequest, ApprovalReview, FerryEvent, StageReport } from "./ferry-event.ts";

/**
 * Bounds on what an event brings into the state file, which must stay small whatever arrives
 * (docs/concurrency.md). Text that is only read by people is cut; the full text stays where it
 * came from (the runner's log, the GitHub event).
 */
export const ACTOR_MAX_LENGTH = 64;
export const MESSAGE_MAX_LENGTH = 300;
/** History notes are written by the core from bounded parts; this bound only backs that up. */
export const NOTE_MAX_LENGTH = 200;
/** A link cut short leads nowhere, so a longer one is left out rather than cut. */
export const URL_MAX_LENGTH = 300;
/** Identifiers (event id, version, a runner's external id) name something: a longer one is refused, never cut. */
export const IDENTIFIER_MAX_LENGTH = 200;

/** GitHub lets an environment name up to six required reviewers; more from a source are dropped. */
export const REVIEWERS_LIMIT = 6;
/** A reviewer is a login or `org/team-slug`, only read by people: cut like an actor, with room for the org. */
export const REVIEWER_MAX_LENGTH = 100;

const ELLIPSIS = "…";

/** Who an event names when its source gave no name (a commit with an empty author, say). */
export const UNKNOWN_ACTOR = "unknown";

export type BoundedEvent =
  | { readonly ok: true; readonly event: FerryEvent }
  | { readonly ok: false; readonly reason: "input-too-long" | "input-empty"; readonly detail: string };

/** The event with its text cut to the bounds, or a refusal when an identifier is empty or too long to keep. */
export function boundedEvent(event: FerryEvent): BoundedEvent {
  const report = "stage" in event ? event.stage : undefined;
  const identifiers: [string, string | undefined][] = [
    ["event id", event.id],
    ["version", event.type === "deploy" ? event.version : undefined],
    ["event name", event.type === "custom" ? event.name : undefined],
    ["external id", report?.externalId],
    ["environment", environmentOf(event)],
  ];
  for (const [name, value] of identifiers) {
    if (value === "" && name !== "external id")
      return { ok: false, reason: "input-empty", detail: `the ${name} is empty` };
    if (value !== undefined && value.length > IDENTIFIER_MAX_LENGTH) {
      return {
        ok: false,
        reason: "input-too-long",
        detail: `the ${name} is ${value.length} characters; at most ${IDENTIFIER_MAX_LENGTH} are kept`,
      };
    }
  }
  const actorFits = event.actor.length <= ACTOR_MAX_LENGTH && event.actor !== "";
  if (actorFits && (!report || reportFits(report)) && approvalFits(event)) return { ok: true, event };
  const actor = actorFits ? event.actor : event.actor === "" ? UNKNOWN_ACTOR : clip(event.actor, ACTOR_MAX_LENGTH);
  if (!report || !("stage" in event)) return { ok: true, event: { ...event, actor } };
  const stage = boundedReport(report);
  if (event.type === "stage.waiting")
    return { ok: true, event: { ...event, actor, stage, approval: boundedRequest(event.approval) } };
  if (event.type === "stage.approved" || event.type === "stage.rejected")
    return { ok: true, event: { ...event, actor, stage, review: boundedReview(event.review) } };
  return { ok: true, event: { ...event, actor, stage } };
}

function environmentOf(event: FerryEvent): string | undefined {
  if (event.type === "stage.waiting") return event.approval.environment;
  if (event.type === "stage.approved" || event.type === "stage.rejected") return event.review.environment;
  return undefined;
}

function approvalFits(event: FerryEvent): boolean {
  if (event.type === "stage.waiting")
    return (
      event.approval.reviewers.length <= REVIEWERS_LIMIT &&
      event.approval.reviewers.every((r) => r.length <= REVIEWER_MAX_LENGTH)
    );
  if (event.type === "stage.approved" || event.type === "stage.rejected")
    return (event.review.comment?.length ?? 0) <= MESSAGE_MAX_LENGTH;
  return true;
}

function boundedRequest(request: ApprovalRequest): ApprovalRequest {
  return {
    ...request,
    reviewers: request.reviewers.slice(0, REVIEWERS_LIMIT).map((r) => clip(r, REVIEWER_MAX_LENGTH)),
  };
}

function boundedReview(review: ApprovalReview): ApprovalReview {
  const { comment, ...rest } = review;
  return { ...rest, ...(comment === undefined ? {} : { comment: clip(comment, MESSAGE_MAX_LENGTH) }) };
}

function reportFits(report: StageReport): boolean {
  return (
    (report.message === undefined || report.message.length <= MESSAGE_MAX_LENGTH) &&
    (report.url === undefined || report.url.length <= URL_MAX_LENGTH)
  );
}

function boundedReport(report: StageReport): StageReport {
  const { url, message, ...rest } = report;
  return {
    ...rest,
    ...(message === undefined ? {} : { message: clip(message, MESSAGE_MAX_LENGTH) }),
    ...(url === undefined || url.length > URL_MAX_LENGTH ? {} : { url }),
  };
}

/** `text` cut to at most `max` characters, ending in an ellipsis when cut; never half a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - ELLIPSIS.length;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return text.slice(0, end) + ELLIPSIS;
}
