/**
 * Parsed task ids, remembered: a national plan sorts tens of thousands of
 * obligations by task, and splitting the same few ids at every comparison
 * dominated that sort.
 */
const PARTS = new Map<string, number[]>();

function parts(id: string): number[] {
  let found = PARTS.get(id);
  if (found === undefined) {
    found = id.split('.').map(Number);
    if (PARTS.size < 10_000) PARTS.set(id, found);
  }
  return found;
}

/** Order task ids as the plan numbers them: 2.2.1 < 2.10 < 3.1. */
export function compareTaskIds(a: string, b: string): number {
  const pa = parts(a);
  const pb = parts(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
}
