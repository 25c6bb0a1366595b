/**
 * Appends `items` to `target` one by one. Spreading them into one push call passes
 * each item as an argument, and past about 120,000 items (150,000 task rows,
 * 300,000 diagnostics) V8 throws "Maximum call stack size exceeded".
 * test/core/collections/no-data-spreads.test.ts keeps such spreads out of src.
 */
export function pushAll<T>(target: T[], items: Iterable<T>): T[] {
  for (const item of items) target.push(item);
  return target;
}

/** The largest of `values` and `floor`, found by a loop rather than by spreading them into Math.max. */
export function maxOf(values: Iterable<number>, floor = -Infinity): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The smallest of `values` and `ceiling`. */
export function minOf(values: Iterable<number>, ceiling = Infinity): number {
  let min = ceiling;
  for (const v of values) if (v < min) min = v;
  return min;
}
