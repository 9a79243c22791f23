/**
 * How an actor is written where people read it. On GitHub a login becomes a mention, but ferry's
 * own automatic actions must not: `@ferry` links to a stranger's account, so the app is named as
 * GitHub shows it (`ferry[bot]`). Local git user names (which may hold spaces) are never mentions.
 */
export const ACTOR_STYLES = ["github", "plain"] as const;
export type ActorStyle = (typeof ACTOR_STYLES)[number];

/** Actors that stand for an automatic action rather than a person (see `src/engine`, `webhook-fields.ts`). */
const AUTOMATIC = new Set(["ferry", "github-actions"]);

/** GitHub's login rule: alphanumerics and single hyphens, not at either end, at most 39 characters. */
const LOGIN = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;

/** The actor as Markdown text: `@alice` (GitHub login), `ferry[bot]` (automatic), `Jane Doe` (a name). */
export function actorText(actor: string, style: ActorStyle): string {
  if (style === "plain") return escapeMarkdown(actor);
  if (AUTOMATIC.has(actor)) return `${actor}[bot]`;
  if (LOGIN.test(actor)) return `@${actor}`;
  return escapeMarkdown(actor);
}

/** Whether the actor is one of ferry's automatic ones. */
export function isAutomatic(actor: string): boolean {
  return AUTOMATIC.has(actor);
}

/** Keeps a free-form name from turning into a link, a table cell break or emphasis. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|@#]/g, (c) => `\\${c}`);
}
