/** A promise ferry made to itself was broken: a bug in ferry, never a problem with its input. */
export class InvariantError extends Error {
  override readonly name = "InvariantError";
}

/**
 * `value`, which the caller knows is there (a region the lifecycle declares, an entry just
 * checked). Instead of a `!` that would let `undefined` travel on, a missing value stops here
 * and says what was missing.
 */
export function defined<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new InvariantError(`${what} is missing`);
  return value;
}
