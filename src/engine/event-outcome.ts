import type { HistoryEntry } from "../core/deployment-state.ts";
import type { Reason } from "../core/reason.ts";

/** What became of one submitted event. Expected outcomes, so data rather than exceptions. */
export type EventOutcome =
  | {
      readonly kind: "applied";
      readonly deployment: string;
      readonly eventId: string;
      readonly transitions: readonly HistoryEntry[];
    }
  | { readonly kind: "duplicate"; readonly deployment: string; readonly eventId: string }
  | {
      readonly kind: "refused";
      readonly deployment: string;
      readonly eventId: string;
      readonly reason: Reason;
      readonly detail: string;
    }
  | { readonly kind: "blocked"; readonly deployment: string; readonly eventId: string; readonly detail: string }
  | { readonly kind: "unknown-deployment"; readonly deployment: string; readonly eventId: string };
