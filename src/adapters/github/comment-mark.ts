/**
 * The key hidden in a ferry comment as an HTML comment. Comments that must be said once (a refusal answered
 * for a redelivered webhook, or by another replica that got it first) look for it among what GitHub lists,
 * so GitHub, not a replica's memory, says whether it was said.
 */
export interface CommentMark {
  /** Whether one of the listed comment bodies carries the key. */
  saidIn(bodies: ReadonlyArray<string | null | undefined>): boolean;
  /** The body to post: the key, then the text. */
  bodyOf(text: string): string;
}

/** The mark for one key. */
export function commentMark(key: string): CommentMark {
  const mark = `<!-- ferry:${key} -->`;
  return {
    saidIn: (bodies) => bodies.some((body) => body?.includes(mark) === true),
    bodyOf: (text) => `${mark}\n${text}`,
  };
}
