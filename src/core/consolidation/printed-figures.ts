/**
 * Figures as printed must add up on paper: a reader checks the page with a
 * calculator. Two rules, for every view that prints (workbook, summary,
 * the written report):
 *
 * - a change printed beside a verdict shows the decimals needed to see which
 *   side of the threshold it is on: +4,96 % against a +5 % target prints
 *   "+4,96 %", never "+5,0 %" beside "Không đạt";
 * - shares of one whole print as whole-table shares that sum to 100 %
 *   (largest-remainder rounding).
 *
 * The JSON keeps full precision; these only decide what is printed.
 */
import type { Target } from '../plan/plan-schema.js';
import { isMet } from './indicator-change.js';

/** At most this many decimals: past it a change is the threshold, within the verdict's own tolerance. */
const MAX_DECIMALS = 6;

/**
 * The fewest decimals (at least `minDecimals`) at which `changePercent`
 * rounds to a number on the same side of the target as the number itself.
 * `thresholdPercent` is the signed target (−4 for "−4 %/năm", or a
 * cumulative target such as −7,84).
 */
export function decimalsBesideVerdict(
  changePercent: number,
  thresholdPercent: number,
  direction: Target['direction'],
  minDecimals = 1,
): number {
  const side = (x: number): boolean => isMet(direction, x, direction === 'decrease' ? -thresholdPercent : thresholdPercent);
  const actual = side(changePercent);
  for (let d = minDecimals; d < MAX_DECIMALS; d++) {
    if (side(roundAsPrinted(changePercent, d)) === actual) return d;
  }
  return MAX_DECIMALS;
}

/**
 * Shares of `counts` in the whole, each rounded to `decimals` decimals of a
 * percent, that sum to exactly 100 % (Hamilton's largest-remainder method:
 * floor every share, then give the units left over to the largest
 * remainders; ties to the earlier entry). Fractions 0..1; null entries when
 * the total is zero.
 */
export function largestRemainderShares(counts: readonly number[], decimals = 1): (number | null)[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (total <= 0) return counts.map(() => null);
  const units = 100 * 10 ** decimals;
  const exact = counts.map((c) => (c / total) * units);
  const floors = exact.map((x) => Math.floor(x));
  let left = units - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - Math.floor(x) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i] = floors[i]! + 1;
    left -= 1;
  }
  return floors.map((f) => f / units);
}

/** The number a reader sees at `decimals`: the printers (formatViNumber) round |value| with toFixed. */
export function roundAsPrinted(value: number, decimals: number): number {
  return Math.sign(value) * Number(Math.abs(value).toFixed(decimals));
}
