// Seeded randomness for the bench corpus: the same seed and key always give
// the same sequence, so the corpus is reproducible without committing it.

/** mulberry32 seeded from `${seed}/${key}` (FNV-1a of the string). Returns a () => [0, 1) function. */
export function seeded(seed, key) {
  let h = 2166136261;
  for (const ch of `${seed}/${key}`) h = Math.imul(h ^ ch.codePointAt(0), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = (rand, list) => list[Math.floor(rand() * list.length)];
