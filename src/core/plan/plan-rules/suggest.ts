/**
 * The closest candidate to a misspelt id or key, or undefined when nothing is
 * close enough to be a plausible typo (at most a third of the letters differ).
 */
export function suggestClosest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
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

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
