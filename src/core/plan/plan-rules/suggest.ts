/**
 * The closest candidate to a misspelt id or key, or undefined when nothing is
 * close enough to be a plausible typo (at most a third of the letters differ).
 */
export function suggestClosest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  const rows = { previous: new Int32Array(0), current: new Int32Array(0) };
  for (const candidate of candidates) {
    // Lengths alone rule most candidates out; the distance is then computed only up to the best so far.
    if (Math.abs(candidate.length - word.length) >= bestDistance) continue;
    if (rows.previous.length <= candidate.length) {
      rows.previous = new Int32Array(candidate.length + 1);
      rows.current = new Int32Array(candidate.length + 1);
    }
    const distance = boundedEditDistance(word, candidate, bestDistance, rows);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Suffixes for the catalog's `{suggestVi}` / `{suggestEn}` placeholders; empty when there is no suggestion. */
export function suggestionArgs(word: string, candidates: Iterable<string>): { suggestVi: string; suggestEn: string } {
  const best = suggestClosest(word, candidates);
  return best === undefined
    ? { suggestVi: '', suggestEn: '' }
    : { suggestVi: ` Có phải là "${best}"?`, suggestEn: ` Did you mean "${best}"?` };
}

/**
 * Levenshtein distance of `a` and `b`, or `limit` as soon as it cannot be
 * below `limit`, in two reused rows: a plan with 140,000 unknown references
 * took minutes with a fresh full table per pair.
 */
function boundedEditDistance(a: string, b: string, limit: number, rows: { previous: Int32Array; current: Int32Array }): number {
  let { previous, current } = rows;
  for (let j = 0; j <= b.length; j += 1) previous[j] = j;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowMin = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (code === b.charCodeAt(j - 1) ? 0 : 1);
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length]!, limit);
}
