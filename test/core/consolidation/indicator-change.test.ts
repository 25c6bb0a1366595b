import { describe, expect, it } from 'vitest';
import { computeCumulative, computeYearlyChange } from '../../../src/core/consolidation/indicator-change.js';

const decrease = { direction: 'decrease', percentPerYear: 4, baseYear: 2024 } as const;
const increase = { direction: 'increase', percentPerYear: 5, baseYear: 2024 } as const;

describe('computeYearlyChange', () => {
  it.each([
    [decrease, 96, 100, -4, true],
    [decrease, 97, 100, -3, false],
    [decrease, 110, 100, 10, false],
    [increase, 105, 100, 5, true],
    [increase, 104, 100, 4, false],
    [increase, 90, 100, -10, false],
  ] as const)('%o: %d vs %d → %d %%, met %s', (target, current, previous, change, met) => {
    const result = computeYearlyChange(target, current, previous);
    expect(result.changePercent).toBeCloseTo(change, 9);
    expect(result.met).toBe(met);
    expect(result.flags).toEqual([]);
  });
});

describe('computeCumulative', () => {
  it.each([
    // [target, year, current, base, change %, compounded target %, met]
    [decrease, 2026, 92, 100, -8, -7.84, true],
    [decrease, 2026, 92.5, 100, -7.5, -7.84, false],
    [increase, 2027, 116, 100, 16, 15.7625, true],
    [increase, 2025, 105, 100, 5, 5, true],
  ] as const)('%o %d: %d from %d', (target, year, current, base, change, targetPercent, met) => {
    const result = computeCumulative(target, year, current, base);
    expect(result.changePercent).toBeCloseTo(change, 9);
    expect(result.targetPercent).toBeCloseTo(targetPercent, 9);
    expect(result.met).toBe(met);
  });

  it('gives no verdict without a base value', () => {
    expect(computeCumulative(increase, 2026, 10, null)).toEqual({ fromYear: 2024, changePercent: null, targetPercent: expect.any(Number), met: null });
  });
});
