/**
 * The name a person most likely meant, for "did you mean" hints on misspelt keys, states, events,
 * stages and lifecycles. Distance is Damerau–Levenshtein in its optimal-string-alignment form, so a
 * swap of two neighbouring letters (`environmnet`) costs one edit, as it does to the eye. Case is
 * ignored: `Steady` for `steady` is one mistake, not six.
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of candidates) {
    if (candidate === name) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
    // Within two edits, and at most a third of the longer name: `a` is not a typo of `b`.
    const limit = Math.min(2, Math.floor(Math.max(name.length, candidate.length) / 3));
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && candidate < best.name))
      best = { name: candidate, distance };
  }
  return best?.name;
}

/** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps each cost one. */
export function editDistance(a: string, b: string): number {
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
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** `; did you mean "x"?`, or nothing when there is no close name. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : `; did you mean ${JSON.stringify(suggestion)}?`;
}
