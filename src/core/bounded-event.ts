import type { FerryEvent, StageReport } from "./ferry-event.ts";

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
  if (actorFits && (!report || reportFits(report))) return { ok: true, event };
  const actor = actorFits ? event.actor : event.actor === "" ? UNKNOWN_ACTOR : clip(event.actor, ACTOR_MAX_LENGTH);
  if (!report || !("stage" in event)) return { ok: true, event: { ...event, actor } };
  return { ok: true, event: { ...event, actor, stage: boundedReport(report) } };
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
