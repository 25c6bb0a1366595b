/**
 * JSON text for a value that JSON.parse gives back exactly: plain objects,
 * arrays, strings, booleans, null and finite numbers other than -0. Anything
 * else (undefined properties, NaN, Infinity, -0, dates, class instances,
 * sparse arrays) makes it return undefined, so that a cache never hands back
 * something that differs from what was computed.
 */
export function exactJson(value: unknown): string | undefined {
  return roundTrips(value, 0) ? JSON.stringify(value) : undefined;
}

/** Deeper than any plan; a guard against runaway recursion, not a real limit. */
const MAX_DEPTH = 200;

function roundTrips(value: unknown, depth: number): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (typeof value !== 'object' || depth > MAX_DEPTH) return false;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      if (!(i in value) || !roundTrips(value[i], depth + 1)) return false;
    }
    return true;
  }
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return false;
  if (Object.getOwnPropertySymbols(value).length > 0) return false;
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || !roundTrips((value as Record<string, unknown>)[key], depth + 1)) return false;
  }
  return true;
}
