/**
 * Numbers read straight from a part's bytes, for the millions of `<v>`, `s`
 * and `r` values of a large sheet: no string is made. Only the plain forms
 * are handled here; anything else (exponents, `+`, spaces, too many digits)
 * returns NaN and the caller falls back to `Number(text)`, so the result is
 * always exactly what `Number` gives.
 */

/** Exact powers of ten as doubles (10^22 is the largest). */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/** Below 2^53, so the digits are an exact integer. */
const MAX_DIGITS = 15;

/**
 * `-?digits(.digits)?` with at most 15 digits. The mantissa is exact and
 * 10^k is exact, so one division rounds correctly: the same double as `Number`.
 */
export function decimalFromBytes(data: Uint8Array, start: number, end: number): number {
  let i = start;
  const negative = data[i] === 0x2d;
  if (negative) i += 1;
  let mantissa = 0;
  let digits = 0;
  let fraction = -1;
  for (; i < end; i += 1) {
    const c = data[i]!;
    if (c >= 0x30 && c <= 0x39) {
      mantissa = mantissa * 10 + (c - 0x30);
      digits += 1;
    } else if (c === 0x2e && fraction < 0) {
      fraction = digits;
    } else {
      return NaN;
    }
  }
  if (digits === 0 || digits > MAX_DIGITS) return NaN;
  const scale = fraction < 0 ? 0 : digits - fraction;
  const value = scale === 0 ? mantissa : mantissa / POW10[scale]!;
  return negative ? -value : value;
}

/** A non-negative integer written with digits only (at most 9), or -1. */
export function indexFromBytes(data: Uint8Array, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let value = 0;
  for (let i = start; i < end; i += 1) {
    const c = data[i]!;
    if (c < 0x30 || c > 0x39) return -1;
    value = value * 10 + (c - 0x30);
  }
  return value;
}
