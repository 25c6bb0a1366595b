/**
 * `items` in the order `compare` gives their indices, ties kept in place
 * (compare ends with `a - b`); a plain copy when they are already in order,
 * the common case, without sorting. The callers keep their keys in typed
 * arrays indexed like `items`: an object per item was tens of megabytes of
 * garbage for the 150,000 diagnostics of one outsized form.
 */
export function orderByIndex<T>(items: readonly T[], compare: (a: number, b: number) => number): T[] {
  let inOrder = true;
  for (let i = 1; i < items.length && inOrder; i += 1) if (compare(i - 1, i) > 0) inOrder = false;
  if (inOrder) return items.slice();
  return Array.from({ length: items.length }, (_, i) => i)
    .sort(compare)
    .map((i) => items[i]!);
}
