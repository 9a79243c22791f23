/**
 * The name a person most likely meant, for "did you mean" hints on misspelt keys, states, events,
 * stages and lifecycles. Distance is Damerau–Levenshtein in its optimal-string-alignment form, so a
 * swap of two neighbouring letters (`environmnet`) costs one edit, as it does to the eye. Case is
 * ignored: `Steady` for `steady` is one mistake, not six.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  // Files come from repositories ferry does not control: bound the work per name, whatever the file holds.
  if (name.length > MAX_NAME_LENGTH) return undefined;
  let best: { name: string; distance: number } | undefined;
  let compared = 0;
  for (const candidate of candidates) {
    if (++compared > MAX_CANDIDATES) return undefined;
    if (candidate === name) continue;
    // Within two edits, and at most a third of the longer name: `a` is not a typo of `b`.
    const limit = Math.min(2, Math.floor(Math.max(name.length, candidate.length) / 3));
    if (Math.abs(name.length - candidate.length) > limit) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate < best.name))
      best = { name: candidate, distance };
  }
  return best?.name;
}

/** Longer names are not typos of a key, state or event; comparing them would only cost time. */
const MAX_NAME_LENGTH = 64;
/** More candidates than any real lifecycle or schema has: a file with more gets no suggestion. */
const MAX_CANDIDATES = 500;

/**
 * {@link closestName} for at most `budget` names: one file can hold thousands of unknown names,
 * and a person reads the first few suggestions anyway.
 */
export function suggester(budget = 200): (name: string, candidates: Iterable<string>) => string | undefined {
  let left = budget;
  return (name, candidates) => (left-- > 0 ? closestName(name, candidates) : undefined);
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps each
 * cost one. Stops early once every cell of a row exceeds `bound` (the answer is then only known to
 * be more than `bound`, which is all a caller with that bound needs).
 */
export function editDistance(a: string, b: string, bound = Infinity): number {
  // Three rows of the table: the one before the previous is what a swap reads.
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let distance = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        distance = Math.min(distance, (beforePrevious[j - 2] ?? 0) + 1);
      current[j] = distance;
    }
    if (Math.min(...current) > bound) return bound + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** `; did you mean "x"?`, or nothing when there is no close name. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : `; did you mean ${JSON.stringify(suggestion)}?`;
}
