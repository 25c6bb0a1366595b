// Seeded randomness for the bench corpus: the same seed and key always give
// the same sequence, so the corpus is reproducible without committing it.
import { seededFrom } from '../../fixtures/demo/generator/seeded.mjs';

/** mulberry32 seeded from `${seed}/${key}`. Returns a () => [0, 1) function. */
export const seeded = (seed, key) => seededFrom(`${seed}/${key}`);

export const int = (rand, lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = (rand, list) => list[Math.floor(rand() * list.length)];
