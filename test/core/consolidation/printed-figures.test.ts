import { describe, expect, it } from 'vitest';
import { decimalsBesideVerdict, largestRemainderShares } from '../../../src/core/consolidation/printed-figures.js';
import { formatViChangeBesideVerdict } from '../../../src/render/consolidation-text.js';

describe('a change printed beside its verdict never contradicts it', () => {
  it.each([
    // [change, signed threshold, direction, printed]
    [4.96, 5, 'increase', '+4,96 %'], // "Không đạt": +5,0 % would read as met
    [4.9996, 5, 'increase', '+4,9996 %'],
    [5.04, 5, 'increase', '+5,0 %'], // met, and +5,0 % reads as met
    [6.6667, 5, 'increase', '+6,7 %'],
    [-3.96, -4, 'decrease', '−3,96 %'], // not met: −4,0 % would read as met
    [-4.04, -4, 'decrease', '−4,0 %'],
    [-3.99999999999, -4, 'decrease', '−4,0 %'], // exactly −4 % within the verdict's tolerance: met, and prints as met
    [-7.8449, -7.84, 'decrease', '−7,84 %'], // cumulative target
    [-15.48215500711325, -4, 'decrease', '−15,5 %'],
  ] as const)('%d against %d (%s) prints %s', (change, threshold, direction, printed) => {
    expect(formatViChangeBesideVerdict(change, { thresholdPercent: threshold, direction })).toBe(printed);
  });

  it('keeps at least the decimals asked for', () => {
    expect(decimalsBesideVerdict(10, 5, 'increase', 2)).toBe(2);
  });
});

describe('shares of one whole print as 100 %', () => {
  it.each([
    [[1, 1, 1], [0.334, 0.333, 0.333]], // 33,3 × 3 = 99,9 % with plain rounding
    // The sample's task statuses (142): plain rounding prints 73,2 + 4,9 + 1,4 + 13,4 + 0,7 + 6,3 = 99,9 %.
    [[104, 7, 2, 19, 1, 9], [0.733, 0.049, 0.014, 0.134, 0.007, 0.063]],
    [[0, 0], [null, null]],
  ] as const)('%o → %o', (counts, shares) => {
    const got = largestRemainderShares(counts, 1);
    expect(got).toEqual(shares);
    if (shares[0] !== null) expect(Math.round(got.reduce((a, b) => a! + b!, 0)! * 1000)).toBe(1000);
  });
});
